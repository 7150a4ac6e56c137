import { createHash } from "node:crypto";
import { decodeBytes } from "../ingest/decode.js";
import { fetchUrl, HttpStatusError } from "../ingest/fetch-url.js";
import { InputError, type RawReport, reportsFromBytes } from "../ingest/index.js";
import { readHtml } from "../ingest/readers/html.js";
import { processReport } from "../pipeline/index.js";
import { type CodedReport, type FeedState, type Store, StoreError } from "../store/index.js";
import type { Coder } from "../worker/coding-pool.js";
import type { FeedConfig } from "./config.js";

export interface PollOptions {
  timeoutMs: number;
  maxBytes: number;
  now?: () => number;
  /** Codes an item; a CodingPool's `code` keeps the watcher's event loop free (default: on this thread). */
  coder?: Coder;
  /** Aborted when the watcher stops: requests in flight end at once, and the feed is due again on restart. */
  signal?: AbortSignal;
}

/** Called with the events new items are part of, before the items are marked seen: a crash in between repeats it. */
export type OnStored = (eventIds: string[]) => Promise<void>;

export interface PollResult {
  feed: string;
  items: number;
  fresh: number;
  events: string[];
  error: string | null;
  /** Items that could not be coded (empty, or over the budget for one document): skipped, and not tried again. */
  skipped: string[];
  notModified: boolean;
  /** When the feed is due again (ms since the epoch): its interval, or its back-off after a failure. */
  nextPollAt: number;
}

/** Longest wait between polls of a failing feed. */
const MAX_BACKOFF_MS = 60 * 60 * 1000;
/** An article page with less text than this is a teaser or a wall; the item's own text is kept instead. */
const MIN_ARTICLE_CHARS = 200;

/**
 * Polls one feed once: a conditional GET, the items not seen before (by guid or by link, so a feed that renumbers
 * its items does not repeat them), each item's article page through the HTML reader (the item's own text when the
 * page fails), the pipeline and the store. Failures back the feed off exponentially with jitter, or as long as the
 * server's Retry-After asks; they never throw.
 */
export async function pollFeed(
  feed: FeedConfig,
  store: Store,
  options: PollOptions,
  onStored: OnStored = async () => {},
): Promise<PollResult> {
  const now = options.now ?? Date.now;
  const state: FeedState = (await store.getFeedState(feed.url)) ?? {
    url: feed.url,
    etag: null,
    last_modified: null,
    failures: 0,
    next_poll_at: new Date(0).toISOString(),
    last_error: null,
    polled_at: null,
  };
  const result: PollResult = {
    feed: feed.url,
    items: 0,
    fresh: 0,
    events: [],
    error: null,
    skipped: [],
    notModified: false,
    nextPollAt: 0,
  };
  try {
    const headers: Record<string, string> = {};
    if (state.etag) headers["if-none-match"] = state.etag;
    if (state.last_modified) headers["if-modified-since"] = state.last_modified;
    const page = await fetchUrl(feed.url, { ...options, headers });
    if (page.notModified) result.notModified = true;
    else {
      const items = reportsFromBytes(
        page.bytes,
        feed.url,
        { contentType: page.contentType, charset: page.charset },
        options,
      );
      result.items = items.length;
      const fresh = await freshItems(store, feed.url, items);
      result.fresh = fresh.length;
      if (fresh.length) {
        const reports = await Promise.all(fresh.map(({ item }) => withArticle(item, feed, options)));
        const coded = await codeEach(reports, options.coder ?? onThisThread, result.skipped);
        const stored = await store.putReports(coded);
        result.events = stored.events;
        await onStored(stored.events);
        await store.markSeen(
          feed.url,
          fresh.flatMap(({ keys }) => keys),
        );
      }
      state.etag = page.etag;
      state.last_modified = page.lastModified;
    }
    state.failures = 0;
    state.last_error = null;
    state.next_poll_at = new Date(now() + feed.interval).toISOString();
  } catch (error) {
    result.error = (error as Error).message;
    if (options.signal?.aborted) {
      // Our stop, not the feed's failure: no back-off, and the next run polls it first.
      result.error = "stopped before the feed answered";
      state.polled_at = new Date(now()).toISOString();
      await store.saveFeedState(state);
      return { ...result, nextPollAt: Date.parse(state.next_poll_at) };
    }
    state.failures += 1;
    state.last_error = result.error;
    const backoff = Math.min(MAX_BACKOFF_MS, feed.interval * 2 ** (state.failures - 1)) * (0.8 + Math.random() * 0.4);
    const asked =
      error instanceof HttpStatusError && error.retryAfterSeconds !== null ? error.retryAfterSeconds * 1000 : 0;
    state.next_poll_at = new Date(now() + Math.max(backoff, asked)).toISOString();
    if (error instanceof StoreError) throw error;
    if (!(error instanceof InputError)) result.error = `unexpected: ${result.error}`;
  }
  state.polled_at = new Date(now()).toISOString();
  await store.saveFeedState(state);
  result.nextPollAt = Date.parse(state.next_poll_at);
  return result;
}

const onThisThread: Coder = async (report) => processReport(report);

/** Codes every report; one that cannot be coded is skipped (its reason kept), never failing the others. */
async function codeEach(reports: RawReport[], coder: Coder, skipped: string[]): Promise<CodedReport[]> {
  const results = await Promise.allSettled(reports.map((report) => coder(report)));
  return results.flatMap((result) => {
    if (result.status === "fulfilled") return [result.value];
    if (!(result.reason instanceof InputError)) throw result.reason;
    skipped.push(result.reason.message);
    return [];
  });
}

/** The items not seen before, each with every key it is known by (guid, link, content). */
async function freshItems(store: Store, feedUrl: string, items: RawReport[]) {
  const keyed = items.map((item) => ({ item, keys: itemKeys(item) }));
  const unseen = new Set(
    await store.unseenItems(
      feedUrl,
      keyed.flatMap(({ keys }) => keys),
    ),
  );
  // An item is new only when none of its keys was seen: a renumbered item keeps its link.
  return keyed.filter(({ keys }) => keys.every((key) => unseen.has(key)));
}

/** Every key an item is known by: its text's hash, and its guid and link when it has them. */
export function itemKeys(item: RawReport): string[] {
  const keys = [
    `text:${createHash("sha1")
      .update(`${item.title ?? ""}\n${item.text}`)
      .digest("hex")}`,
  ];
  if (item.input_id) keys.push(`id:${item.input_id}`);
  if (item.url) keys.push(`link:${item.url}`);
  return keys;
}

/** The item with its article page's text when the page has more to say (the item itself when not, or when it fails). */
export async function withArticle(item: RawReport, feed: FeedConfig, options: PollOptions): Promise<RawReport> {
  const base = { ...item, language: feed.language ?? item.language };
  if (!item.url) return base;
  try {
    const page = await fetchUrl(item.url, options);
    const { text, encoding } = decodeBytes(page.bytes, item.url, page.charset);
    const article = readHtml(text, item.url, encoding);
    if (article.text.length < MIN_ARTICLE_CHARS || article.text.length < item.text.length) return base;
    return {
      ...base,
      form: "html",
      text: article.text,
      encoding,
      author: article.author ?? item.author,
      published_at: item.published_at ?? article.published_at,
      asides: [...item.asides, ...article.asides],
    };
  } catch {
    return base;
  }
}
