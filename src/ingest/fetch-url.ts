import { InputError } from "./errors.js";

export const USER_AGENT = "Vigil/0.1 (conflict event extraction; +https://github.com/vigil-events/vigil)";

export interface FetchedPage {
  bytes: Uint8Array;
  contentType: string | null;
  charset: string | undefined;
  finalUrl: string;
  /** Validators for the next conditional request. */
  etag: string | null;
  lastModified: string | null;
  /** True when the server answered 304 Not Modified: `bytes` is then empty. */
  notModified: boolean;
}

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  /** Extra request headers (conditional GET: If-None-Match, If-Modified-Since). */
  headers?: Record<string, string>;
  /** Aborts the request early (a watcher stopping). */
  signal?: AbortSignal;
}

/** An HTTP answer that is not a page: the status, and how long the server asks us to wait (429/503 Retry-After). */
export class HttpStatusError extends InputError {
  constructor(
    url: string,
    readonly status: number,
    readonly retryAfterSeconds: number | null,
  ) {
    super("unreachable", url, `the server answered HTTP ${status}`);
  }
}

/**
 * Fetches a page or feed the user pointed Vigil at, with a timeout, a size cap that stops reading as soon as it is
 * passed, and a User-Agent that says who is asking.
 */
export async function fetchUrl(
  url: string,
  { timeoutMs, maxBytes, headers = {}, signal }: FetchOptions,
): Promise<FetchedPage> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: signal ? AbortSignal.any([AbortSignal.timeout(timeoutMs), signal]) : AbortSignal.timeout(timeoutMs),
      redirect: "follow",
      headers: {
        "user-agent": USER_AGENT,
        accept: "text/html, application/rss+xml, application/atom+xml, application/xml, text/plain;q=0.8, */*;q=0.5",
        ...headers,
      },
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    const reason = cause === "TimeoutError" ? `no answer within ${timeoutMs / 1000} s` : `could not connect (${cause})`;
    throw new InputError("unreachable", url, `${reason}; check the address and your connection`);
  }
  const validators = { etag: response.headers.get("etag"), lastModified: response.headers.get("last-modified") };
  if (response.status === 304) {
    await response.body?.cancel();
    return {
      bytes: new Uint8Array(),
      contentType: null,
      charset: undefined,
      finalUrl: url,
      notModified: true,
      ...validators,
    };
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new HttpStatusError(url, response.status, retryAfter(response.headers.get("retry-after")));
  }
  const declaredLength = Number(response.headers.get("content-length") ?? 0);
  if (declaredLength > maxBytes) {
    await response.body?.cancel();
    throw new InputError(
      "too_large",
      url,
      `the page is ${declaredLength} bytes, over the limit of ${maxBytes}; raise --max-bytes to accept it`,
    );
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of response.body ?? []) {
      total += chunk.byteLength;
      if (total > maxBytes) {
        throw new InputError(
          "too_large",
          url,
          `the page is over the limit of ${maxBytes} bytes; raise --max-bytes to accept it`,
        );
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError("unreachable", url, `the download broke off (${(error as Error).message})`);
  }
  const contentType = response.headers.get("content-type");
  const charset = /charset=["']?([\w-]+)/i.exec(contentType ?? "")?.[1];
  return {
    bytes: Buffer.concat(chunks),
    contentType,
    charset,
    finalUrl: response.url || url,
    notModified: false,
    ...validators,
  };
}

/** Retry-After as seconds, from either of its forms (a number of seconds or an HTTP date). */
function retryAfter(value: string | null): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - Date.now()) / 1000));
}
