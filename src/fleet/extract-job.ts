import type pg from "pg";
import { InputError, type RawReport } from "../ingest/index.js";
import type { Store } from "../store/index.js";
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

export type ExtractOutcome = "stored" | "already stored" | "skipped" | "gone";

/** Another worker stored the item first: the storing transaction rolls back. */
class AlreadyStored extends Error {}

interface ItemRow {
  id: string;
  feed_url: string;
  report: RawReport;
  stored_at: string | null;
  skipped: string | null;
  document_id: string | null;
}

/**
 * Extracts and stores one fetched item (a pg-boss job any worker may take): its article page (its host taken
 * fleet-wide), the pipeline, and the store, whose transaction also marks the item stored, so however many workers
 * try, one stores it. Then the alerts its events set off are claimed; a worker that died in between left the item
 * stored and its job unfinished, so the next one claims them (claims are idempotent).
 */
export async function extractJob(ctx: ExtractContext, itemId: number): Promise<ExtractOutcome> {
  const { rows } = await ctx.pool.query<ItemRow>(
    "SELECT id, feed_url, report, stored_at, skipped, document_id FROM fleet_items WHERE id = $1",
    [itemId],
  );
  const item = rows[0];
  if (!item || item.skipped) return "gone";
  if (item.stored_at) {
    await ctx.alerter.check(await eventsOfDocument(ctx.pool, item.document_id));
    return "already stored";
  }
  const report = await withPage(ctx, item);
  let coded: Awaited<ReturnType<Coder>>;
  try {
    coded = await ctx.coder(report);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    await ctx.pool.query("UPDATE fleet_items SET skipped = $2 WHERE id = $1", [itemId, error.message]);
    return "skipped";
  }
  let events: string[];
  try {
    const stored = await ctx.store.putReports([coded], {
      within: async (tx) => {
        const marked = await tx.run(
          "UPDATE fleet_items SET stored_at = now(), stored_by = ?, document_id = ? WHERE id = ? AND stored_at IS NULL",
          [ctx.workerId, coded.document.id, itemId],
        );
        if (marked === 0) throw new AlreadyStored();
      },
    });
    events = stored.events;
  } catch (error) {
    if (error instanceof AlreadyStored) return "already stored";
    throw error;
  }
  await ctx.alerter.check(events);
  return "stored";
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

async function eventsOfDocument(pool: pg.Pool, documentId: string | null): Promise<string[]> {
  if (!documentId) return [];
  const { rows } = await pool.query<{ event_id: string }>(
    "SELECT DISTINCT event_id FROM source_events WHERE document_id = $1 ORDER BY event_id",
    [documentId],
  );
  return rows.map((r) => r.event_id);
}
