import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, test } from "node:test";
import { fixture, tempDir, vigil } from "../helpers/cli.js";

/** A store's listing without what differs between any two runs: when it was stored, and the database's path. */
const unstamped = (text: string, db: string) =>
  text.replace(/"(stored_at|updated_at|first_stored_at)":"[^"]*"/g, '"$1":""').replaceAll(db, "DB");

// Good reports with bad inputs between them: the order of outputs and of error lines must be the input's.
const INPUTS = [
  fixture("reports", "feed-rss.xml"),
  fixture("bad", "pixel.png"),
  fixture("reports", "documents.jsonl"),
  fixture("bad", "jsonl-with-bad-lines.jsonl"),
  fixture("reports", "djibo-convoy.txt"),
  fixture("reports", "forum-repost.txt"),
  fixture("reports", "article.html"),
];

describe("--workers", () => {
  test("extract prints the same documents, in the same order, with the same errors, on one thread or three", () => {
    const one = vigil(["extract", ...INPUTS, "--format", "jsonl", "--mentions", "--workers", "1"]);
    const three = vigil(["extract", ...INPUTS, "--format", "jsonl", "--mentions", "--workers", "3"]);
    assert.ok(one.stdout.split("\n").filter(Boolean).length >= 8, one.stderr);
    assert.equal(three.stdout, one.stdout);
    assert.equal(three.stderr, one.stderr);
    assert.equal(three.status, one.status);
  });

  test("ingest stores the same documents and events on one thread or three", () => {
    const stored = (workers: string) => {
      const db = join(tempDir(), "vigil.db");
      const run = vigil(["ingest", ...INPUTS, "--db", db, "--workers", workers]);
      const events = vigil(["events", "--db", db, "--format", "jsonl"]).stdout;
      const documents = vigil(["documents", "--db", db, "--format", "jsonl"]).stdout;
      return {
        stderr: unstamped(run.stderr, db),
        status: run.status,
        events: unstamped(events, db),
        documents: unstamped(documents, db),
      };
    };
    const one = stored("1");
    const three = stored("3");
    assert.match(one.stderr, /stored \d+ new documents/);
    assert.ok(one.events.split("\n").filter(Boolean).length > 0);
    assert.deepEqual(three, one);
  });

  test("a worker count that is not a whole number is refused", () => {
    const run = vigil(["extract", fixture("reports", "djibo-convoy.txt"), "--workers", "0"]);
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /--workers/);
  });
});
