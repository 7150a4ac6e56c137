import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { EXIT_CODES } from "../../src/ingest/index.js";
import type { EventChange, StoredEvent } from "../../src/model/index.js";
import { jsonLines, tempDir, vigil } from "../helpers/cli.js";

/** A report of a raid and a later one that raises its toll (our own wording), ingested one at a time. */
const REPORTS = [
  { id: "sebba-first", dead: 6, published: "2024-05-06" },
  { id: "sebba-later", dead: 14, published: "2024-05-07" },
].map(({ id, dead, published }) => ({
  id,
  published_at: published,
  text: `Gunmen attacked a checkpoint in Sebba, Burkina Faso, on 2024-05-05, killing ${dead} volunteers, a local source said (${id}).`,
}));

describe("vigil changes, events --as-of, documents retract", () => {
  const dir = tempDir();
  const db = join(dir, "vigil.db");
  const run = (...args: string[]) => {
    const result = vigil([...args, "--db", db]);
    assert.equal(result.status, 0, result.stderr);
    return result;
  };
  const events = (...args: string[]) => jsonLines<StoredEvent>(run("events", "--format", "jsonl", ...args).stdout);
  const changes = (since = "0") => jsonLines<EventChange>(run("changes", "--since", since, "--format", "jsonl").stdout);
  REPORTS.forEach((report, i) => {
    const file = join(dir, `${i}.jsonl`);
    writeFileSync(file, `${JSON.stringify(report)}\n`);
    run("ingest", file);
  });

  test("the feed lists each change once, in order, and prints the cursor to go on from", () => {
    const all = changes();
    assert.deepEqual(
      all.map((c) => [c.seq, c.kind]),
      [
        [1, "created"],
        [2, "updated"],
      ],
    );
    assert.equal(all[1]?.event?.fatalities_high, 14);
    const rest = vigil(["changes", "--since", "1", "--format", "jsonl", "--db", db]);
    assert.deepEqual(
      jsonLines<EventChange>(rest.stdout).map((c) => c.seq),
      [2],
    );
    assert.match(rest.stderr, /next cursor: 2/);
    assert.equal(changes("2").length, 0);
    const table = run("changes").stdout;
    assert.match(table, /^2 +\S+ +evt_\w+ +updated +fatalities_high 6 → 14; .* +ingest doc_\w+$/m);
    const bad = vigil(["changes", "--since", "yesterday", "--db", db]);
    assert.equal(bad.status, EXIT_CODES.usage);
    assert.match(bad.stderr, /--since: a cursor printed by an earlier run/);
  });

  test("--as-of the first change's time gives the toll before the later report", () => {
    const first = changes()[0]?.at as string;
    assert.deepEqual(
      events().map((e) => [e.fatalities, e.fatalities_high]),
      [[6, 14]],
    );
    assert.deepEqual(
      events("--as-of", first).map((e) => [e.fatalities, e.fatalities_high, e.sources.length]),
      [[6, 6, 1]],
    );
    assert.deepEqual(events("--as-of", "2001-01-01"), []);
    const bad = vigil(["events", "--as-of", "last week", "--db", db]);
    assert.equal(bad.status, EXIT_CODES.usage);
    assert.match(bad.stderr, /--as-of: a day or an ISO time/);
  });

  test("a retraction rewrites the event from the other report, and explain --event shows both ids' history", () => {
    const [event] = events();
    const first = event?.sources.find((s) => s.input_id === "sebba-first")?.id as string;
    const retract = run("documents", "retract", first, "--reason", "the outlet corrected its figure");
    assert.match(retract.stderr, /retracted doc_\w+: 1 event\(s\) rewritten, 0 ended/);
    const [after] = events();
    assert.equal(after?.fatalities, 14);
    const last = changes().at(-1);
    assert.equal(last?.cause.reason, "the outlet corrected its figure");
    // The event was named after the retracted report, its earliest: it goes on under the other report's name.
    assert.notEqual(after?.id, event?.id);
    const renamed = run("explain", "--event", after?.id as string).stdout;
    const why = `retract ${first} "the outlet corrected its figure"`;
    assert.ok(renamed.includes(`History (1 change):`), renamed);
    assert.ok(renamed.includes(`created (${why}): +1 report; from ${event?.id}`), renamed);
    const old = run("explain", "--event", event?.id as string).stdout;
    assert.match(old, /names no event now/);
    assert.ok(old.includes(`merged (gone) (${why}): -2 reports; into ${after?.id}`), old);
    const unknown = vigil(["documents", "retract", "doc_nothing", "--db", db]);
    assert.equal(unknown.status, 10);
    assert.match(unknown.stderr, /no document doc_nothing; list documents with `vigil documents`/);
  });
});
