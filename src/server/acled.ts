import type { Context } from "hono";
import { acledRow, eventPages, exportStream } from "../export/index.js";
import type { StoredEvent } from "../model/index.js";
import { eventFilters, FilterError, type FilterInput, wholeNumber } from "../query/filters.js";
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
