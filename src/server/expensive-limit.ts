import type { MiddlewareHandler } from "hono";
import { HttpError } from "./http-error.js";

export interface ExpensiveLimitOptions {
  /** Expensive requests served at once to clients without the token (default 2). */
  concurrent?: number;
  /** Seconds a refused client is asked to wait (default 5). */
  retryAfterSeconds?: number;
  /** Whether the request carries the server's token: such clients are not limited. */
  trusted(authorization: string | undefined): boolean;
}

/**
 * At most `concurrent` expensive requests (exports, ACLED reads) at once from clients without the token; one more
 * is answered 429 with Retry-After. A slot is held until the response body has been produced, not only until the
 * handler returns: exports stream. Cached answers never get here (the read cache runs first).
 */
export function expensiveLimit(options: ExpensiveLimitOptions): MiddlewareHandler {
  const concurrent = options.concurrent ?? 2;
  const retryAfter = options.retryAfterSeconds ?? 5;
  let open = 0;
  return async (c, next) => {
    if (options.trusted(c.req.header("Authorization"))) return next();
    if (open >= concurrent) {
      c.header("Retry-After", String(retryAfter));
      throw new HttpError(
        429,
        `${open} exports are being produced for clients without the token; try again in ${retryAfter} s`,
      );
    }
    open++;
    let released = false;
    const release = () => {
      if (!released) open--;
      released = true;
    };
    try {
      await next();
    } catch (error) {
      release();
      throw error;
    }
    const body = c.res.body;
    if (!body) return release();
    const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>({ flush: release });
    body.pipeTo(writable).catch(release);
    c.res = new Response(readable, c.res);
  };
}
