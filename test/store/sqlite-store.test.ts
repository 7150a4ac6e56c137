import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import Database from "better-sqlite3";
import type { DocumentRecord } from "../../src/model/index.js";
import { documentId } from "../../src/pipeline/index.js";
import { openStore, StoreError } from "../../src/store/index.js";
import { tempDir } from "../helpers/cli.js";

function documentOf(text: string, overrides: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id: documentId(text),
    input_id: null,
    source: "test",
    form: "text",
    url: null,
    title: null,
    author: null,
    published_at: "2024-08-25",
    published_at_source: "option",
    language: "en",
    language_confidence: 0.9,
    language_reliable: true,
    encoding: "UTF-8",
    text,
    asides: [{ kind: "link", value: "https://example.org/x" }],
    ...overrides,
  };
}

describe("SQLite store", () => {
  test("stores a document once however often it is put, and reads it back whole", async () => {
    const path = join(tempDir(), "vigil.db");
    const store = await openStore(path);
    const document = documentOf("Gunmen attacked a checkpoint near Dori on Monday.");
    assert.deepEqual(await store.putDocuments([document]), { added: [document.id], existing: [] });
    assert.deepEqual(await store.putDocuments([document, { ...document, source: "elsewhere" }]), {
      added: [],
      existing: [document.id, document.id],
    });
    assert.equal(await store.countDocuments(), 1);
    assert.deepEqual(await store.listDocuments({ limit: 10, offset: 0 }), [document]);
    await store.close();
  });

  test("a write that fails half-way stores none of its documents and keeps earlier ones", async () => {
    const path = join(tempDir(), "vigil.db");
    const store = await openStore(path);
    await store.putDocuments([documentOf("First report, stored before the failure.")]);
    const broken = { ...documentOf("Second report."), text: null } as unknown as DocumentRecord;
    await assert.rejects(store.putDocuments([documentOf("Third report, in the failing batch."), broken]));
    assert.deepEqual(
      (await store.listDocuments({ limit: 10, offset: 0 })).map((d) => d.text),
      ["First report, stored before the failure."],
    );
    await store.close();
  });

  test("reopening keeps the data and applies no migration twice", async () => {
    const path = join(tempDir(), "vigil.db");
    const first = await openStore(path);
    await first.putDocuments([documentOf("A report that outlives its process.")]);
    await first.close();
    const second = await openStore(path);
    assert.equal(await second.countDocuments(), 1);
    await second.close();
    const db = new Database(path, { readonly: true });
    assert.deepEqual(db.prepare("SELECT version FROM vigil_migrations").pluck().all(), [1]);
    db.close();
  });

  test("a file that is not SQLite is refused and left as it was", async () => {
    const path = join(tempDir(), "notes.db");
    writeFileSync(path, "These are my notes, not a database.\n".repeat(200));
    const before = readFileSync(path);
    await assert.rejects(
      openStore(path),
      (error: unknown) => error instanceof StoreError && /not a SQLite database/.test(error.message),
    );
    assert.deepEqual(readFileSync(path), before);
  });

  test("another application's SQLite database is refused and left as it was", async () => {
    const path = join(tempDir(), "other.db");
    const other = new Database(path);
    other.exec(
      "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('Ada')",
    );
    other.close();
    const before = readFileSync(path);
    await assert.rejects(
      openStore(path),
      (error: unknown) => error instanceof StoreError && /another application/.test(error.message),
    );
    assert.deepEqual(readFileSync(path), before);
  });

  test("SQL in a report is stored as text", async () => {
    const store = await openStore(join(tempDir(), "vigil.db"));
    const text = "Robert'); DROP TABLE documents;-- attacked the market.";
    await store.putDocuments([documentOf(text)]);
    assert.equal((await store.listDocuments({ limit: 1, offset: 0 }))[0]?.text, text);
    await store.close();
  });
});
