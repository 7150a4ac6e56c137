import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { check } from "@placemarkio/check-geojson";
import { parse } from "csv-parse/sync";
import { ACLED_COLUMNS } from "../../src/export/index.js";
import type { StoredEvent } from "../../src/model/index.js";
import { fixture, jsonLines, tempDir, vigil } from "../helpers/cli.js";

function ingestedDatabase(): string {
  const db = `${tempDir()}/vigil.db`;
  const run = vigil(["ingest", fixture("merge", "djibo-reports.jsonl"), "--db", db]);
  assert.equal(run.status, 0, run.stderr);
  return db;
}

describe("exports", () => {
  const db = ingestedDatabase();
  const events = jsonLines<StoredEvent>(vigil(["events", "--db", db, "--format", "jsonl"]).stdout);

  test("ACLED CSV has ACLED's columns in ACLED's order, and reads back with a real CSV parser", () => {
    const run = vigil(["events", "--db", db, "--format", "csv"]);
    assert.equal(run.status, 0, run.stderr);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    assert.deepEqual(Object.keys(rows[0] ?? {}), [...ACLED_COLUMNS]);
    assert.equal(rows.length, events.length);
    for (const [i, row] of rows.entries()) {
      const event = events[i] as StoredEvent;
      assert.match(row.event_id_cnty ?? "", /^BFA\d+$/);
      assert.equal(row.event_id_cnty, event.event_id_cnty);
      assert.equal(row.event_date, event.event_date);
      assert.equal(row.year, event.event_date?.slice(0, 4));
      assert.equal(row.time_precision, String(event.time_precision));
      for (const column of [
        "disorder_type",
        "event_type",
        "sub_event_type",
        "actor1",
        "actor2",
        "inter1",
        "inter2",
      ] as const)
        assert.equal(row[column], event[column] ?? "");
      for (const column of ["interaction", "country", "admin1", "admin2", "location", "notes"] as const)
        assert.equal(row[column], event[column] ?? "");
      assert.equal(row.iso, "854");
      assert.equal(row.region, "Western Africa");
      assert.equal(Number(row.latitude), event.latitude);
      assert.equal(Number(row.longitude), event.longitude);
      assert.equal(row.geo_precision, String(event.geo_precision));
      assert.equal(Number(row.fatalities), event.fatalities ?? 0);
      assert.equal(row.tags, event.tags.join("; "));
      assert.equal(row.source?.split("; ").length, event.sources.length);
      assert.match(row.source_scale ?? "", /^(International|National|Other)(-(International|National|Other))*$/);
      assert.ok(Math.abs(Number(row.timestamp) - Date.parse(event.updated_at) / 1000) < 1);
    }
    const djibo = rows.find((r) => r.location === "Djibo");
    assert.equal(djibo?.source, "radio.example.bf; wire.example.org; relief.example.net");
    assert.equal(djibo?.source_scale, "National-Other");
    assert.match(djibo?.notes ?? "", /Reported by 3 sources/);
  });

  test("GeoJSON is a valid RFC 7946 FeatureCollection with [longitude, latitude] points", () => {
    const run = vigil(["events", "--db", db, "--format", "geojson"]);
    assert.equal(run.status, 0, run.stderr);
    const collection = check(run.stdout);
    assert.equal(collection.type, "FeatureCollection");
    const features = (collection as { features: { id: string; geometry: { coordinates: number[] } }[] }).features;
    assert.equal(features.length, events.length);
    for (const [i, feature] of features.entries()) {
      assert.equal(feature.id, events[i]?.id);
      assert.deepEqual(feature.geometry.coordinates, [events[i]?.longitude, events[i]?.latitude]);
    }
  });

  test("an empty selection is still a valid file in every format", () => {
    const none = ["events", "--db", db, "--country", "Chile"];
    assert.deepEqual(parse(vigil([...none, "--format", "csv"]).stdout), [[...ACLED_COLUMNS]]);
    assert.deepEqual(JSON.parse(vigil([...none, "--format", "json"]).stdout), []);
    assert.equal(check(vigil([...none, "--format", "geojson"]).stdout).type, "FeatureCollection");
  });
});
