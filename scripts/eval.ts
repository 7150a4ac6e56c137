/**
 * `npm run eval`: runs every scorer of ../shared/eval against this checkout's `vigil` and prints each metric of a
 * tuning set beside the same metric on its check set (new reports of the same kind, scored for numbers only), the
 * figures the README's accuracy table is kept from. `--json FILE` writes them all. Needs ../shared (it says so if
 * absent).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const evalDir = join(root, "..", "shared", "eval");
if (!existsSync(evalDir)) {
  console.error(`eval: ${evalDir} not found; the evaluation data lives in ../shared/eval beside the project`);
  process.exit(1);
}
const vigil = `node ${join(root, "bin", "vigil.js")}`;
const scratch = mkdtempSync(join(tmpdir(), "vigil-eval-"));

/** A scorer's run: its arguments, and the check set that measures the same thing on reports nobody tuned on. */
interface Run {
  name: string;
  args: string[];
  check?: string[];
}

const RUNS: Run[] = [
  {
    name: "ACLED notes",
    args: ["score.mjs", "--set", "sets/acled-notes.jsonl"],
    check: ["score.mjs", "--set", "sets/check/acled-notes.jsonl"],
  },
  { name: "ACLED notes, more countries", args: ["score.mjs", "--set", "sets/acled-notes-more.jsonl"] },
  { name: "ACLED notes, Sahel (check only)", args: ["score.mjs", "--set", "sets/check/acled-notes-sahel.jsonl"] },
  {
    name: "CASE 2021 snippets",
    args: ["score.mjs", "--set", "sets/case-subtypes.jsonl"],
    check: ["score.mjs", "--set", "sets/check/case-subtypes.jsonl"],
  },
  {
    name: "TempEval-3 dates",
    args: ["score.mjs", "--set", "sets/dates-tempeval3.jsonl"],
    check: ["score.mjs", "--set", "sets/check/dates-tempeval3.jsonl"],
  },
  { name: "news (en), extract", args: ["score-news.mjs", "extract", "--lang", "en"] },
  { name: "news (all), extract", args: ["score-news.mjs", "extract"] },
  { name: "news (all), merge", args: ["score-news.mjs", "merge"] },
  { name: "GeoWebNews toponyms", args: ["score.mjs", "--set", "sets/toponyms-geowebnews.jsonl"] },
  { name: "LGL toponyms", args: ["score.mjs", "--set", "sets/toponyms-lgl.jsonl"] },
];

/** One scorer's metrics, read from the JSON file it writes. */
function score(args: string[], label: string): Record<string, number> {
  const file = join(scratch, `${label}.json`);
  execFileSync(process.execPath, [...args, "--vigil", vigil, "--json", file], {
    cwd: evalDir,
    maxBuffer: 1 << 28,
    stdio: ["ignore", "ignore", "ignore"],
  });
  return JSON.parse(readFileSync(file, "utf8"));
}

const format = (value: number | undefined) =>
  value === undefined ? "" : Number.isInteger(value) ? String(value) : value.toFixed(3);

const outFile = process.argv.includes("--json") ? process.argv[process.argv.indexOf("--json") + 1] : undefined;
const all: Record<string, { tuning: Record<string, number>; check?: Record<string, number> }> = {};
for (const [index, run] of RUNS.entries()) {
  process.stderr.write(`eval: ${index + 1}/${RUNS.length} ${run.name}\n`);
  const tuning = score(run.args, `${index}-tuning`);
  const check = run.check ? score(run.check, `${index}-check`) : undefined;
  all[run.name] = check ? { tuning, check } : { tuning };
  console.log(`== ${run.name}${check ? "  (tuning / check)" : ""}`);
  for (const [metric, value] of Object.entries(tuning))
    console.log(
      `  ${metric.padEnd(38)} ${format(value).padStart(7)}${check ? `  ${format(check[metric]).padStart(7)}` : ""}`,
    );
}
if (outFile) writeFileSync(outFile, JSON.stringify(all, null, 2));
