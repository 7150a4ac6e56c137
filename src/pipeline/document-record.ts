import { createHash } from "node:crypto";
import type { CleanText } from "../clean/index.js";
import { attachmentDate, guessLanguage } from "../clean/index.js";
import { InputError, type RawReport } from "../ingest/index.js";
import type { DocumentRecord } from "../model/index.js";

/**
 * A document's id is a hash of its text with case, accents' composition and white space folded, so the same
 * report read twice (or reposted with other line breaks) is one document.
 * @example documentId("Attack  in\nKaya") === documentId("attack in kaya")
 */
export function documentId(text: string): string {
  const normalized = text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  return `doc_${createHash("sha256").update(normalized).digest("hex").slice(0, 24)}`;
}

export interface DocumentOptions {
  /** `--published`: used when the report itself gives no date. */
  publishedAt?: string | null;
}

export function buildDocument(report: RawReport, clean: CleanText, options: DocumentOptions = {}): DocumentRecord {
  if (!clean.text) {
    throw new InputError(
      "empty",
      report.source,
      "nothing is left once links and forum furniture are set aside; there is no report text",
    );
  }
  const guess = guessLanguage(clean.text);
  const fromInput = report.published_at;
  const fromAttachment = fromInput || options.publishedAt ? null : attachmentDate(clean.asides);
  const publishedAtSource = fromInput
    ? report.form === "jsonl"
      ? "input"
      : "metadata"
    : options.publishedAt
      ? "option"
      : fromAttachment
        ? "attachment"
        : "none";
  return {
    id: documentId(clean.text),
    input_id: report.input_id,
    source: report.source,
    form: report.form,
    url: webLink(report.url),
    title: report.title,
    author: report.author,
    published_at: fromInput ?? options.publishedAt ?? fromAttachment,
    published_at_source: publishedAtSource,
    language: report.language ?? guess.language,
    language_confidence: report.language ? 1 : guess.confidence,
    language_reliable: report.language ? true : guess.reliable,
    encoding: report.encoding,
    text: clean.text,
    asides: clean.asides,
  };
}

/**
 * A source's link, kept only when it is a web address: a `javascript:` or `data:` URL given by a client or a feed's
 * `<link>` would run script in the page that lists the event's sources.
 */
function webLink(url: string | null): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}
