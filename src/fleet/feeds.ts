import type pg from "pg";
import { type FeedConfig, type RuleConfig, RuleSchema, type WatchConfig } from "../watch/index.js";
import { inTransaction } from "./queue.js";

/** A feed of the fleet as `vigil feeds list` shows it. */
export interface FleetFeed {
  url: string;
  interval_s: number;
  next_poll_at: string;
  polled_at: string | null;
  owner: string | null;
  polls: number;
  items: number;
  failures: number;
  last_error: string | null;
}

/**
 * Loads a watch file into the fleet: its feeds are added (or their settings updated, keeping their schedule) and its
 * rules replace the fleet's; with `replace`, feeds the file no longer lists are removed. Workers pick the change up
 * on their next scheduling pass, without a restart.
 */
export async function loadFeeds(
  pool: pg.Pool,
  config: WatchConfig,
  replace: boolean,
): Promise<{ added: number; updated: number; removed: number }> {
  return inTransaction(pool, async (client) => {
    let added = 0;
    for (const feed of config.feeds) added += (await upsertFeed(client, feed)) ? 1 : 0;
    let removed = 0;
    if (replace) {
      const result = await client.query("DELETE FROM fleet_feeds WHERE NOT (url = ANY($1))", [
        config.feeds.map((f) => f.url),
      ]);
      removed = result.rowCount ?? 0;
    }
    await client.query("DELETE FROM fleet_rules");
    for (const rule of config.rules)
      await client.query("INSERT INTO fleet_rules (name, config) VALUES ($1, $2)", [rule.name, JSON.stringify(rule)]);
    return { added, updated: config.feeds.length - added, removed };
  });
}

/** Adds one feed (or updates its settings); it is polled on the workers' next scheduling pass. */
export async function addFeed(pool: pg.Pool, feed: FeedConfig): Promise<boolean> {
  return inTransaction(pool, (client) => upsertFeed(client, feed));
}

/** Removes a feed: it is not polled again; what it brought stays stored. */
export async function removeFeed(pool: pg.Pool, url: string): Promise<boolean> {
  const result = await pool.query("DELETE FROM fleet_feeds WHERE url = $1", [url]);
  return (result.rowCount ?? 0) > 0;
}

export async function listFeeds(pool: pg.Pool): Promise<FleetFeed[]> {
  const { rows } = await pool.query<FleetFeed>(
    `SELECT url, (config->>'interval')::float / 1000 AS interval_s, next_poll_at, polled_at, owner, polls, items,
       failures, last_error FROM fleet_feeds ORDER BY url`,
  );
  return rows.map((row) => ({
    ...row,
    next_poll_at: new Date(row.next_poll_at).toISOString(),
    polled_at: row.polled_at ? new Date(row.polled_at).toISOString() : null,
  }));
}

/** The fleet's alert rules, as `vigil feeds load` stored them. */
export async function loadRules(pool: pg.Pool): Promise<RuleConfig[]> {
  const { rows } = await pool.query<{ config: unknown }>("SELECT config FROM fleet_rules ORDER BY name");
  return rows.map((row) => RuleSchema.parse(row.config));
}

/** Reads one feed's settings as stored; null once it was removed. */
export async function feedConfig(pool: pg.Pool, url: string): Promise<FleetFeedRow | null> {
  const { rows } = await pool.query<FleetFeedRow>(
    "SELECT url, host, config, etag, last_modified, failures FROM fleet_feeds WHERE url = $1",
    [url],
  );
  return rows[0] ?? null;
}

export interface FleetFeedRow {
  url: string;
  host: string;
  config: FeedConfig;
  etag: string | null;
  last_modified: string | null;
  failures: number;
}

async function upsertFeed(client: pg.PoolClient, feed: FeedConfig): Promise<boolean> {
  const result = await client.query<{ inserted: boolean }>(
    `INSERT INTO fleet_feeds (url, host, config) VALUES ($1, $2, $3)
     ON CONFLICT (url) DO UPDATE SET config = excluded.config RETURNING (xmax = 0) AS inserted`,
    [feed.url, new URL(feed.url).host, JSON.stringify(feed)],
  );
  return result.rows[0]?.inserted === true;
}
