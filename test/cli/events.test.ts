import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { EXIT_CODES } from "../../src/ingest/index.js";
import type { StoredEvent } from "../../src/model/index.js";
import { fixture, jsonLines, tempDir, vigil } from "../helpers/cli.js";

describe("vigil events, split and explain --event", () => {
  const db = `${tempDir()}/vigil.db`;
  const ingest = vigil(["ingest", fixture("merge", "djibo-reports.jsonl"), "--db", db]);
  const list = (...args: string[]) => {
    const run = vigil(["events", "--db", db, "--format", "jsonl", ...args]);
    assert.equal(run.status, 0, run.stderr);
    return jsonLines<StoredEvent>(run.stdout);
  };

  test("ingest says how many events it created and merged", () => {
    assert.equal(ingest.status, 0, ingest.stderr);
    assert.match(ingest.stderr, /stored 4 new documents .*: 2 new events, 2 reports merged into known events/);
  });

  test("filters read as a user types them: names, codes, aliases, months", () => {
    const places = (...args: string[]) => list(...args).map((e) => e.location);
    assert.deepEqual(places("--country", "bf"), ["Aribinda", "Djibo"]);
    assert.deepEqual(places("--country", "Burkina Faso", "--type", "battles"), ["Aribinda"]);
    assert.deepEqual(places("--sub-type", "attack"), ["Djibo"]);
    assert.deepEqual(places("--actor", "Jama'at Nusrat al-Islam wal-Muslimin"), ["Djibo"]);
    assert.deepEqual(places("--since", "2024-06", "--until", "2024-06-10"), ["Djibo"]);
    assert.deepEqual(places("--near", "14.23,-0.87", "--radius-km", "10"), ["Aribinda"]);
    assert.deepEqual(places("--bbox", "-2,13.5,-1.2,14.5"), ["Djibo"]);
    assert.deepEqual(places("--min-fatalities", "13"), ["Djibo"]);
    assert.deepEqual(places("--text", "DJIBO families"), ["Djibo"]);
    assert.deepEqual(places("--sort", "fatalities", "--asc", "--limit", "1"), ["Aribinda"]);
    assert.deepEqual(places("--offset", "1"), ["Djibo"]);
  });

  test("each event lists its sources with their own values", () => {
    const [djibo] = list("--sort", "sources");
    assert.equal(djibo?.sources.length, 3);
    for (const source of djibo?.sources ?? []) {
      assert.match(source.id, /^doc_/);
      assert.ok(source.input_id?.startsWith("djibo-"));
      assert.match(source.url ?? "", /^https:\/\//);
      assert.ok(source.title);
      assert.match(source.published_at ?? "", /^2024-06-1[012]$/);
      assert.equal(source.values.event_date, "2024-06-09");
    }
  });

  test("the table pages and says how to see more", () => {
    const run = vigil(["events", "--db", db, "--limit", "1"]);
    assert.match(run.stdout, /^id\s+event_date\s+type\s+location/);
    assert.equal(run.stdout.trim().split("\n").length, 2);
    assert.match(run.stderr, /showing 1-1 of 2/);
  });

  test("bad filters are usage errors that name what is expected", () => {
    const bad = (args: string[], message: RegExp) => {
      const run = vigil(["events", "--db", db, ...args]);
      assert.equal(run.status, EXIT_CODES.usage);
      assert.match(run.stderr, message);
    };
    bad(["--country", "Atlantis"], /unknown country "Atlantis"/);
    bad(["--type", "Skirmish"], /one of: Battles/);
    bad(["--since", "last week"], /YYYY-MM-DD/);
    bad(["--near", "13.4"], /latitude,longitude/);
    bad(["--bbox", "1,2,3"], /west,south,east,north/);
    bad(["--format", "xml"], /Allowed choices are table, json, jsonl, csv, geojson/);
  });

  test("dates no calendar has and numbers past 2^53 are usage errors naming the option", () => {
    for (const [args, message] of [
      [["--since", "2024-13"], "vigil: --since: 2024-13 has no month 13: use 01 to 12\n"],
      [["--until", "2024-02-30"], "vigil: --until: 2024-02-30 is not a day of the calendar\n"],
      [
        ["--offset", "99999999999999999999"],
        `error: option '--offset <n>' argument '99999999999999999999' is invalid. must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}\n(run with --help for usage)\n`,
      ],
    ] as const) {
      const run = vigil(["events", "--db", db, ...args]);
      assert.equal(run.status, EXIT_CODES.usage, args.join(" "));
      assert.equal(run.stderr, message);
    }
    const published = vigil(["extract", fixture("reports", "djibo-convoy.txt"), "--published", "2024-02-30"]);
    assert.equal(published.status, EXIT_CODES.usage);
    assert.match(published.stderr, /--published <date>.*use a calendar day, YYYY-MM-DD or YYYY-MM-DDTHH:MM/);
  });

  test("explain --event shows reasons, sources and merge scores; split undoes the merge", () => {
    const [djibo] = list("--sort", "sources");
    const explained = vigil(["explain", "--event", djibo?.id as string, "--db", db]);
    assert.equal(explained.status, 0, explained.stderr);
    assert.match(explained.stdout, /fatalities +the lowest of the sources' counts \(100, 400\)/);
    assert.match(explained.stdout, /"at least 100" \(en\/quantity/);
    // One link per report that joined the event (two of three), each with its score and reasons.
    assert.equal(explained.stdout.match(/: score \d\.\d+: same day/g)?.length, 2);
    const ngo = djibo?.sources.find((s) => s.input_id === "djibo-ngo")?.id as string;
    const split = vigil(["events", "split", djibo?.id as string, "--document", ngo, "--db", db]);
    assert.equal(split.status, 0, split.stderr);
    assert.equal(split.stdout.trim().split("\n").length, 2);
    assert.equal(list().length, 3);
    const missing = vigil(["explain", "--event", "evt_00000000000000000000", "--db", db]);
    assert.equal(missing.status, EXIT_CODES.store);
    assert.match(missing.stderr, /no event evt_0+/);
  });
});
