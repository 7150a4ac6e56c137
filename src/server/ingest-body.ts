import type { Context } from "hono";
import { InputError, type RawReport, reportsFromBytes } from "../ingest/index.js";
import { rawReport } from "../ingest/raw-report.js";
import { processReport } from "../pipeline/index.js";
import type { Store } from "../store/index.js";
import { HttpError } from "./http-error.js";
import { JsonReportSchema } from "./schemas.js";

const READABLE =
  /^(text\/plain|text\/html|application\/xhtml\+xml|application\/(rss|atom)\+xml|application\/xml|text\/xml|application\/x-ndjson|application\/jsonl?)$/;
const SOURCE = "POST /documents";

/** Reads a POSTed body as reports (by its content type), codes them, and stores them with their events. */
export async function ingestBody(c: Context, store: Store, maxBytes: number) {
  const type = (c.req.header("Content-Type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!READABLE.test(type)) {
    throw new HttpError(
      415,
      `cannot read a ${type || "body without a content type"}: send text/plain, text/html, an RSS or Atom feed, application/json or application/x-ndjson`,
    );
  }
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.length === 0) throw new HttpError(400, "the body is empty");
  const { published, url } = c.req.query();
  const reports =
    type === "application/json"
      ? jsonReports(bytes)
      : reportsFromBytes(bytes, SOURCE, { contentType: type, url }, { maxBytes });
  const coded = reports.map((report) => processReport(report, { publishedAt: published }));
  const result = await store.putReports(coded);
  return {
    documents: coded.map(({ document }) => ({
      id: document.id,
      stored: result.added.includes(document.id) ? ("added" as const) : ("existing" as const),
    })),
    events: { created: result.created, merged: result.merged },
  };
}

function jsonReports(bytes: Uint8Array): RawReport[] {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    throw new HttpError(400, `the body is not valid UTF-8 JSON (${(error as Error).message})`);
  }
  const items = Array.isArray(body) ? body : [body];
  return items.map((item, index) => {
    const parsed = JsonReportSchema.safeParse(item);
    if (!parsed.success) {
      const where = Array.isArray(body) ? `item ${index}: ` : "";
      throw new HttpError(400, `${where}expected {"text": "...", "url"?, "title"?, "published_at"?, "id"?}`);
    }
    const { text, id, url, title, published_at, language } = parsed.data;
    if (!text.trim()) throw new InputError("empty", SOURCE, "the text is empty");
    return rawReport({
      source: SOURCE,
      form: "jsonl",
      text,
      encoding: "UTF-8",
      input_id: id ?? null,
      url: url ?? null,
      title: title ?? null,
      published_at: published_at ?? null,
      language: language ?? null,
    });
  });
}
