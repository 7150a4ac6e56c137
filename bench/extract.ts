/**
 * The extraction figures of `npm run bench` (issue 25): the whole `vigil extract` process on one report and over the
 * corpus on one core (`taskset -c 0`: cold, one first pass, start-up included; and looped until the run lasts the
 * bench's time), the same looped file with `--workers 2` on two cores, the pipeline's steady state in process and
 * on texts it has not seen, chrono-node alone on the same texts in the same run as the reference, the time per byte
 * from 2 KB articles to 6 MB texts, the two hostile texts, and peak RSS.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as chronoEn from "chrono-node/en";
import { defaultSources, processReport, rawReport } from "./product.js";

const root = join(import.meta.dirname, "..");
const PUBLISHED = "2024-08-25";
const MB = 1024 * 1024;

interface Rate {
  documents: number;
  seconds: number;
  docs_per_s: number;
  mb_per_s: number;
}

function rate(documents: number, bytes: number, seconds: number): Rate {
  return {
    documents,
    seconds: Number(seconds.toFixed(2)),
    docs_per_s: Math.round(documents / seconds),
    mb_per_s: Number((bytes / MB / seconds).toFixed(2)),
  };
}

/** Runs `work` over the texts, again and again until `minSeconds` have passed; one pass at least. */
function loop(texts: string[], minSeconds: number, work: (text: string, i: number) => void): Rate {
  const started = performance.now();
  let documents = 0;
  let bytes = 0;
  do {
    for (const text of texts) {
      work(text, documents);
      documents++;
      bytes += Buffer.byteLength(text);
    }
  } while (performance.now() - started < minSeconds * 1000);
  return rate(documents, bytes, (performance.now() - started) / 1000);
}

const sources = defaultSources();
const code = (text: string, i: number) =>
  processReport(
    rawReport({ source: `bench-${i}`, form: "text", text, encoding: "UTF-8", published_at: PUBLISHED }),
    {},
    sources,
  );

/** Linux's taskset, to hold a process to the cores a figure is defined on; elsewhere processes run unpinned. */
const TASKSET = ["/usr/bin/taskset", "/bin/taskset"].find((path) => existsSync(path));

/**
 * One `vigil extract` process over a JSON Lines file, on the cores given (`taskset -c`), timed from outside, with its
 * own peak RSS.
 */
function extractProcess(
  file: string,
  workers: number,
  cores: string,
): { seconds: number; rssMb: number; status: number | null } {
  // (The process reports its own peak RSS on exit: it covers its worker threads, which share it. The script is a
  // file: worker threads inherit node's flags, and "--input-type" would stop them starting.)
  const script = join(mkdtempSync(join(tmpdir(), "vigil-bench-")), "extract.mjs");
  writeFileSync(
    script,
    `process.argv = [process.argv[0], "vigil", ...${JSON.stringify(["extract", file, "--format", "jsonl", "--workers", String(workers)])}];
process.on("exit", () => process.stderr.write("maxrss " + process.resourceUsage().maxRSS + "\\n"));
await import(${JSON.stringify(pathToFileURL(join(root, "bin", "vigil.js")).href)});`,
  );
  const started = performance.now();
  const node = [process.execPath, script];
  const [command, ...args] = TASKSET ? [TASKSET, "-c", cores, ...node] : node;
  const run = spawnSync(command as string, args, {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - started) / 1000;
  const rss = Number(/maxrss (\d+)/.exec(run.stderr)?.[1] ?? 0);
  // (A run that failed would pass for a fast one.)
  if (run.status !== 0)
    throw new Error(`vigil extract --workers ${workers} exited ${run.status}: ${run.stderr.slice(-500)}`);
  return { seconds, rssMb: Math.round(rss / 1024), status: run.status };
}

function jsonl(texts: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "vigil-bench-"));
  const file = join(dir, "corpus.jsonl");
  writeFileSync(
    file,
    texts.map((text, i) => JSON.stringify({ id: `b${i}`, text, published_at: PUBLISHED })).join("\n"),
  );
  return file;
}

/** Texts of at least `bytes` each, made by joining the corpus' texts in turn as paragraphs. */
function textsOf(texts: string[], bytes: number, count: number): string[] {
  const made: string[] = [];
  let next = 0;
  for (let n = 0; n < count; n++) {
    const parts: string[] = [];
    let size = 0;
    while (size < bytes) {
      const text = texts[next++ % texts.length] as string;
      parts.push(text);
      size += Buffer.byteLength(text) + 2;
    }
    made.push(parts.join("\n\n"));
  }
  return made;
}

/** Microseconds per KB of the whole pipeline on texts of one size (after one warm-up text). */
function perByte(texts: string[], minSeconds: number): number {
  code(texts[0] as string, -1);
  const { mb_per_s } = loop(texts, minSeconds, code);
  return Math.round(1e6 / (mb_per_s * 1024));
}

