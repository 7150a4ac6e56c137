import { type Store, StoreError } from "../store/index.js";
import { type Alert, Alerter } from "./alerts.js";
import type { WatchConfig } from "./config.js";
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
const TICK_MS = 250;

/**
 * Polls every feed on its own schedule (kept in the store, so a restart resumes it), one request at a time per host
 * so no site gets two at once, and sends the alerts the new reports set off.
 */
export class Watcher {
  readonly totals: WatchTotals = { polls: 0, items: 0, fresh: 0, events: 0, alerts: 0, errors: 0 };
  private readonly alerter: Alerter;
  private readonly busyHosts = new Set<string>();
  private readonly dueAt = new Map<string, number>();
  private stopped = false;

  constructor(
    private readonly config: WatchConfig,
    private readonly store: Store,
    private readonly options: PollOptions,
    private readonly hooks: WatchHooks,
  ) {
    this.alerter = new Alerter(config.rules, store, (alert) => hooks.onAlert(alert), hooks.log);
  }

  /** Polls every feed once (hosts in parallel, one feed at a time per host) and returns when all are done. */
  async once(): Promise<WatchTotals> {
    const byHost = new Map<string, WatchConfig["feeds"]>();
    for (const feed of this.config.feeds) {
      const host = new URL(feed.url).host;
      byHost.set(host, [...(byHost.get(host) ?? []), feed]);
    }
    await Promise.all(
      [...byHost.values()].map(async (feeds) => {
        for (const feed of feeds) await this.poll(feed);
      }),
    );
    return this.totals;
  }

  /** Polls each feed whenever it is due until stop() is called. */
  async run(): Promise<void> {
    const inFlight = new Set<Promise<void>>();
    // Due times start from the store (a restart keeps each feed's schedule and back-off), then follow each poll.
    for (const feed of this.config.feeds) {
      const state = await this.store.getFeedState(feed.url);
      this.dueAt.set(feed.url, state ? Date.parse(state.next_poll_at) : 0);
    }
    while (!this.stopped) {
      for (const feed of this.config.feeds) {
        const host = new URL(feed.url).host;
        if (this.busyHosts.has(host) || (this.dueAt.get(feed.url) ?? 0) > Date.now()) continue;
        this.busyHosts.add(host);
        const job = this.poll(feed).finally(() => {
          this.busyHosts.delete(host);
          inFlight.delete(job);
        });
        inFlight.add(job);
      }
      await new Promise((resolve) => setTimeout(resolve, TICK_MS));
    }
    await Promise.all(inFlight);
  }

  stop(): void {
    this.stopped = true;
  }

  private async poll(feed: WatchConfig["feeds"][number]): Promise<void> {
    const totals = this.totals;
    const result = await this.withStoreRetries(() =>
      pollFeed(feed, this.store, this.options, async (events) => {
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
