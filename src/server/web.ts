import { existsSync, readFileSync, statSync } from "node:fs";
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
    // "/assets/", "/assets/." and "/assets/%2e" name the folder itself, which is no asset.
    if (!path.startsWith(join(root, "assets", "/")) || !isFile(path)) return c.json({ error: "no such asset" }, 404);
    c.header("Content-Type", TYPES[extname(path)] ?? "application/octet-stream");
    c.header("Cache-Control", "public, max-age=31536000, immutable");
    return c.body(readFileSync(path));
  });
}

/** False for folders, missing files and paths no file can have (a NUL byte). */
function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}
