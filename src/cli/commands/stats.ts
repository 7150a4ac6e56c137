import type { Command } from "commander";
import { type FleetStats, fleetStatsOf } from "../../fleet/index.js";
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
      const location = databaseLocation(options.db);
      const store = await openStore(location);
      try {
        const lags = (await store.freshnessLags()).sort((a, b) => a - b);
        const stats = {
          documents: await store.countDocuments(),
          events: await store.countEvents({}),
          lag_events: lags.length,
          lag_median_s: percentile(lags, 0.5),
          lag_p95_s: percentile(lags, 0.95),
          fleet: await fleetStatsOf(location),
        };
        if (options.json) process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
        else
          process.stdout.write(
            `${stats.documents} documents, ${stats.events} events in ${store.location}\n` +
              `freshness (first report published → stored), over ${stats.lag_events} events with a publication time: ` +
              `median ${minutes(stats.lag_median_s)}, p95 ${minutes(stats.lag_p95_s)}\n` +
              (stats.fleet ? fleetLine(stats.fleet) : ""),
          );
      } finally {
        await store.close();
      }
    });
}

const seconds = (value: number | null) => (value === null ? "n/a" : `${value.toFixed(1)} s`);

function fleetLine(fleet: FleetStats): string {
  return (
    `fleet: ${fleet.workers_alive} workers alive, ${fleet.feeds} feeds (${fleet.feeds_overdue} overdue), ` +
    `${fleet.queue_depth} items waiting for extraction (oldest ${seconds(fleet.oldest_pending_s)}), ` +
    `${fleet.alerts_unsent} alerts unsent; item published → stored over the last hour: ` +
    `p50 ${seconds(fleet.lag_p50_s)}, p95 ${seconds(fleet.lag_p95_s)}\n`
  );
}
