import type { MiddlewareHandler } from "hono";
import type { Store } from "../store/index.js";

interface Entry {
  version: number;
  status: number;
  type: string;
  body: ArrayBuffer;
}

const MAX_ENTRIES = 500;
const MAX_BYTES = 64 * 1024 * 1024;

/**
 * Caches successful GET responses until the store's version changes (any write, by this server or another process),
 * so repeated dashboard queries cost one version read. Also answers If-None-Match with 304: the ETag is the version.
 */
export function readCache(store: Store): MiddlewareHandler {
  const entries = new Map<string, Entry>();
  let bytes = 0;
  return async (c, next) => {
    // Health reports the fleet (workers alive, queue depth), which moves without the stored data changing.
    if (c.req.method !== "GET" || c.req.path === "/health") return next();
    const version = await store.version();
    const etag = `"v${version}"`;
    if (c.req.header("If-None-Match") === etag) return c.body(null, 304, { ETag: etag });
    const key = c.req.url;
    const hit = entries.get(key);
    if (hit && hit.version === version) {
      entries.delete(key);
      entries.set(key, hit);
      return c.body(hit.body, hit.status as 200, { "Content-Type": hit.type, ETag: etag, "X-Cache": "hit" });
    }
    await next();
    if (c.res.status !== 200) return;
    c.res.headers.set("ETag", etag);
    const type = c.res.headers.get("Content-Type") ?? "";
    // Read beside the client, not before it: a streamed export starts at once and is cached when it ends.
    void c.res
      .clone()
      .arrayBuffer()
      .then((body) => remember(key, { version, status: 200, type, body }))
      .catch(() => undefined);
  };

  function remember(key: string, entry: Entry): void {
    if (entry.body.byteLength > MAX_BYTES / 8) return;
    const old = entries.get(key);
    if (old) bytes -= old.body.byteLength;
    entries.delete(key);
    entries.set(key, entry);
    bytes += entry.body.byteLength;
    for (const [oldest, stale] of entries) {
      if (entries.size <= MAX_ENTRIES && bytes <= MAX_BYTES) break;
      entries.delete(oldest);
      bytes -= stale.body.byteLength;
    }
  }
}
