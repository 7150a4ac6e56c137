import type pg from "pg";
import type PgBoss from "pg-boss";
import { type FetchedPage, fetchUrl } from "../ingest/fetch-url.js";
import { InputError, type RawReport, reportsFromBytes } from "../ingest/index.js";
import { itemKeys } from "../watch/index.js";
import { type FleetFeedRow, feedConfig } from "./feeds.js";
import type { HostGate } from "./host-gate.js";
import { inTransaction, jobDb, QUEUES } from "./queue.js";

export interface PollContext {
  pool: pg.Pool;
  boss: PgBoss;
  gate: HostGate;
  workerId: string;
  timeoutMs: number;
  maxBytes: number;
  /** How long a poll waits for its host before leaving the feed due for the next pass. */
  hostWaitMs: number;
}

/** What one poll did, for the log. */
export interface FleetPollResult {
  feed: string;
  items: number;
  fresh: number;
  error: string | null;
  notModified: boolean;
}

/** Longest wait between polls of a failing feed. */
const MAX_BACKOFF_MS = 60 * 60 * 1000;

/** Our lease on the feed ran out (the worker was too slow) and another worker has it: record nothing. */
class LeaseLost extends Error {}

/**
 * One poll of one feed, as a pg-boss job: its host taken fleet-wide, a conditional GET, then in one transaction the
 * items not recorded before (each queued for extraction), the feed's next poll, and the job's completion, but only
 * while the job is still ours. A feed whose host stays busy is left due: the next scheduling pass queues it again.
 */
export async function pollJob(ctx: PollContext, job: PgBoss.Job<{ url: string }>): Promise<FleetPollResult | null> {
  const feed = await feedConfig(ctx.pool, job.data.url);
  if (!feed) return null; // removed since it was queued
  await ctx.pool.query("UPDATE fleet_feeds SET owner = $2 WHERE url = $1", [feed.url, ctx.workerId]);
  const result: FleetPollResult = { feed: feed.url, items: 0, fresh: 0, error: null, notModified: false };
  let page: FetchedPage | null = null;
  let failure: Error | null = null;
  try {
    const held = await ctx.gate.hold(feed.host, ctx.hostWaitMs, () => fetchUrl(feed.url, requestOf(ctx, feed)));
    if (!held) {
      await ctx.pool.query("UPDATE fleet_feeds SET owner = NULL WHERE url = $1 AND owner = $2", [
        feed.url,
        ctx.workerId,
      ]);
      return null;
    }
    page = held.value;
  } catch (error) {
    failure = error as Error;
  }
  let items: RawReport[] = [];
  if (page && !page.notModified) {
    try {
      items = reportsFromBytes(page.bytes, feed.url, { contentType: page.contentType, charset: page.charset }, ctx);
    } catch (error) {
      failure = error as Error;
    }
  }
  result.notModified = page?.notModified ?? false;
  result.items = items.length;
  result.error = failure ? (failure instanceof InputError ? failure.message : `unexpected: ${failure.message}`) : null;
  try {
    result.fresh = await record(ctx, job.id, feed, items, page, failure);
  } catch (error) {
    if (error instanceof LeaseLost) return { ...result, error: "lease lost: another worker polls this feed now" };
    throw error;
  }
  return result;
}

function requestOf(ctx: PollContext, feed: FleetFeedRow) {
  const headers: Record<string, string> = {};
  if (feed.etag) headers["if-none-match"] = feed.etag;
  if (feed.last_modified) headers["if-modified-since"] = feed.last_modified;
  return { timeoutMs: ctx.timeoutMs, maxBytes: ctx.maxBytes, headers };
}

/** Records the poll in one transaction; returns how many items were new. */
async function record(
  ctx: PollContext,
  jobId: string,
  feed: FleetFeedRow,
  items: RawReport[],
  page: FetchedPage | null,
  failure: Error | null,
): Promise<number> {
  return inTransaction(ctx.pool, async (client) => {
    // The fence: pg-boss gives an expired job to another worker; locking its row keeps it ours until we commit.
    const { rows } = await client.query<{ state: string }>(
      "SELECT state FROM pgboss.job WHERE name = $1 AND id = $2 FOR UPDATE",
      [QUEUES.poll, jobId],
    );
    if (rows[0]?.state !== "active") throw new LeaseLost();
    const fresh: number[] = [];
    for (const item of items) {
      const id = await recordItem(client, feed, item, ctx.workerId);
      if (id !== null) fresh.push(id);
    }
    if (fresh.length)
      await ctx.boss.insert(
        fresh.map((id) => ({ name: QUEUES.extract, data: { item: id } })),
        { db: jobDb(client) },
      );
    await saveFeed(client, feed, page, failure, fresh.length);
    await ctx.boss.complete(QUEUES.poll, jobId, {}, { db: jobDb(client) });
    return fresh.length;
  });
}

/** Records an item unless any of its keys (guid, link, text) was seen in this feed: returns its id, or null. */
async function recordItem(
  client: pg.PoolClient,
  feed: FleetFeedRow,
  item: RawReport,
  workerId: string,
): Promise<number | null> {
  const keys = itemKeys(item);
  const seen = await client.query("SELECT 1 FROM fleet_item_keys WHERE feed_url = $1 AND key = ANY($2) LIMIT 1", [
    feed.url,
    keys,
  ]);
  if (seen.rowCount) return null;
  const report: RawReport = { ...item, language: feed.config.language ?? item.language };
  const published = item.published_at && /T\d\d:\d\d/.test(item.published_at) ? item.published_at : null;
  const inserted = await client.query<{ id: string }>(
    `INSERT INTO fleet_items (feed_url, item_key, report, published_at, fetched_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (feed_url, item_key) DO NOTHING RETURNING id`,
    [feed.url, keys.at(-1), JSON.stringify(report), published, workerId],
  );
  const id = inserted.rows[0]?.id;
  if (id === undefined) return null;
  for (const key of keys)
    await client.query(
      "INSERT INTO fleet_item_keys (feed_url, key, item_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
      [feed.url, key, id],
    );
  return Number(id);
}

async function saveFeed(
  client: pg.PoolClient,
  feed: FleetFeedRow,
  page: FetchedPage | null,
  failure: Error | null,
  fresh: number,
): Promise<void> {
  const interval = feed.config.interval;
  if (!failure) {
    await client.query(
      `UPDATE fleet_feeds SET polled_at = now(), next_poll_at = now() + $2 * interval '1 millisecond', owner = NULL,
         polls = polls + 1, items = items + $3, failures = 0, last_error = NULL,
         etag = coalesce($4, etag), last_modified = coalesce($5, last_modified)
       WHERE url = $1`,
      [feed.url, interval, fresh, page?.notModified ? null : page?.etag, page?.notModified ? null : page?.lastModified],
    );
    return;
  }
  const failures = feed.failures + 1;
  const backoff = Math.min(MAX_BACKOFF_MS, interval * 2 ** (failures - 1)) * (0.8 + Math.random() * 0.4);
  await client.query(
    `UPDATE fleet_feeds SET polled_at = now(), next_poll_at = now() + $2 * interval '1 millisecond', owner = NULL,
       polls = polls + 1, failures = $3, last_error = $4 WHERE url = $1`,
    [feed.url, Math.round(backoff), failures, failure.message],
  );
}
