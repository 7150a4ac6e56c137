import type { Context } from "hono";
import { type RawReport, reportsFromBytes } from "../ingest/index.js";
import { publicationOption } from "../ingest/published-date.js";
import { readJsonDocument } from "../ingest/readers/jsonl.js";
import { processReport } from "../pipeline/index.js";
import type { Store } from "../store/index.js";
import { HttpError } from "./http-error.js";

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
  const { url } = c.req.query();
  const published = publishedParameter(c.req.query("published"));
  const reports =
    type === "application/json"
      ? jsonReports(bytes, maxBytes)
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

/** A JSON body is one document or an array of them, each read as a line of a JSON Lines file is. */
function jsonReports(bytes: Uint8Array, maxBytes: number): RawReport[] {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    throw new HttpError(400, `the body is not valid UTF-8 JSON (${(error as Error).message})`);
  }
  if (Array.isArray(body))
    return body.map((item, index) => readJsonDocument(item, { source: SOURCE, where: `item ${index}` }, maxBytes));
  return [readJsonDocument(body, { source: SOURCE, where: "the body" }, maxBytes)];
}

function publishedParameter(value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  const published = publicationOption(value);
  if (!published) throw new HttpError(400, "published: use a calendar day, YYYY-MM-DD or YYYY-MM-DDTHH:MM");
  return published;
}
