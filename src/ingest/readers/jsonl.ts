import { z } from "zod";
import { InputError } from "../errors.js";
import { namesNoDay, normalizePublishedAt } from "../published-date.js";
import { type RawReport, rawReport } from "../raw-report.js";

const optionalText = z.string().nullish();
const JsonlDocumentSchema = z.object({
  text: z.string(),
  id: z.union([z.string(), z.number()]).nullish(),
  url: optionalText,
  title: optionalText,
  published_at: optionalText,
  language: optionalText,
});

/**
 * Reads one line of a JSON Lines file of documents (`{"text": ..., "id"?, "url"?, "title"?, "published_at"?,
 * "language"?}`). A bad line is an error for that line alone; the caller goes on with the next.
 */
export function readJsonlLine(line: string, lineNumber: number, source: string, maxChars: number): RawReport {
  const where = `${source}:${lineNumber}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    throw new InputError(
      "malformed",
      where,
      `not valid JSON (${(error as Error).message}); each line must be one JSON object`,
    );
  }
  return readJsonDocument(parsed, { source, where }, maxChars);
}

/**
 * Reads one document already parsed from JSON, a line of a JSON Lines file or an item of a JSON body POSTed to the
 * API: the same shape for both (optional fields may be null, a month or a year alone is no publication day).
 * `where` names the document in errors ("feed.jsonl:3", "POST /documents item 2").
 */
export function readJsonDocument(
  parsed: unknown,
  { source, where }: { source: string; where: string },
  maxChars: number,
): RawReport {
  const result = JsonlDocumentSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new InputError(
      "malformed",
      where,
      `field "${issue?.path.join(".") || "(document)"}": ${issue?.message}; each document is an object with a "text" string`,
    );
  }
  const record = result.data;
  if (record.text.trim() === "") throw new InputError("empty", where, `"text" is empty`);
  if (record.text.length > maxChars) {
    throw new InputError(
      "too_large",
      where,
      `"text" has ${record.text.length} characters, over the limit of ${maxChars}; raise --max-bytes to accept it`,
    );
  }
  if (record.published_at && !normalizePublishedAt(record.published_at) && !namesNoDay(record.published_at)) {
    throw new InputError(
      "malformed",
      where,
      `"published_at" is not a date (${JSON.stringify(record.published_at)}); use YYYY-MM-DD or ISO 8601`,
    );
  }
  return rawReport({
    source,
    form: "jsonl",
    text: record.text,
    encoding: "UTF-8",
    input_id: record.id == null ? null : String(record.id),
    url: record.url ?? null,
    title: record.title ?? null,
    published_at: normalizePublishedAt(record.published_at),
    language: record.language ?? null,
  });
}
