import { createReadStream, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { decodeBytes } from "./decode.js";
import { InputError } from "./errors.js";
import { expandInputs, type InputSource } from "./expand-inputs.js";
import { fetchUrl } from "./fetch-url.js";
import type { RawReport } from "./raw-report.js";
import { readFeed } from "./readers/feed.js";
import { readHtml } from "./readers/html.js";
import { readJsonlLine } from "./readers/jsonl.js";
import { readText } from "./readers/text.js";
import { isJsonlName, sniffForm } from "./sniff.js";

export { EXIT_CODES, InputError } from "./errors.js";
export type { RawReport } from "./raw-report.js";

export interface ReadOptions {
  /** Largest report accepted, in bytes: a file, a page, or one JSON Lines record. Default 10 MB. */
  maxBytes: number;
  /** Timeout for fetching a URL. */
  timeoutMs: number;
  /** Standard input, injectable for tests. */
  stdin?: NodeJS.ReadableStream;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = { maxBytes: 10 * 1024 * 1024, timeoutMs: 20_000 };

/** One report read, or the reason one input (or one line of it) could not be. */
export type ReadResult = { report: RawReport } | { error: InputError };

/**
 * Reads every report the arguments name, one result at a time, so a batch of thousands streams and one bad input
 * is reported without stopping the others.
 * @example for await (const r of readInputs(["report.html", "feed.xml"])) if ("report" in r) console.log(r.report.title)
 */
export async function* readInputs(args: string[], options: Partial<ReadOptions> = {}): AsyncGenerator<ReadResult> {
  const opts = { ...DEFAULT_READ_OPTIONS, ...options };
  for (const source of await expandInputs(args)) {
    if (source instanceof InputError) {
      yield { error: source };
      continue;
    }
    try {
      if (source.kind === "file" && isJsonlName(source.path)) yield* readJsonlFile(source.path, opts);
      else yield* await readWhole(source, opts);
    } catch (error) {
      if (error instanceof InputError) yield { error };
      else
        yield {
          error: new InputError("malformed", describe(source), `could not be read (${(error as Error).message})`),
        };
    }
  }
}

function describe(source: InputSource): string {
  return source.kind === "stdin" ? "(stdin)" : source.kind === "file" ? source.path : source.url;
}

async function readWhole(source: InputSource, opts: ReadOptions): Promise<ReadResult[]> {
  const name = describe(source);
  let bytes: Uint8Array;
  let contentType: string | null = null;
  let charset: string | undefined;
  let url: string | null = null;
  if (source.kind === "url") {
    const page = await fetchUrl(source.url, opts);
    ({ bytes, contentType, charset } = page);
    url = page.finalUrl;
  } else if (source.kind === "file") {
    const size = statSync(source.path).size;
    if (size > opts.maxBytes) {
      throw new InputError(
        "too_large",
        name,
        `the file is ${size} bytes, over the limit of ${opts.maxBytes}; raise --max-bytes to accept it`,
      );
    }
    bytes = await readStream(createReadStream(source.path), name, opts.maxBytes);
  } else {
    bytes = await readStream(opts.stdin ?? process.stdin, name, opts.maxBytes);
  }
  return resultsFromBytes(bytes, name, { contentType, charset, url }, opts);
}

type BytesMeta = { contentType?: string | null; charset?: string; url?: string | null };

/**
 * The reports in bytes already in memory (an upload): all of them, or the first reason one could not be read
 * (thrown as InputError), so a refused upload stores nothing.
 */
export function reportsFromBytes(
  bytes: Uint8Array,
  name: string,
  meta: BytesMeta,
  options: Partial<ReadOptions> = {},
): RawReport[] {
  return resultsFromBytes(bytes, name, meta, options).map((result) => {
    if ("error" in result) throw result.error;
    return result.report;
  });
}

/**
 * The reports in bytes in memory (standard input, a fetched page, an upload): decoded, their form recognised from
 * the content type or the content, then read as text, HTML, a feed or JSON Lines, whose bad lines are results of
 * their own beside the good ones. Throws InputError when the bytes as a whole cannot be read.
 */
function resultsFromBytes(
  bytes: Uint8Array,
  name: string,
  meta: BytesMeta,
  options: Partial<ReadOptions> = {},
): ReadResult[] {
  const opts = { ...DEFAULT_READ_OPTIONS, ...options };
  if (bytes.length > opts.maxBytes)
    throw new InputError("too_large", name, `${bytes.length} bytes, over the limit of ${opts.maxBytes}`);
  const { text, encoding } = decodeBytes(bytes, name, meta.charset);
  const form = sniffForm(text, name, meta.contentType ?? null);
  if (form === "jsonl") return jsonlResults(text, name, opts);
  if (form === "feed") return readFeed(text, name, encoding).map((report) => ({ report }));
  const report = form === "html" ? readHtml(text, name, encoding) : readText(text, name, encoding);
  if (meta.url) report.url ??= meta.url;
  return [{ report }];
}

function jsonlResults(text: string, name: string, opts: ReadOptions): ReadResult[] {
  const results: ReadResult[] = [];
  text.split("\n").forEach((line, index) => {
    if (!line.trim()) return;
    try {
      results.push({ report: readJsonlLine(line, index + 1, name, opts.maxBytes) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      results.push({ error });
    }
  });
  return results;
}

async function* readJsonlFile(path: string, opts: ReadOptions): AsyncGenerator<ReadResult> {
  const lines = createInterface({
    input: createReadStream(path, { encoding: "utf8" }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let lineNumber = 0;
  let seen = 0;
  for await (const rawLine of lines) {
    lineNumber++;
    const line = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, "") : rawLine;
    if (!line.trim()) continue;
    seen++;
    try {
      yield { report: readJsonlLine(line, lineNumber, path, opts.maxBytes) };
    } catch (error) {
      if (error instanceof InputError) yield { error };
      else throw error;
    }
  }
  if (seen === 0) yield { error: new InputError("empty", path, "the JSON Lines file has no documents") };
}

async function readStream(stream: NodeJS.ReadableStream, name: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    if (total > maxBytes) {
      throw new InputError(
        "too_large",
        name,
        `the input is over the limit of ${maxBytes} bytes; raise --max-bytes to accept it`,
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
