/**
 * Bundles the compiled CLI and its coding worker (dist/cli/main.js, dist/worker/coding-worker.js) into
 * dist/bundle, which bin/vigil.js runs. Node 20 has no compile cache, and loading some 440 ES modules one by one
 * (resolving, reading and linking each) was most of a one-report run; one bundle, split only where the code
 * imports lazily (the server, the feed fleet, PostgreSQL), starts in a fraction of that. Part of `npm run build`.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const root = join(import.meta.dirname, "..");
const started = performance.now();
rmSync(join(root, "dist", "bundle"), { recursive: true, force: true });
await build({
  entryPoints: [join(root, "dist", "cli", "main.js"), join(root, "dist", "worker", "coding-worker.js")],
  outdir: join(root, "dist", "bundle"),
  // (Side by side, as in dist/worker: the pool starts "./coding-worker.js" beside its own module.)
  entryNames: "[name]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // (Native code, and what a package finds beside itself on disk at run time, stay outside.)
  external: ["better-sqlite3", "pg-native"],
  // Bundled CommonJS packages call require; an ES module has none unless given one.
  banner: {
    js: "import { createRequire as vigilCreateRequire } from 'node:module'; const require = vigilCreateRequire(import.meta.url);",
  },
  logLevel: "warning",
});
console.log(`bundle: dist/bundle (${((performance.now() - started) / 1000).toFixed(1)} s)`);
