import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { coveredSpans, overlapIndex } from "../../src/base/spans.js";

describe("overlapIndex", () => {
  const spans = [
    { start: 40, end: 45, tag: "c" },
    { start: 0, end: 10, tag: "a" },
    { start: 12, end: 30, tag: "b" },
  ];
  const index = overlapIndex(spans);

  test("finds a span overlapping the range, as a scan of them all would", () => {
    for (let start = 0; start < 50; start++)
      for (let end = start + 1; end <= 50; end++)
        assert.equal(
          index.some(start, end),
          spans.some((s) => s.start < end && start < s.end),
          `[${start}, ${end})`,
        );
  });

  test("asks the test only of overlapping spans", () => {
    assert.equal(
      index.some(5, 20, (s) => s.tag === "b"),
      true,
    );
    assert.equal(
      index.some(5, 11, (s) => s.tag === "b"),
      false,
    );
    assert.equal(
      index.some(30, 40, () => true),
      false,
    );
  });
});

describe("coveredSpans", () => {
  test("finds the spans a strictly longer one covers, as comparing every pair would", () => {
    const spans = [
      { start: 0, end: 10 },
      { start: 0, end: 4 },
      { start: 2, end: 10 },
      { start: 3, end: 5 },
      { start: 3, end: 5 },
      { start: 12, end: 14 },
      { start: 12, end: 16 },
      { start: 20, end: 22 },
    ];
    const pairwise = spans.filter((s) =>
      spans.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start),
    );
    const covered = coveredSpans(spans);
    assert.deepEqual(
      spans.filter((s) => covered.has(s)),
      pairwise,
    );
    assert.equal(covered.size, 5);
  });
});
