import type { Command } from "commander";
import { openStore } from "../../store/index.js";
import { databaseLocation } from "../options.js";

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? null;
}

const minutes = (seconds: number | null) => (seconds === null ? "n/a" : `${(seconds / 60).toFixed(1)} min`);

export function statsCommand(program: Command): void {
  program
    .command("stats")
    .description("what the store holds, and how fresh it is: the lag from an event's first report to its storing")
    .option("--db <location>", "SQLite file or postgres:// URL (default ./vigil.db, or VIGIL_DB)")
    .option("--json", "print the figures as JSON")
    .action(async (options: { db?: string; json?: boolean }) => {
      const store = await openStore(databaseLocation(options.db));
      try {
        const lags = (await store.freshnessLags()).sort((a, b) => a - b);
        const stats = {
          documents: await store.countDocuments(),
          events: await store.countEvents({}),
          lag_events: lags.length,
          lag_median_s: percentile(lags, 0.5),
          lag_p95_s: percentile(lags, 0.95),
        };
        if (options.json) process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
        else
          process.stdout.write(
            `${stats.documents} documents, ${stats.events} events in ${store.location}\n` +
              `freshness (first report published → stored), over ${stats.lag_events} events with a publication time: ` +
              `median ${minutes(stats.lag_median_s)}, p95 ${minutes(stats.lag_p95_s)}\n`,
          );
      } finally {
        await store.close();
      }
    });
}
