import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { setTimeout } from "node:timers/promises";
import pg from "pg";
import type PgBoss from "pg-boss";
import { rawReport } from "../ingest/raw-report.js";
import { openStore, type Store } from "../store/index.js";
import type { Alert } from "../watch/index.js";
import { CodingPool } from "../worker/coding-pool.js";
import { type ExtractContext, extractItems } from "./extract-job.js";
import { deliverAlert, FleetAlerter } from "./fleet-alerts.js";
import { HostGate } from "./host-gate.js";
import { type FleetPollResult, type PollContext, pollJob } from "./poll-job.js";
import { DEFAULT_TIMINGS, type FleetTimings, inTransaction, jobDb, QUEUES, startQueue } from "./queue.js";
import { migrateFleet } from "./schema.js";

/** Held by the worker that queues due feeds in this pass; the others skip the pass. */
const SCHEDULE_LOCK_KEY = 7_401_825;
/** Items one worker takes from the extraction queue at a time. */
const EXTRACT_BATCH = 8;
/** Polls one worker runs at once (they mostly wait for the network or their host). */
const POLL_LOOPS = 2;

export interface FleetWorkerOptions {
  timeoutMs: number;
  maxBytes: number;
  timings?: Partial<FleetTimings>;
  /** A name for this worker in logs and `vigil feeds list` (default: host name, process id and a random tag). */
  id?: string;
}

export interface FleetHooks {
  onPoll(result: FleetPollResult): void;
  onAlert(alert: Alert): void;
  log(message: string): void;
}

/**
 * One worker of a fleet sharing a PostgreSQL store: it queues feeds that are due (one worker per pass), polls the
 * feeds pg-boss hands it, extracts and stores fetched items any worker polled, and delivers claimed alerts. Any
 * number run on any number of machines; one that dies loses its jobs to the others when their lease runs out.
 */
export class FleetWorker {
  readonly id: string;
  private readonly timings: FleetTimings;
  private stopped = false;
  private readonly loops: Promise<void>[] = [];
  private readonly stopping = new AbortController();

  private constructor(
    private readonly pool: pg.Pool,
    private readonly boss: PgBoss,
    private readonly store: Store,
    private readonly coding: CodingPool,
    private readonly options: FleetWorkerOptions,
    private readonly hooks: FleetHooks,
  ) {
    this.id = options.id ?? `${hostname()}-${process.pid}-${randomBytes(2).toString("hex")}`;
    this.timings = { ...DEFAULT_TIMINGS, ...options.timings };
  }

  static async open(url: string, options: FleetWorkerOptions, hooks: FleetHooks): Promise<FleetWorker> {
    const timings = { ...DEFAULT_TIMINGS, ...options.timings };
    const store = await openStore(url);
    // Two polls, one extraction, one delivery and the scheduling pass each hold at most one connection at a time.
    const pool = new pg.Pool({ connectionString: url, max: 5 });
    pool.on("error", () => undefined);
    try {
      await migrateFleet(pool);
      const boss = await startQueue(pool, url, timings);
      return new FleetWorker(pool, boss, store, new CodingPool(), options, hooks);
    } catch (error) {
      // Nothing may keep the process alive after a failed start: it exits with the error.
      await pool.end();
      await store.close();
      throw error;
    }
  }