/**
 * The pipeline warmed on half the corpus (twice), then timed once on the other half: the steady state repeats the
 * corpus, whose names the gazetteer has cached by then, which new reports' names are not. (Run before anything else
 * in this process codes a text, so no cache holds the timed half.)
 */
function unseenTexts(texts: string[]): Rate {
  const warm = texts.filter((_, i) => i % 2 === 0);
  const fresh = texts.filter((_, i) => i % 2 === 1);
  for (let pass = 0; pass < 2; pass++) for (const [i, text] of warm.entries()) code(text, i);
  const started = performance.now();
  for (const [i, text] of fresh.entries()) code(text, i);
  const bytes = fresh.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  return rate(fresh.length, bytes, (performance.now() - started) / 1000);
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function hostileSeconds(text: string): { seconds: number; events: number } {
  const started = performance.now();
  const events = code(text, 0).events.length;
  return { seconds: Number(((performance.now() - started) / 1000).toFixed(1)), events };
}

export function benchExtract(texts: string[], minSeconds: number): void {
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  const corpus = jsonl(texts);

  // Cold: a fresh process's first and only pass on one core, loading modules, gazetteer and lexicons included.
  const cold = extractProcess(corpus, 1, "0");
  const coldRate = rate(texts.length, bytes, cold.seconds);
  // One report, as a user first runs it: a fresh process each time, the median of five.
  const single = jsonl(texts.slice(0, 1));
  const oneReport = medianOf(Array.from({ length: 5 }, () => extractProcess(single, 1, "0").seconds));
  // The whole process over the corpus looped until a one-core run lasts the bench's time, then the same file with two
  // worker threads on two cores.
  // (A warm pass takes about a third of the cold one, start-up included.)
  const loops = Math.max(1, Math.ceil((3 * minSeconds) / cold.seconds));
  const looped = jsonl(Array.from({ length: loops }, () => texts).flat());
  const oneCore = extractProcess(looped, 1, "0");
  const twoCores = extractProcess(looped, 2, "0,1");
  const processRate = rate(texts.length * loops, bytes * loops, oneCore.seconds);

  const unseen = unseenTexts(texts);
  code(texts[0] as string, -1);
  const steady = loop(texts, minSeconds, code);
  const reference = new Date(`${PUBLISHED}T12:00:00Z`);
  const chrono = loop(texts, minSeconds, (text) => chronoEn.casual.parse(text, reference));

  console.log(`vigil extract of one report, whole process: ${oneReport.toFixed(2)} s (median of 5; target < 0.5 s)`);
  console.table({
    "vigil extract process, cold first pass, 1 core": coldRate,
    [`vigil extract process, corpus × ${loops}, 1 core`]: processRate,
    "pipeline steady state, 1 core": steady,
    "pipeline on texts it has not seen, warm, 1 core": unseen,
    "chrono-node alone, same texts": chrono,
  });
  console.log(
    `pipeline / chrono-node: ${(processRate.docs_per_s / chrono.docs_per_s).toFixed(2)} (whole process), ` +
      `${(steady.docs_per_s / chrono.docs_per_s).toFixed(2)} (steady state) (target ≥ 0.30, ≥ 1,000 documents/s)`,
  );
  console.log(
    `--workers 2 on two cores vs 1 on one, ${texts.length * loops} documents: ${oneCore.seconds.toFixed(1)} s / ` +
      `${twoCores.seconds.toFixed(1)} s = ${(oneCore.seconds / twoCores.seconds).toFixed(2)}× (target ≥ 1.8×)`,
  );

  const perKb = {
    "2 KB": Math.round(1e6 / (steady.mb_per_s * 1024)),
    "64 KB": perByte(textsOf(texts, 64 * 1024, 8), minSeconds),
    "6 MB": perByte(textsOf(texts, 6 * MB, 1), 0),
  };
  const flatness = Math.max(...Object.values(perKb)) / Math.min(...Object.values(perKb));
  console.log(
    `time per KB: ${Object.entries(perKb)
      .map(([size, us]) => `${size} ${us} µs`)
      .join(", ")} (max/min ${flatness.toFixed(2)}, target ≤ 2)`,
  );
  const village = hostileSeconds("Gunmen attacked a village. ".repeat(Math.ceil((6 * MB) / 27)));
  const figures = hostileSeconds("killed 8,400 ".repeat(300_000));
  console.log(
    `hostile texts: 6 MB of "Gunmen attacked a village." ${village.seconds} s (${village.events} events); ` +
      `300,000 × "killed 8,400" ${figures.seconds} s (${figures.events} events) (target < 10 s each)`,
  );
  console.log(
    `peak RSS: bench ${Math.round(process.resourceUsage().maxRSS / 1024)} MB, extract process ${cold.rssMb} MB (target < 400 MB)`,
  );
}
