/**
 * `npm run bench`: throughput and memory of Vigil's stages on the benchmark corpus of ../shared/eval (the texts of
 * the GeoWebNews and LGL toponym sets, looped until each measure lasts at least 10 s), plus the cold start of the
 * gazetteer and actor lexicon (bench/extract.ts: the whole process, steady state, chrono-node as reference, two
 * workers, time per byte, hostile texts). Falls back to examples/ when ../shared is absent.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { benchApi } from "./api.js";
import { benchBigPost } from "./big-post.js";
import { benchCompare } from "./compare.js";
import { benchExtract } from "./extract.js";
import { benchFleet } from "./fleet.js";
import { benchGazetteerImport } from "./gazetteer-import.js";
import { benchOneEvent } from "./one-event.js";
import { benchStore } from "./store.js";
import { benchWatch } from "./watch.js";

const root = join(import.meta.dirname, "..");
if (process.env.BENCH_ONLY === "fleet") {
  await benchFleet();
  process.exit(0);
}
const sets = join(root, "..", "shared", "eval", "sets");
const MIN_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

function corpus(): { texts: string[]; origin: string } {
  const files = ["toponyms-geowebnews.jsonl", "toponyms-lgl.jsonl"].map((f) => join(sets, f));
  if (files.every(existsSync)) {
    const texts = files.flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { text: string }).text),
    );
    return { texts, origin: "../shared/eval toponym sets" };
  }
  const dir = join(root, "examples", "reports");
  return {
    texts: readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(join(dir, f), "utf8")),
    origin: "examples/reports (../shared absent)",
  };
}

function coldStartMs(): number {
  // A fresh process, so nothing is cached: open the gazetteer and lexicon and resolve one name.
  const script = `const t=performance.now();const {defaultSources}=await import(${JSON.stringify(pathToFileURL(join(root, "dist", "sources", "index.js")).href)});const s=defaultSources();s.gazetteer.candidates("Kaya");s.actors.find("JNIM");console.log(performance.now()-t)`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: root,
    encoding: "utf8",
  });
  return Number(out.trim());
}

const { texts, origin } = corpus();
const meanKb = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / texts.length / 1024;
console.log(
  `corpus: ${texts.length} texts from ${origin}, mean ${meanKb.toFixed(1)} KB; each measure runs >= ${MIN_SECONDS} s on one core`,
);
const cold = coldStartMs();
console.log(`gazetteer + lexicon cold start: ${cold.toFixed(0)} ms (target < 1000 ms)`);
benchExtract(texts, MIN_SECONDS);

if (process.env.BENCH_ONLY === "extract") process.exit(0);
await benchStore();
await benchOneEvent();
await benchApi();
await benchBigPost();
await benchWatch();
await benchCompare();
// (Minutes long: only on request.)
if (process.env.BENCH_GAZETTEER) await benchGazetteerImport();
await benchFleet();
