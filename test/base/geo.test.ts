import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { distanceToLineKm, haversineKm } from "../../src/base/geo.js";

describe("distanceToLineKm", () => {
  const line: [number, number][] = [
    [47.5, 37.0],
    [48.5, 37.0],
    [48.5, 38.0],
  ];
  test("beside a segment: the perpendicular distance", () => {
    const km = distanceToLineKm(48.0, 37.2, line);
    assert.ok(Math.abs(km - haversineKm(48.0, 37.0, 48.0, 37.2)) < 0.5, String(km));
  });
  test("past the ends: the distance to the nearest end", () => {
    const km = distanceToLineKm(47.3, 37.0, line);
    assert.ok(Math.abs(km - haversineKm(47.3, 37.0, 47.5, 37.0)) < 0.5, String(km));
  });
  test("near the second segment, not the first", () => {
    assert.ok(distanceToLineKm(48.55, 37.9, line) < 6);
    assert.ok(distanceToLineKm(48.0, 38.5, line) > 50);
  });
});
