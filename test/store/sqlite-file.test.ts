import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { Worker } from "node:worker_threads";
import Database from "better-sqlite3";
import { openStore, StoreError } from "../../src/store/index.js";
import { MIGRATIONS } from "../../src/store/sql/migrations.js";
import { ROOT, tempDir } from "../helpers/cli.js";

const tables = (db: Database.Database) =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];

/**
 * A thread that opens the stores `paths` name once the barrier drops, and reports each one's error (or null), as a
 * second process creating the same new store would. Runs the compiled store: tests run after the build.
 */
const OPENER = `
const { parentPort, workerData } = require("node:worker_threads");
const barrier = new Int32Array(workerData.barrier);
Atomics.wait(barrier, 0, 0);
// Both threads meet before each store, so every pair opens it at the same moment.
const meet = new Int32Array(workerData.meet);
import(workerData.store).then(async ({ openStore }) => {
  for (const [i, path] of workerData.paths.entries()) {
    const arrived = Atomics.add(meet, i, 1) + 1;
    if (arrived < workerData.threads) Atomics.wait(meet, i, arrived, 5000);
    else Atomics.notify(meet, i);
    try {
      await (await openStore(path)).close();
      parentPort.postMessage(null);
    } catch (error) {
      parentPort.postMessage(String(error.message));
    }
  }
});
`;

function openAtOnce(paths: string[], threads: number): Promise<(string | null)[]> {
  const barrier = new SharedArrayBuffer(4);
  const meet = new SharedArrayBuffer(4 * paths.length);
  const store = join(ROOT, "dist", "store", "index.js");
  const results: Promise<(string | null)[]>[] = [];
  for (let i = 0; i < threads; i++) {
    const worker = new Worker(OPENER, { eval: true, workerData: { barrier, meet, store, paths, threads } });
    results.push(
      new Promise((resolve, reject) => {
        const errors: (string | null)[] = [];
        worker.on("message", (error: string | null) => {
          errors.push(error);
          if (errors.length === paths.length) void worker.terminate().then(() => resolve(errors));
        });
        worker.on("error", reject);
      }),
    );
  }
  // Let the threads load the store before the race starts.
  setTimeout(() => {
    Atomics.store(new Int32Array(barrier), 0, 1);
    Atomics.notify(new Int32Array(barrier), 0);
  }, 1500);
  return Promise.all(results).then((all) => all.flat());
}

describe("SQLite files", () => {
  test("a first open waits out another connection's write lock instead of failing at the switch to WAL", async () => {
    const path = join(tempDir(), "vigil.db");
    const holder = new Worker(
      `const Database = require(${JSON.stringify(join(ROOT, "node_modules", "better-sqlite3"))});
       const { parentPort, workerData } = require("node:worker_threads");
       const db = new Database(workerData.path);
       db.exec("BEGIN IMMEDIATE");
       parentPort.postMessage("locked");
       setTimeout(() => { db.exec("COMMIT"); db.close(); parentPort.postMessage("released"); }, 300);`,
      { eval: true, workerData: { path } },
    );
    await new Promise((resolve) => holder.once("message", resolve));
    const started = Date.now();
    const store = await openStore(path);
    assert.ok(Date.now() - started >= 250, "it waited for the lock");
    await store.close();
    await holder.terminate();
  });

  test("120 simultaneous first opens of new stores, in pairs: none fails", async () => {
    const dir = tempDir();
    const paths = Array.from({ length: 60 }, (_, i) => join(dir, `store-${i}.db`));
    const errors = await openAtOnce(paths, 2);
    assert.equal(errors.length, 120);
    assert.deepEqual(
      errors.filter((error) => error !== null),
      [],
    );
  });

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
