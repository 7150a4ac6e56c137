import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

// The thread's own connection checkpoints PASSIVE: it copies what it can without waiting for or blocking the writer.
// Requests that arrive while it works collapse into one more pass. Written as source for `eval` so that the
// thread needs no separate file beside the compiled (or, under tsx, uncompiled) module.
const THREAD_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.path, { timeout: 5000 });
let scheduled = false;
parentPort.on("message", () => {
  if (scheduled) return;
  scheduled = true;
  setImmediate(() => {
    scheduled = false;
    try {
      db.pragma("wal_checkpoint(PASSIVE)");
    } catch {
      // Busy or failing: the writer's own automatic checkpoint, set far higher, still bounds the log.
    }
  });
});
`;

/**
 * Copies committed pages from the write-ahead log into the database file on a second thread. With SQLite's own
 * automatic checkpoint, the commit that crosses the threshold does that copy (and its fsync) itself, a quarter of
 * the ingest time into a big store: random index pages written twice, once to the log, once to the file.
 * Started on the first commit, so reading never starts a thread.
 */
export class Checkpointer {
  private worker: Worker | null = null;

  constructor(private readonly path: string) {}

  /** After a commit: the log holds pages to copy. */
  committed(): void {
    if (!this.worker) {
      const driver = createRequire(import.meta.url).resolve("better-sqlite3");
      this.worker = new Worker(THREAD_SOURCE, { eval: true, workerData: { path: this.path, driver } });
      // A failing thread (the file gone, out of memory) leaves checkpoints to the writer's automatic one.
      this.worker.on("error", () => undefined);
      this.worker.unref();
    }
    this.worker.postMessage(0);
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}
