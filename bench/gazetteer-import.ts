/**
 * `vigil gazetteer import` of an allCountries-sized file: 12 million GeoNames rows (about 1.5 GB unzipped), made up
 * at bench time in a temporary folder as `allCountries.zip` with GeoNames' columns and a mix of feature classes like
 * the real dump's (about four rows in ten are populated places or admin areas, the kinds Vigil keeps; a quarter have
 * alternate names). Target: well under 10 minutes on one core and under 1 GB of memory (peak RSS of the import's
 * process). The import's CPU time is printed beside its wall time: on a busy machine the two part. Takes minutes, so it runs only with BENCH_GAZETTEER=1 (BENCH_GAZETTEER_ROWS for another size);
 * `node --import tsx bench/gazetteer-import.ts` runs it alone.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import yazl from "yazl";

const ROWS = Number(process.env.BENCH_GAZETTEER_ROWS ?? 12_000_000);
const SYLLABLES = ["ka", "lo", "be", "yei", "ma", "ra", "tou", "ni", "sa", "go", "di", "ba", "mbo", "kro", "za", "wu"];
/** Feature class and code of each tenth of the rows, roughly as in allCountries. */
const KINDS = [
  ["P", "PPL"],
  ["P", "PPL"],
  ["P", "PPL"],
  ["P", "PPLX"],
  ["A", "ADM4"],
  ["H", "STM"],
  ["H", "WLL"],
  ["T", "HLL"],
  ["S", "SCH"],
  ["L", "LCTY"],
] as const;

/** A deterministic pseudo-random generator (mulberry32), so every run imports the same rows. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function* rows(count: number): Generator<string> {
  const next = random(42);
  const word = () => {
    const parts = 2 + Math.floor(next() * 3);
    let name = "";
    for (let i = 0; i < parts; i++) name += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    return name[0]?.toUpperCase() + name.slice(1);
  };
  let lines: string[] = [];
  for (let id = 1; id <= count; id++) {
    const name = next() < 0.2 ? `${word()} ${word()}` : word();
    const alternates = next() < 0.3 ? Array.from({ length: 1 + Math.floor(next() * 8) }, word).join(",") : "";
    const [fclass, fcode] = KINDS[id % KINDS.length] ?? KINDS[0];
    const lat = (next() * 140 - 60).toFixed(5);
    const lon = (next() * 360 - 180).toFixed(5);
    const population = next() < 0.1 ? Math.floor(next() * 50_000) : 0;
    lines.push(
      [
        id + 10_000_000,
        name,
        name,
        alternates,
        lat,
        lon,
        fclass,
        fcode,
        "ZZ",
        "",
        String(1 + (id % 30)).padStart(2, "0"),
        String(id % 200),
        "",
        "",
        population,
        "",
        Math.floor(next() * 900),
        "Africa/Ouagadougou",
        "2025-11-19",
      ].join("\t"),
    );
    if (lines.length === 10_000) {
      yield `${lines.join("\n")}\n`;
      lines = [];
    }
  }
  if (lines.length) yield `${lines.join("\n")}\n`;
}

/** Writes the made-up dump as a zip of one entry, as GeoNames serves allCountries.zip; its unzipped size. */
async function writeZip(path: string): Promise<number> {
  let bytes = 0;
  const zip = new yazl.ZipFile();
  const text = Readable.from(
    (function* () {
      for (const chunk of rows(ROWS)) {
        bytes += Buffer.byteLength(chunk);
        yield chunk;
      }
    })(),
  );
  zip.addReadStream(text, "allCountries.txt", { compress: true });
  zip.end();
  await new Promise<void>((done, fail) =>
    zip.outputStream
      .pipe(createWriteStream(path))
      .on("close", () => done())
      .on("error", fail),
  );
  return bytes;
}

export async function benchGazetteerImport(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "vigil-bench-gazetteer-"));
  try {
    const zip = join(dir, "allCountries.zip");
    const unzipped = await writeZip(zip);
    const cli = pathToFileURL(join(import.meta.dirname, "..", "dist", "cli", "main.js")).href;
    // (In its own process, so its peak RSS is the import's alone.)
    const script = `const { main } = await import(${JSON.stringify(cli)}); const t = performance.now();
      const code = await main(["node", "vigil", "gazetteer", "import", ${JSON.stringify(zip)}, "--gazetteer", ${JSON.stringify(join(dir, "layer.sqlite"))}]);
      const u = process.resourceUsage();
      console.log(JSON.stringify({ code, seconds: (performance.now() - t) / 1000, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, rss: u.maxRSS / 1024 }));`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    const last = run.stdout.trim().split("\n").at(-1) ?? "{}";
    const { code, seconds, cpu, rss } = JSON.parse(last) as { code: number; seconds: number; cpu: number; rss: number };
    console.log(
      `gazetteer import of ${ROWS.toLocaleString("en")} rows (${(unzipped / 1e9).toFixed(2)} GB unzipped, zip ${(statSync(zip).size / 1e6).toFixed(0)} MB): ` +
        `exit ${code}, ${(seconds / 60).toFixed(1)} min (${(cpu / 60).toFixed(1)} min of CPU), peak RSS ${Math.round(rss)} MB (targets < 10 min, < 1024 MB); ` +
        `layer file ${(statSync(join(dir, "layer.sqlite")).size / 1e9).toFixed(2)} GB`,
    );
    if (code !== 0) console.log(run.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await benchGazetteerImport();
