/**
 * `npm run eval`: runs every scorer of ../shared/eval on its dev set against this checkout's `vigil` and prints one
 * line per metric, the figures the README's accuracy table is kept from. Needs ../shared (it says so if absent).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const evalDir = join(root, "..", "shared", "eval");
if (!existsSync(evalDir)) {
  console.error(`eval: ${evalDir} not found; the evaluation data lives in ../shared/eval beside the project`);
  process.exit(1);
}
const vigil = `node ${join(root, "bin", "vigil.js")}`;
const runs: [string, string[]][] = [
  ["ACLED notes", ["score.mjs", "--set", "sets/acled-notes.jsonl"]],
  ["CASE 2021 snippets", ["score.mjs", "--set", "sets/case-subtypes.jsonl"]],
  ["news (en), extract", ["score-news.mjs", "extract", "--lang", "en"]],
  ["news (all), extract", ["score-news.mjs", "extract"]],
  ["news (en), merge", ["score-news.mjs", "merge", "--lang", "en"]],
  ["news (all), merge", ["score-news.mjs", "merge"]],
  ["GeoWebNews toponyms", ["score.mjs", "--set", "sets/toponyms-geowebnews.jsonl"]],
  ["LGL toponyms", ["score.mjs", "--set", "sets/toponyms-lgl.jsonl"]],
  ["TempEval-3 dates", ["score.mjs", "--set", "sets/dates-tempeval3.jsonl"]],
];
for (const [name, args] of runs) {
  console.log(`== ${name}`);
  const output = execFileSync(process.execPath, [...args, "--vigil", vigil], {
    cwd: evalDir,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    stdio: ["ignore", "pipe", "ignore"],
  });
  console.log(
    output
      .split("\n")
      .filter((line) => /^\s+\w/.test(line))
      .join("\n"),
  );
}
