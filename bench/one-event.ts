/**
 * One event told 2,000 times (a massacre every outlet reports): coding and storing every report into a new SQLite
 * store. Merging linked every pair of reports once, 941 MB and 39 s for 2,000; the target is under 30 s and a store
 * under 50 MB. `node --import tsx bench/one-event.ts` runs it alone.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, processReport, rawReport } from "./product.js";

const REPORTS = Number(process.env.BENCH_ONE_EVENT ?? 2000);
const OUTLETS = ["radio", "wire", "daily", "agency", "monitor", "network", "weekly"];
const BATCH = 100;

export async function benchOneEvent(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "vigil-bench-one-event-"));
  const path = join(dir, "vigil.db");
  try {
    const started = performance.now();
    const store = await openStore(path);
    for (let i = 0; i < REPORTS; i += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, REPORTS - i) }, (_, j) =>
        processReport(
          rawReport({
            source: "bench",
            form: "jsonl",
            encoding: "UTF-8",
            text: `Gunmen killed 12 civilians in Djibo, Burkina Faso, on Monday, the ${OUTLETS[(i + j) % OUTLETS.length]} said in its bulletin number ${i + j}.`,
            published_at: "2024-06-12",
          }),
        ),
      );
      await store.putReports(batch);
    }
    const events = await store.countEvents({});
    await store.close();
    const seconds = (performance.now() - started) / 1000;
    const megabytes =
      ["", "-wal"].reduce(
        (sum, suffix) => sum + (statSync(`${path}${suffix}`, { throwIfNoEntry: false })?.size ?? 0),
        0,
      ) / 1e6;
    console.log(
      `one event told ${REPORTS} times, coded and stored: ${seconds.toFixed(1)} s (target < 30 s), ${events} event, ` +
        `store ${megabytes.toFixed(1)} MB (target < 50 MB)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchOneEvent();
