import type pg from "pg";
import { InputError, type RawReport } from "../ingest/index.js";
import type { CodedReport, Store } from "../store/index.js";
import type { SqlExecutor } from "../store/sql/driver.js";
import { FeedSchema, withArticle } from "../watch/index.js";
import type { Coder } from "../worker/coding-pool.js";
import type { FleetAlerter } from "./fleet-alerts.js";
import type { HostGate } from "./host-gate.js";

export interface ExtractContext {
  pool: pg.Pool;
  store: Store;
  gate: HostGate;
  alerter: FleetAlerter;
  coder: Coder;
  workerId: string;
  timeoutMs: number;
  maxBytes: number;
  hostWaitMs: number;
}

/** Other workers stored these items first: the storing transaction rolls back, and the rest are stored again. */
class AlreadyStored extends Error {
  constructor(readonly itemIds: number[]) {
    super(`items ${itemIds.join(", ")} were stored by another worker`);
  }
}

interface ItemRow {
  id: string;
  feed_url: string;
  report: RawReport;
  stored_at: string | null;
  skipped: string | null;
  document_id: string | null;
}

/** One fetched item, coded, waiting for the store. */
interface CodedItem {
  id: number;
  coded: CodedReport;
}

/**
 * Extracts and stores fetched items (pg-boss jobs any worker may take, a batch at a time): each item's article
 * page (its host taken fleet-wide), the pipeline, then one storing transaction that also marks the items stored, so
 * however many workers try, each item is stored once. Then the alerts their events set off are claimed; a worker
 * that died in between left items stored and their jobs unfinished, so the next one claims them (claims are
 * idempotent). Returns how many items this call stored.
 */
export async function extractItems(ctx: ExtractContext, itemIds: number[]): Promise<number> {
  const { rows } = await ctx.pool.query<ItemRow>(
    "SELECT id, feed_url, report, stored_at, skipped, document_id FROM fleet_items WHERE id = ANY($1)",
    [itemIds],
  );
  const events = await eventsOfDocuments(
    ctx.pool,
    rows.flatMap((row) => (row.stored_at && row.document_id ? [row.document_id] : [])),
  );
  const pending = rows.filter((row) => !row.stored_at && !row.skipped);
  const coded = (await Promise.all(pending.map((row) => codeItem(ctx, row)))).flatMap((item) => (item ? [item] : []));
  let batch = coded;
  while (batch.length) {
    try {
      const stored = await ctx.store.putReports(
        batch.map((item) => item.coded),
        { within: (tx) => markStored(tx, ctx.workerId, batch) },
      );
      events.push(...stored.events);
      break;
    } catch (error) {
      if (!(error instanceof AlreadyStored)) throw error;
      batch = batch.filter((item) => !error.itemIds.includes(item.id));
    }
  }
  await ctx.alerter.check([...new Set(events)]);
  return batch.length;
}

/** Inside the storing transaction: marks each item stored by this worker, unless another worker stored it first. */
async function markStored(tx: SqlExecutor, workerId: string, items: CodedItem[]): Promise<void> {
  const taken: number[] = [];
  for (const item of items) {
    const marked = await tx.run(
      "UPDATE fleet_items SET stored_at = now(), stored_by = ?, document_id = ? WHERE id = ? AND stored_at IS NULL",
      [workerId, item.coded.document.id, item.id],
    );
    if (marked === 0) taken.push(item.id);
  }
  if (taken.length) throw new AlreadyStored(taken);
}

/** Codes one item; one that cannot be coded (empty, over budget) is marked skipped with the reason, not retried. */
async function codeItem(ctx: ExtractContext, row: ItemRow): Promise<CodedItem | null> {
  try {
    return { id: Number(row.id), coded: await ctx.coder(await withPage(ctx, row)) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    await ctx.pool.query("UPDATE fleet_items SET skipped = $2 WHERE id = $1", [row.id, error.message]);
    return null;
  }
}

/** The item with its article page, fetched holding the page's host; the item alone when the host stays busy. */
async function withPage(ctx: ExtractContext, item: ItemRow): Promise<RawReport> {
  const report = item.report;
  if (!report.url) return report;
  const feed = FeedSchema.parse({ url: item.feed_url });
  const options = { timeoutMs: ctx.timeoutMs, maxBytes: ctx.maxBytes };
  const held = await ctx.gate.hold(new URL(report.url).host, ctx.hostWaitMs, () =>
    withArticle(report, { ...feed, language: report.language ?? undefined }, options),
  );
  return held?.value ?? report;
}

async function eventsOfDocuments(pool: pg.Pool, documentIds: string[]): Promise<string[]> {
  if (documentIds.length === 0) return [];
  const { rows } = await pool.query<{ event_id: string }>(
    "SELECT DISTINCT event_id FROM source_events WHERE document_id = ANY($1) ORDER BY event_id",
    [documentIds],
  );
  return rows.map((r) => r.event_id);
}
