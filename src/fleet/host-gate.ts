import type pg from "pg";

/** How often a request waiting for its host looks again; jittered so waiting workers do not ask in step. */
const WAIT_STEP_MS = 40;

/**
 * Politeness across the whole fleet: one request at a time per host, and a host's Retry-After kept for every worker,
 * as rows of `fleet_hosts` (next allowed time, who holds the host and until when). A holder that dies frees its host
 * when its hold runs out: the request timeout and a second.
 * @example const gate = new HostGate(pool, "w1", 21_000); if (await gate.acquire("example.org", 5000)) try { … } finally { await gate.release("example.org", 0) }
 */
export class HostGate {
  constructor(
    private readonly pool: pg.Pool,
    private readonly holder: string,
    private readonly holdMs: number,
  ) {}

  /** Takes the host when it is free and allowed, waiting up to `maxWaitMs`; false when it stayed busy. */
  async acquire(host: string, maxWaitMs: number): Promise<boolean> {
    const until = Date.now() + maxWaitMs;
    await this.pool.query("INSERT INTO fleet_hosts (host) VALUES ($1) ON CONFLICT (host) DO NOTHING", [host]);
    for (;;) {
      const taken = await this.pool.query(
        `UPDATE fleet_hosts SET holder = $2, held_until = now() + $3 * interval '1 millisecond'
         WHERE host = $1 AND next_allowed_at <= now() AND (holder IS NULL OR held_until < now())`,
        [host, this.holder, this.holdMs],
      );
      if (taken.rowCount) return true;
      if (Date.now() >= until) return false;
      await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS * (0.5 + Math.random())));
    }
  }

  /** Frees the host; `retryAfterMs` (a 429 or 503's Retry-After) keeps every worker of the fleet off it that long. */
  async release(host: string, retryAfterMs: number): Promise<void> {
    await this.pool.query(
      `UPDATE fleet_hosts SET holder = NULL, held_until = NULL,
         next_allowed_at = greatest(next_allowed_at, now() + $3 * interval '1 millisecond')
       WHERE host = $1 AND holder = $2`,
      [host, this.holder, retryAfterMs],
    );
  }

  /** Runs one request holding its host; false when the host stayed busy for `maxWaitMs`. */
  async hold<T>(host: string, maxWaitMs: number, request: () => Promise<T>): Promise<{ value: T } | null> {
    if (!(await this.acquire(host, maxWaitMs))) return null;
    let retryAfterMs = 0;
    try {
      return { value: await request() };
    } catch (error) {
      const seconds = (error as { retryAfterSeconds?: number | null }).retryAfterSeconds;
      if (typeof seconds === "number") retryAfterMs = seconds * 1000;
      throw error;
    } finally {
      await this.release(host, retryAfterMs);
    }
  }
}
