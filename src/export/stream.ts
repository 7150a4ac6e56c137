import type { StoredEvent } from "../model/index.js";
import type { EventQuery, Store } from "../store/index.js";
import { acledCsv } from "./acled-csv.js";
import { eventFeature } from "./geojson.js";

/** Events read per query when streaming: big enough to amortise the query, small enough to yield often. */
export const STREAM_PAGE = 500;

/**
 * The events a query matches, a page at a time, from `offset` for at most `limit` events.
 * @example for await (const page of eventPages(store, { iso3: "MLI" })) console.log(page.length)
 */
export async function* eventPages(
  store: Store,
  query: Omit<EventQuery, "limit" | "offset">,
  offset = 0,
  limit = Number.MAX_SAFE_INTEGER,
  pageSize = STREAM_PAGE,
): AsyncGenerator<StoredEvent[]> {
  let at = offset;
  let left = limit;
  while (left > 0) {
    const page = await store.listEvents({ ...query, offset: at, limit: Math.min(pageSize, left) });
    if (page.length) yield page;
    if (page.length < Math.min(pageSize, left)) return;
    at += page.length;
    left -= page.length;
  }
}

export type ExportFormat = "csv" | "geojson";

/**
 * An export as a byte stream, rendered a page at a time with the event loop free between pages: a 5,000-event
 * export no longer holds every other request for seconds, nor its whole text in memory.
 */
export function exportStream(pages: AsyncGenerator<StoredEvent[]>, format: ExportFormat): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let first = true;
  return new ReadableStream({
    async pull(controller) {
      // Let requests queued behind this page in.
      await new Promise((resolve) => setImmediate(resolve));
      const next = await pages.next();
      if (next.done) {
        if (format === "csv" && first) controller.enqueue(encoder.encode(acledCsv([], true)));
        if (format === "geojson")
          controller.enqueue(encoder.encode(`${first ? '{"type":"FeatureCollection","features":[' : ""}]}\n`));
        controller.close();
        return;
      }
      const page = next.value;
      const text =
        format === "csv"
          ? acledCsv(page, first)
          : `${first ? '{"type":"FeatureCollection","features":[' : ","}\n${page.map((e) => JSON.stringify(eventFeature(e))).join(",\n")}`;
      first = false;
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}
