import { stringify } from "csv-stringify/sync";
import type { Context } from "hono";
import { acledRow, eventPages, exportStream } from "../export/index.js";
import type { StoredEvent } from "../model/index.js";
import { eventFilters, FilterError, type FilterInput, instant, wholeNumber } from "../query/filters.js";
import type { Store } from "../store/index.js";

/** ACLED's API pages 5,000 rows by default. */
const ACLED_PAGE = 5000;

/**
 * `GET /api/acled/read`: the main read parameters of ACLED's API (`country`, `event_date` with
 * `event_date_where=BETWEEN` and `from|to`, `event_type`, `limit`, `page`, `_format=json|csv`) answered in ACLED's
 * shape (`status`, `success`, `last_update`, `count`, `messages`, `data` with every value a string), so a script
 * written for ACLED reads a Vigil server by changing the base URL.
 */
export async function acledRead(c: Context, store: Store) {
  const params = c.req.query();
  const dates = (params.event_date ?? "").split("|").filter(Boolean);
  const where = (params.event_date_where ?? (dates.length > 1 ? "BETWEEN" : "=")).toUpperCase();
  if (dates.length > 1 && where !== "BETWEEN") throw new FilterError("event_date_where", "BETWEEN for a from|to range");
  const [from, to] = where === "BETWEEN" ? [dates[0], dates[1] ?? dates[0]] : [dates[0], dates[0]];
  const query = acledFilters({
    country: params.country,
    type: params.event_type,
    since: from,
    until: to,
    sort: "date",
  });
  const limit = params.limit ? wholeNumber(params.limit, "limit", 0) : ACLED_PAGE;
  // ACLED reads limit=0 as "no limit": one page, the first.
  const lastPage = limit === 0 ? 1 : Math.floor(Number.MAX_SAFE_INTEGER / limit);
  const page = params.page ? wholeNumber(params.page, "page", 1, lastPage) : 1;
  const size = limit === 0 ? Number.MAX_SAFE_INTEGER : limit;
  const pages = eventPages(store, query, (page - 1) * limit, size);
  if ((params._format ?? "json").toLowerCase() === "csv") {
    c.header("Content-Type", "text/csv; charset=utf-8");
    return c.body(exportStream(pages, "csv"));
  }
  c.header("Content-Type", "application/json");
  return c.body(acledJsonStream(pages));
}

/**
 * ACLED's JSON answer, streamed a page at a time: `data` comes before `count` and `last_update`, which are known only
 * at the end (a JSON object's keys have no order a client may rely on).
 */
function acledJsonStream(pages: AsyncGenerator<StoredEvent[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let count = 0;
  let lastUpdate = 0;
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode('{"status":200,"success":true,"messages":[],"data":['));
    },
    async pull(controller) {
      await new Promise((resolve) => setImmediate(resolve));
      const next = await pages.next();
      if (next.done) {
        controller.enqueue(encoder.encode(`],"count":${count},"last_update":${lastUpdate}}`));
        controller.close();
        return;
      }
      const rows = next.value.map((event) => {
        lastUpdate = Math.max(lastUpdate, Math.floor(Date.parse(event.updated_at) / 1000));
        return JSON.stringify(
          Object.fromEntries(
            Object.entries(acledRow(event)).map(([key, value]) => [key, value === null ? "" : String(value)]),
          ),
        );
      });
      controller.enqueue(encoder.encode(`${count ? "," : ""}${rows.join(",")}`));
      count += rows.length;
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}

/** The filters under ACLED's parameter names, in errors too. */
function acledFilters(input: FilterInput) {
  try {
    return eventFilters(input);
  } catch (error) {
    if (error instanceof FilterError)
      throw error.renamed({ type: "event_type", since: "event_date", until: "event_date" });
    throw error;
  }
}

/**
 * `GET /api/acled/deletions`: ACLED's deleted endpoint (`deleted_timestamp`: a Unix time or YYYY-MM-DD, those
 * deleted then or after; `limit`, `page`, `_format=json|csv`), answering with `event_id_cnty` and
 * `deleted_timestamp` (Unix seconds) for every event id that names no event any more: merged into another, split,
 * or retracted. An ACLED client that drops these from its copy after reading updates stays in step.
 */
export async function acledDeletions(c: Context, store: Store) {
  const params = c.req.query();
  const since = deletedSince(params.deleted_timestamp);
  const limit = params.limit ? wholeNumber(params.limit, "limit", 0) : ACLED_PAGE;
  const size = limit === 0 ? Number.MAX_SAFE_INTEGER : limit;
  const lastPage = limit === 0 ? 1 : Math.floor(Number.MAX_SAFE_INTEGER / limit);
  const page = params.page ? wholeNumber(params.page, "page", 1, lastPage) : 1;
  const deletions = await store.listDeletions(since, { limit: size, offset: (page - 1) * limit });
  const data = deletions.map((d) => ({
    event_id_cnty: d.event_id_cnty,
    deleted_timestamp: String(Math.floor(Date.parse(d.deleted_at) / 1000)),
  }));
  if ((params._format ?? "json").toLowerCase() === "csv") {
    c.header("Content-Type", "text/csv; charset=utf-8");
    return c.body(stringify(data, { header: true, columns: ["event_id_cnty", "deleted_timestamp"] }));
  }
  const lastUpdate = data.reduce((latest, d) => Math.max(latest, Number(d.deleted_timestamp)), 0);
  return c.json({ status: 200, success: true, last_update: lastUpdate, count: data.length, messages: [], data });
}

/** ACLED's `deleted_timestamp`: Unix seconds or a day; none means from the start. */
function deletedSince(value: string | undefined): string {
  if (!value) return "";
  // The latest time a Date holds, in seconds: past it toISOString throws.
  if (/^\d+$/.test(value.trim()))
    return new Date(wholeNumber(value, "deleted_timestamp", 0, 8_640_000_000_000) * 1000).toISOString();
  try {
    return instant(value, "deleted_timestamp");
  } catch {
    throw new FilterError("deleted_timestamp", "a Unix time in seconds or a day (YYYY-MM-DD)");
  }
}
