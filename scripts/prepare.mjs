// `npm prepare`: builds the project (`npm run build`) unless the last build is newer than everything it is built from.
// npm runs `prepare` after `npm ci` in a checkout, which must build, but also each time a tool installs the checkout
// as a link: the first `npx vigil` in a fresh clone did, and rebuilt everything `npm ci` had just built (a minute
// and more, mostly the gazetteer). Plain JavaScript, as it runs before anything else is known to work.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const stamp = join(root, "dist", ".built");
/** What the build reads: the sources, the web page, the gazetteer's and boundaries' data and scripts, the settings and locked deps. */
const INPUTS = [
  "src",
  "web",
  "data/geonames",
  "data/admin-names",
  "data/boundaries/admin1.json.gz",
  "scripts/build-gazetteer.ts",
  "scripts/build-boundaries.ts",
  "scripts/bundle.ts",
  "package.json",
  "package-lock.json",
];
const OUTPUTS = [
  "dist/cli/main.js",
  "dist/bundle/main.js",
  "dist/web/index.html",
  "data/gazetteer.sqlite",
  "data/boundaries/admin1.packed",
];

/** The newest modification time under a path (a file, or a folder walked whole). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path))
    if (entry !== "node_modules") latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const built = existsSync(stamp) && OUTPUTS.every((output) => existsSync(join(root, output)));
const stale = !built || INPUTS.some((input) => newest(join(root, input)) > statSync(stamp).mtimeMs);
if (stale) {
  execSync("npm run build", { cwd: root, stdio: "inherit" });
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
} else console.error("vigil: the build is newer than its sources; not rebuilt (delete dist/.built to force it)");
