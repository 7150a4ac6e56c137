import pg from "pg";
import { hasFleet } from "./schema.js";

/** What `vigil stats` and `GET /health` say of a fleet. */
export interface FleetStats {
  workers_alive: number;
  feeds: number;
  feeds_overdue: number;
  /** Fetched items waiting for extraction, and the age of the oldest (seconds). */
  queue_depth: number;
  oldest_pending_s: number | null;
  /** Seconds from an item's publication (when its feed gives a time) to its storing, over the last hour. */
  lag_p50_s: number | null;
  lag_p95_s: number | null;
  alerts_unsent: number;
}

/**
 * Reads the fleet's figures from its store, on one connection of its own (for `vigil serve`'s `GET /health`).
 * @example const monitor = FleetMonitor.of(url); const stats = await monitor?.stats(); await monitor?.close();
 */
export class FleetMonitor {
  private constructor(private readonly pool: pg.Pool) {}

  /** A monitor for a PostgreSQL store; null for SQLite, which has no fleet. */
  static of(location: string): FleetMonitor | null {
    if (!/^postgres(ql)?:\/\//i.test(location)) return null;
    const pool = new pg.Pool({ connectionString: location, max: 1 });
    pool.on("error", () => undefined);
    return new FleetMonitor(pool);
  }

  /** The figures, or null when this store has no fleet. */
  stats(): Promise<FleetStats | null> {
    return fleetStats(this.pool);
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/** The figures of one `vigil stats`: null for a SQLite store or one without a fleet. */
export async function fleetStatsOf(location: string): Promise<FleetStats | null> {
  const monitor = FleetMonitor.of(location);
  try {
    return (await monitor?.stats()) ?? null;
  } finally {
    await monitor?.close();
  }
}

/**
 * The fleet's figures, or null when the store has no fleet. A worker is alive while its heartbeat is younger than
 * three of its beats.
 */
async function fleetStats(pool: pg.Pool): Promise<FleetStats | null> {
  if (!(await hasFleet(pool))) return null;
  const { rows } = await pool.query(
    `SELECT
         (SELECT count(*) FROM fleet_workers WHERE stopped_at IS NULL
            AND seen_at > now() - 3 * beat_ms * interval '1 millisecond')::int AS workers_alive,
         (SELECT count(*) FROM fleet_feeds)::int AS feeds,
         (SELECT count(*) FROM fleet_feeds
            WHERE next_poll_at < now() - (config->>'interval')::float * interval '1 millisecond')::int AS feeds_overdue,
         (SELECT count(*) FROM fleet_items WHERE stored_at IS NULL AND skipped IS NULL)::int AS queue_depth,
         (SELECT extract(epoch FROM now() - min(fetched_at)) FROM fleet_items
            WHERE stored_at IS NULL AND skipped IS NULL)::float AS oldest_pending_s,
         (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM stored_at - published_at))
            FROM fleet_items WHERE stored_at > now() - interval '1 hour' AND published_at IS NOT NULL)::float AS lag_p50_s,
         (SELECT percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM stored_at - published_at))
            FROM fleet_items WHERE stored_at > now() - interval '1 hour' AND published_at IS NOT NULL)::float AS lag_p95_s,
         (SELECT count(*) FROM fleet_alerts WHERE sent_at IS NULL)::int AS alerts_unsent`,
  );
  return rows[0] as FleetStats;
}
