import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import Database from "better-sqlite3";
import { openStore, StoreError } from "../../src/store/index.js";
import { MIGRATIONS } from "../../src/store/sql/migrations.js";
import { tempDir } from "../helpers/cli.js";

const tables = (db: Database.Database) =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];

describe("SQLite files", () => {
  test("a new database gets every migration once, in order", async () => {
    const path = join(tempDir(), "vigil.db");
    await (await openStore(path)).close();
    await (await openStore(path)).close();
    const db = new Database(path, { readonly: true });
    assert.deepEqual(
      db.prepare("SELECT version FROM vigil_migrations ORDER BY version").pluck().all(),
      MIGRATIONS.map((m) => m.version),
    );
    db.close();
  });

  test("a migration that fails half-way leaves the database at the previous version, data intact", async () => {
    const path = join(tempDir(), "vigil.db");
    const old = new Database(path);
    old.exec(
      "CREATE TABLE vigil_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    );
    old.exec((MIGRATIONS[0] as (typeof MIGRATIONS)[0]).sql("sqlite"));
    old.exec("INSERT INTO vigil_migrations VALUES (1, 'documents', '2024-01-01')");
    old.exec(`INSERT INTO documents VALUES ('doc_000000000000000000000001', NULL, 'x', 'text', NULL, NULL, NULL, NULL,
      'none', 'en', 0.9, 1, 'UTF-8', 'A report kept through a failed upgrade.', '[]', '2024-01-01')`);
    // A table in the way of the last statement of migration 2, so it fails after its first tables were created.
    old.exec("CREATE TABLE merge_blocks (in_the_way TEXT)");
    old.close();
    await assert.rejects(openStore(path));
    const db = new Database(path, { readonly: true });
    assert.deepEqual(db.prepare("SELECT version FROM vigil_migrations").pluck().all(), [1]);
    assert.deepEqual(tables(db), ["documents", "merge_blocks", "vigil_migrations"]);
    assert.equal(db.prepare("SELECT count(*) FROM documents").pluck().get(), 1);
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

  test("a corrupted Vigil database is refused and left as it was", async () => {
    const path = join(tempDir(), "vigil.db");
    await (await openStore(path)).close();
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 100, 4096);
    writeFileSync(path, bytes);
    await assert.rejects(openStore(path), (error: unknown) => error instanceof StoreError);
    assert.deepEqual(readFileSync(path), bytes);
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
});
