import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, test } from "node:test";
import { EXIT_CODES } from "../../src/ingest/index.js";
import type { DocumentRecord } from "../../src/model/index.js";
import { fixture, jsonLines, tempDir, vigil } from "../helpers/cli.js";

function listDocuments(db: string): DocumentRecord[] {
  return jsonLines<DocumentRecord>(vigil(["documents", "--db", db, "--format", "jsonl"]).stdout);
}

describe("vigil ingest and vigil documents", () => {
  test("ingesting the same reports twice stores them once", () => {
    const db = join(tempDir(), "vigil.db");
    const first = vigil(["ingest", fixture("reports"), "--db", db]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stderr, /stored 10 new documents \(0 already stored\)/);
    const second = vigil(["ingest", fixture("reports"), "--db", db]);
    assert.match(second.stderr, /stored 0 new documents \(10 already stored\)/);
    assert.equal(listDocuments(db).length, 10);
  });

  test("VIGIL_DB chooses the database", () => {
    const db = join(tempDir(), "from-env.db");
    vigil(["ingest", fixture("reports", "djibo-convoy.txt")], { env: { VIGIL_DB: db } });
    assert.equal(listDocuments(db).length, 1);
  });

  test("a batch with bad files stores the good ones, reports the bad, and keeps what was stored before", () => {
    const db = join(tempDir(), "vigil.db");
    vigil(["ingest", fixture("reports", "feed-atom.xml"), "--db", db]);
    const run = vigil([
      "ingest",
      fixture("bad", "pixel.png"),
      fixture("bad", "jsonl-with-bad-lines.jsonl"),
      fixture("reports", "djibo-convoy.txt"),
      "--db",
      db,
    ]);
    assert.equal(run.status, EXIT_CODES.binary);
    assert.match(run.stderr, /pixel\.png/);
    assert.match(run.stderr, /jsonl-with-bad-lines\.jsonl:2/);
    assert.match(run.stderr, /stored 3 new documents \(0 already stored, 3 inputs failed\)/);
    const stored = listDocuments(db);
    assert.deepEqual(
      stored.map((d) => d.input_id),
      ["urn:uuid:entry-barkaram", "urn:uuid:entry-displacement", "good-1", "good-2", null],
    );
  });

  test("the table lists a page and says how to see more", () => {
    const db = join(tempDir(), "vigil.db");
    vigil(["ingest", fixture("reports"), "--db", db]);
    const run = vigil(["documents", "--db", db, "--limit", "3", "--offset", "2"]);
    const lines = run.stdout.trim().split("\n");
    assert.match(lines[0] ?? "", /^id\s+published_at\s+language\s+form\s+chars\s+title\s+source$/);
    assert.equal(lines.length, 4);
    assert.match(run.stderr, /showing 3-5 of 10/);
  });

  test("a database file that is not a database is refused with the store's exit code", () => {
    const run = vigil(["documents", "--db", fixture("reports", "djibo-convoy.txt")]);
    assert.equal(run.status, EXIT_CODES.store);
    assert.match(run.stderr, /not a SQLite database/);
  });
});
