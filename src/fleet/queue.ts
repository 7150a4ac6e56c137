import type pg from "pg";
import type PgBoss from "pg-boss";

/** pg-boss queues of the fleet: a feed due for its poll, a fetched item to extract and store, an alert to send. */
export const QUEUES = { poll: "vigil-poll", extract: "vigil-extract", alert: "vigil-alert" } as const;

/** Held while a worker sets up pg-boss's schema and the fleet's queues. */
const QUEUE_SETUP_LOCK_KEY = 7_401_826;

/** How fast the fleet notices things; the defaults suit feeds polled every few minutes, tests shorten them. */
export interface FleetTimings {
  /**
   * A job (one poll, one item's extraction, one alert) not finished this long after a worker took it is taken back
   * and given to another worker: how long a worker killed with SIGKILL keeps its feeds. Longer than a request.
   */
  leaseSeconds: number;
  /** How often a worker beats its heart, looks for feeds that are due, and asks for work when it had none. */
  tickMs: number;
  /** How often pg-boss takes back the jobs of workers that died (its maintenance interval). */
  maintenanceSeconds: number;
}

export const DEFAULT_TIMINGS: FleetTimings = { leaseSeconds: 90, tickMs: 1000, maintenanceSeconds: 15 };

/**
 * Starts pg-boss on the store's database and creates the fleet's queues. Polls run on a `singleton` queue (pg-boss
 * lets one job per feed be active at a time, keyed by the feed's URL); a job whose worker died expires after the
 * lease and is not retried: the feed is still due, so the next scheduling pass queues it again.
 */
export async function startQueue(pool: pg.Pool, url: string, timings: FleetTimings, supervise = true): Promise<PgBoss> {
  // pg-boss creating its schema or a queue's partition from two workers at once deadlocks: one at a time.
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [QUEUE_SETUP_LOCK_KEY]);
    return await setUpQueue(url, timings, supervise);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [QUEUE_SETUP_LOCK_KEY]).catch(() => undefined);
    client.release();
  }
}

async function setUpQueue(url: string, timings: FleetTimings, supervise: boolean): Promise<PgBoss> {
  // (Loaded here, not at start: every command that is not a fleet's would pay for it.)
  const { default: PgBoss } = await import("pg-boss");
  const boss = new PgBoss({
    connectionString: url,
    // Fetches, completions and maintenance only: the fleet's own transactions bring their connection.
    max: 2,
    supervise,
    schedule: false,
    maintenanceIntervalSeconds: timings.maintenanceSeconds,
    archiveCompletedAfterSeconds: 3600,
  });
  boss.on("error", () => undefined);
  await boss.start();
  try {
    await createQueues(boss, timings);
  } catch (error) {
    await boss.stop({ graceful: false, wait: false }).catch(() => undefined);
    throw error;
  }
  return boss;
}

async function createQueues(boss: PgBoss, timings: FleetTimings): Promise<void> {
  const lease = { expireInSeconds: timings.leaseSeconds };
  await boss.createQueue(QUEUES.poll, { name: QUEUES.poll, policy: "singleton", retryLimit: 0, ...lease });
  await boss.createQueue(QUEUES.extract, {
    name: QUEUES.extract,
    policy: "standard",
    retryLimit: 10,
    retryDelay: 1,
    retryBackoff: true,
    ...lease,
  });
  await boss.createQueue(QUEUES.alert, {
    name: QUEUES.alert,
    policy: "standard",
    retryLimit: 6,
    retryDelay: 1,
    retryBackoff: true,
    ...lease,
  });
}

/** A connection inside a transaction, as pg-boss takes it, so its jobs are queued or completed with our rows. */
export function jobDb(client: pg.PoolClient): PgBoss.Db {
  return { executeSql: (text: string, values: unknown[]) => client.query(text, values) };
}

/** Runs `work` in one transaction on a connection of the pool. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
