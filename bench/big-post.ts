/**
 * One POST /documents of 10,000 short reports (about 1 MB of JSON) to `vigil serve` in its own process, with
 * /health asked every 100 ms meanwhile. Targets: the upload answered within 60 s, /health always within 0.5 s.
 * `node --import tsx bench/big-post.ts` runs it alone.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const REPORTS = Number(process.env.BENCH_BIG_POST ?? 10_000);
const TOWNS = ["Djibo", "Dori", "Kaya", "Gao", "Mopti", "Menaka", "Diffa", "Tillaberi", "Kidal", "Arbinda"];
const TOKEN = "bench-token";

export async function benchBigPost(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "vigil-bench-post-"));
  const server = spawn(
    process.execPath,
    [join(import.meta.dirname, "..", "bin", "vigil.js"), "serve", "--db", join(dir, "vigil.db"), "--port", "0"],
    { stdio: ["ignore", "pipe", "ignore"], env: { ...process.env, VIGIL_TOKEN: TOKEN } },
  );
  try {
    const url = await new Promise<string>((resolve) =>
      server.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString().trim().replace(/\/$/, ""))),
    );
    const body = JSON.stringify(
      Array.from({ length: REPORTS }, (_, i) => ({
        text: `Gunmen killed ${3 + (i % 20)} civilians in ${TOWNS[i % TOWNS.length]} on Monday, report ${i} said.`,
        published_at: `2024-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
      })),
    );
    const started = performance.now();
    let done = false;
    const upload = fetch(`${url}/documents`, {
      method: "POST",
      headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
      body,
    }).then(async (response) => {
      done = true;
      return { status: response.status, text: await response.text() };
    });
    let slowest = 0;
    while (!done) {
      const asked = performance.now();
      await (await fetch(`${url}/health`)).text();
      slowest = Math.max(slowest, performance.now() - asked);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const { status } = await upload;
    console.log(
      `POST /documents of ${REPORTS} reports (${(body.length / 1e6).toFixed(1)} MB): ${status} after ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s (target < 60 s); /health at worst ` +
        `${slowest.toFixed(0)} ms meanwhile (target < 500 ms)`,
    );
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchBigPost();
