import { type Store, StoreError } from "../store/index.js";
import { CodingPool } from "../worker/coding-pool.js";
import { type Alert, Alerter } from "./alerts.js";
import type { WatchConfig } from "./config.js";
import { HostPacing } from "./host-pacing.js";
import { type PollOptions, type PollResult, pollFeed } from "./poll.js";

export interface WatchTotals {
  polls: number;
  items: number;
  fresh: number;
  events: number;
  alerts: number;
  errors: number;
}

export interface WatchHooks {
  onPoll(result: PollResult, totals: WatchTotals): void;
  onAlert(alert: Alert): void;
  log(message: string): void;
}

/** Seconds to wait before each retry when the store is unavailable: about a minute in all, then a clear error. */
const STORE_RETRIES = [1, 2, 4, 8, 16, 32];
/** How often the scheduler looks for feeds that are due. */
const TICK_MS = 100;

/**
 * Polls every feed on its own schedule (kept in the store, so a restart resumes it), requests to one host paced so
 * no site is hammered and no slow feed holds up its neighbours, and sends the alerts the new reports set off.
 */
export class Watcher {
  readonly totals: WatchTotals = { polls: 0, items: 0, fresh: 0, events: 0, alerts: 0, errors: 0 };
  private readonly alerter: Alerter;
  private readonly pacing = new HostPacing();
  private readonly dueAt = new Map<string, number>();
  private stopped = false;
  private readonly stopping = new AbortController();

  constructor(
    private readonly config: WatchConfig,
    private readonly store: Store,
    private options: PollOptions,
    private readonly hooks: WatchHooks,
  ) {
    this.alerter = new Alerter(config.rules, store, (alert) => hooks.onAlert(alert), hooks.log);
  }

  /** Polls every feed once, paced per host (see HostPacing), and returns when all are done. */
  async once(): Promise<WatchTotals> {
    await this.withCoder(() =>
      Promise.all(
        this.config.feeds.map(async (feed) => {
          const ticket = await this.pacing.acquire(new URL(feed.url).host);
          try {
            await this.poll(feed);
          } finally {
            this.pacing.release(ticket);
          }
        }),
      ),
    );
    return this.totals;
  }

  /** Polls each feed whenever it is due until stop() is called. */
  run(): Promise<void> {
    return this.withCoder(() => this.schedule());
  }

  private async schedule(): Promise<void> {
    const inFlight = new Set<Promise<void>>();
    const polling = new Set<string>();
    // Due times start from the store (a restart keeps each feed's schedule and back-off), then follow each poll.
    for (const feed of this.config.feeds) {
      const state = await this.store.getFeedState(feed.url);
      this.dueAt.set(feed.url, state ? Date.parse(state.next_poll_at) : 0);
    }
    while (!this.stopped) {
      for (const feed of this.config.feeds) {
        if (polling.has(feed.url) || (this.dueAt.get(feed.url) ?? 0) > Date.now()) continue;
        const ticket = this.pacing.tryAcquire(new URL(feed.url).host);
        if (!ticket) continue;
        polling.add(feed.url);
        const job = this.poll(feed).finally(() => {
          this.pacing.release(ticket);
          polling.delete(feed.url);
          inFlight.delete(job);
        });
        inFlight.add(job);
      }
      await new Promise((resolve) => setTimeout(resolve, TICK_MS));
    }
    await Promise.all(inFlight);
  }

  /** Items are coded on a thread of their own unless the caller gave a coder: slow documents stall no fetch. */
  private async withCoder<T>(work: () => Promise<T>): Promise<T> {
    if (this.options.coder) return work();
    const pool = new CodingPool();
    this.options = { ...this.options, coder: pool.code };
    try {
      return await work();
    } finally {
      this.options = { ...this.options, coder: undefined };
      await pool.close();
    }
  }

  /** Stops scheduling, and ends requests in flight: a watch stops within moments, not after its slowest feed. */
  stop(): void {
    this.stopped = true;
    this.stopping.abort();
  }

  private async poll(feed: WatchConfig["feeds"][number]): Promise<void> {
    const totals = this.totals;
    const result = await this.withStoreRetries(() =>
      pollFeed(feed, this.store, { ...this.options, signal: this.stopping.signal }, async (events) => {
        totals.alerts += (await this.alerter.check(events)).length;
      }),
    );
    this.dueAt.set(feed.url, result.nextPollAt);
    totals.polls++;
    totals.items += result.items;
    totals.fresh += result.fresh;
    totals.events += result.events.length;
    if (result.error) totals.errors++;
    this.hooks.onPoll(result, totals);
  }

  /** A database that is briefly away (restarting, locked) is waited for; one away for long stops the watch. */
  private async withStoreRetries<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (!(error instanceof StoreError) || attempt >= STORE_RETRIES.length) throw error;
        this.hooks.log(`the store is unavailable (${error.message}); retrying in ${STORE_RETRIES[attempt]} s`);
        await new Promise((resolve) => setTimeout(resolve, (STORE_RETRIES[attempt] as number) * 1000));
      }
    }
  }
}