  /** Works until stop() is called; jobs in hand are finished, and the worker marked stopped. */
  async run(): Promise<void> {
    // The coding thread loads the gazetteer and lexicon when first used: once now, so a worker that reports alive
    // extracts at full speed. What the warm-up report yields does not matter.
    await this.coding
      .code(rawReport({ source: "warm-up", form: "text", text: "Warm-up.", encoding: "UTF-8" }))
      .catch(() => undefined);
    await this.pool.query(
      `INSERT INTO fleet_workers (id, hostname, pid, beat_ms) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET seen_at = now(), stopped_at = NULL`,
      [this.id, hostname(), process.pid, this.timings.tickMs],
    );
    const gate = new HostGate(this.pool, this.id, this.options.timeoutMs + 1000);
    const alerter = new FleetAlerter(this.pool, this.boss, this.store, this.id);
    const common = {
      pool: this.pool,
      gate,
      workerId: this.id,
      timeoutMs: this.options.timeoutMs,
      maxBytes: this.options.maxBytes,
      hostWaitMs: (this.timings.leaseSeconds * 1000) / 4,
    };
    const polls: PollContext = { ...common, boss: this.boss };
    const extracts: ExtractContext = { ...common, store: this.store, alerter, coder: this.coding.code };
    this.loops.push(this.every(() => this.tick()));
    for (let i = 0; i < POLL_LOOPS; i++)
      this.loops.push(
        this.drain(QUEUES.poll, 1, async ([job]) => {
          const result = await pollJob(polls, job as PgBoss.Job<{ url: string }>);
          if (result) this.hooks.onPoll(result);
        }),
      );
    this.loops.push(
      this.drain(QUEUES.extract, EXTRACT_BATCH, async (jobs) => {
        await extractItems(
          extracts,
          jobs.map((job) => (job.data as { item: number }).item),
        );
      }),
    );
    this.loops.push(
      this.drain(QUEUES.alert, 1, async ([job]) => {
        const { alert } = (job as PgBoss.Job<{ alert: number }>).data;
        await deliverAlert(this.pool, { alertId: alert, workerId: this.id }, this.hooks.onAlert, this.hooks.log);
      }),
    );
    await Promise.all(this.loops);
    await this.pool.query("UPDATE fleet_workers SET stopped_at = now() WHERE id = $1", [this.id]);
    await this.close();
  }

  stop(): void {
    this.stopped = true;
    this.stopping.abort();
  }

  private async close(): Promise<void> {
    await this.boss.stop({ graceful: false, wait: true });
    await this.coding.close();
    await this.store.close();
    await this.pool.end();
  }

  /** One scheduling pass: this worker's heartbeat, and the due feeds queued (by one worker of the fleet). */
  private async tick(): Promise<void> {
    await this.pool.query("UPDATE fleet_workers SET seen_at = now() WHERE id = $1", [this.id]);
    await inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{ got: boolean }>("SELECT pg_try_advisory_xact_lock($1) AS got", [
        SCHEDULE_LOCK_KEY,
      ]);
      if (!rows[0]?.got) return;
      // A feed is queued when due, its host allows it (Retry-After), and no poll of it is queued or running (read
      // from pg-boss 10's job table, whose layout is pinned with its major version).
      const due = await client.query<{ url: string }>(
        `SELECT f.url FROM fleet_feeds f
         WHERE f.next_poll_at <= now()
           AND NOT EXISTS (SELECT 1 FROM fleet_hosts h WHERE h.host = f.host AND h.next_allowed_at > now())
           AND NOT EXISTS (SELECT 1 FROM pgboss.job j
                           WHERE j.name = $1 AND j.singleton_key = f.url AND j.state < 'completed')
         ORDER BY f.next_poll_at LIMIT 1000`,
        [QUEUES.poll],
      );
      if (due.rows.length === 0) return;
      await this.boss.insert(
        due.rows.map((row) => ({
          name: QUEUES.poll,
          data: { url: row.url },
          singletonKey: row.url,
          retryLimit: 0,
          expireInSeconds: this.timings.leaseSeconds,
        })),
        { db: jobDb(client) },
      );
    });
  }

  /** Runs `pass` every tick until stopped; a failed pass is logged and the next one runs. */
  private async every(pass: () => Promise<void>): Promise<void> {
    while (!this.stopped) {
      await pass().catch((error: Error) => this.hooks.log(`scheduling pass failed: ${error.message}`));
      await this.pause();
    }
  }

  /**
   * Takes jobs from a queue and runs them until stopped; a job that throws is failed, and pg-boss retries it as its
   * queue says. A job whose handler completed it in its own transaction is left as it is.
   */
  private async drain(queue: string, batch: number, handle: (jobs: PgBoss.Job[]) => Promise<void>): Promise<void> {
    while (!this.stopped) {
      let jobs: PgBoss.Job[] = [];
      try {
        jobs = await this.boss.fetch(queue, { batchSize: batch });
        if (jobs.length) {
          await handle(jobs);
          await this.boss.complete(
            queue,
            jobs.map((j) => j.id),
          );
        }
      } catch (error) {
        this.hooks.log(`${queue}: ${(error as Error).message}`);
        for (const job of jobs)
          await this.boss.fail(queue, job.id, { message: (error as Error).message }).catch(() => undefined);
      }
      if (jobs.length < batch) await this.pause();
    }
  }

  private pause(): Promise<void> {
    const ms = this.timings.tickMs * (0.75 + Math.random() * 0.5);
    return setTimeout(ms, undefined, { signal: this.stopping.signal }).catch(() => undefined);
  }
}
