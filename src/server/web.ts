import { existsSync, readFileSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import type { OpenAPIHono } from "@hono/zod-openapi";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

/** The pre-built page (`dist/web`, built by Vite): `/` and its hashed assets, which may be cached for good. */
export function serveWebPage(app: OpenAPIHono, root: string): void {
  const index = join(root, "index.html");
  app.get("/", (c) => {
    if (!existsSync(index)) return c.json({ error: "the web page is not built: run `npm run build`" }, 404);
    return c.html(readFileSync(index, "utf8"));
  });
  app.get("/assets/*", (c) => {
    const path = normalize(join(root, c.req.path));
    if (!path.startsWith(join(root, "assets")) || !existsSync(path)) return c.json({ error: "no such asset" }, 404);
    c.header("Content-Type", TYPES[extname(path)] ?? "application/octet-stream");
    c.header("Cache-Control", "public, max-age=31536000, immutable");
    return c.body(readFileSync(path));
  });
}
