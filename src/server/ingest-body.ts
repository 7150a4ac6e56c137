import type { Context } from "hono";
import { InputError, type RawReport, reportsFromBytes } from "../ingest/index.js";
import { publicationOption } from "../ingest/published-date.js";
import { readJsonDocument } from "../ingest/readers/jsonl.js";
import type { CodedReport, Store } from "../store/index.js";
import type { Coder } from "../worker/coding-pool.js";
import { HttpError } from "./http-error.js";

const READABLE =
  /^(text\/plain|text\/html|application\/xhtml\+xml|application\/(rss|atom)\+xml|application\/xml|text\/xml|application\/x-ndjson|application\/jsonl?)$/;
const SOURCE = "POST /documents";

/** Documents coded and stored per transaction: a big upload neither holds the write lock nor the thread for long. */
export const INGEST_BATCH = 25;

export interface IngestContext {
  store: Store;
  maxBytes: number;
  coder: Coder;
  /** Aborted when the server shuts down: the batch in flight commits, the rest is left for the client to resend. */
  signal?: AbortSignal;
}

/**
 * Reads a POSTed body as reports (by its content type), codes them off this thread (a document over its budget is
 * skipped and named in `skipped`), and stores them with their events, a batch per transaction.
 */
export async function ingestBody(c: Context, { store, maxBytes, coder, signal }: IngestContext) {
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
  const documents: { id: string; stored: "added" | "existing" }[] = [];
  const skipped: { item: number; error: InputError }[] = [];
  const events = { created: 0, merged: 0 };
  for (let start = 0; start < reports.length; start += INGEST_BATCH) {
    if (signal?.aborted) {
      throw new HttpError(
        503,
        `the server is shutting down: the first ${start} of ${reports.length} documents were stored; send the rest again`,
      );
    }
    const batch = reports.slice(start, start + INGEST_BATCH);
    const coded = await Promise.allSettled(batch.map((report) => coder(report, { publishedAt: published })));
    const good: CodedReport[] = [];
    coded.forEach((result, index) => {
      if (result.status === "fulfilled") good.push(result.value);
      else if (result.reason instanceof InputError) skipped.push({ item: start + index, error: result.reason });
      else throw result.reason;
    });
    const stored = await store.putReports(good);
    const added = new Set(stored.added);
    for (const { document } of good)
      documents.push({ id: document.id, stored: added.has(document.id) ? "added" : "existing" });
    events.created += stored.created;
    events.merged += stored.merged;
    // Lets other requests (/health, reads) in between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  // One document that could not be coded is the client's error, as it was before coding moved off the thread.
  if (reports.length === 1 && skipped[0]) throw skipped[0].error;
  return { documents, events, skipped: skipped.map(({ item, error }) => ({ item, error: error.message })) };
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
