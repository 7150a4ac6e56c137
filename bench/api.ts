/**
 * The HTTP API under load: `vigil serve` in its own process on a synthetic store of 100,000 events, and
 * autocannon over loopback asking `GET /events?country=…` (first page of 50 with sources) for 10 s with 10
 * connections. Targets: >= 2,000 requests/s, p95 < 20 ms.
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { openStore } from "./product.js";
import { buildStore, COUNTRIES, random } from "./store.js";

const EVENTS = 100_000;

export async function benchApi(): Promise<void> {
  const path = join(tmpdir(), `vigil-bench-api-${process.pid}.db`);
  await (await openStore(path)).close();
  buildStore(path, random(7), EVENTS);
  const server = spawn(
    process.execPath,
    [join(import.meta.dirname, "..", "bin", "vigil.js"), "serve", "--db", path, "--port", "0"],
    {
      stdio: ["ignore", "pipe", "ignore"],
    },
  );
  try {
    const url = await new Promise<string>((resolve, reject) => {
      server.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString().trim().replace(/\/$/, "")));
      server.once("exit", (code) => reject(new Error(`vigil serve exited with ${code}`)));
    });
    // Dashboards repeat queries (served from the read cache until the store changes); a fresh query misses it.
    for (const [label, query] of [
      ["30 countries, repeated", (i: number) => `/events?country=${COUNTRIES[i % COUNTRIES.length]?.iso3}`],
      // An unknown parameter is ignored by the API but makes every URL new to the cache: the same work each time.
      [
        "no cache: a new URL each request",
        (i: number) => `/events?country=${COUNTRIES[i % COUNTRIES.length]?.iso3}&request=${i}`,
      ],
    ] as const) {
      let i = 0;
      const result = await autocannon({
        url,
        connections: 10,
        duration: Number(process.env.BENCH_API_SECONDS ?? 10),
        requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: query(i++) }) }],
      });
      console.log(
        `API GET /events?country=… (${label}) on ${EVENTS.toLocaleString("en")} events, 10 connections: ` +
          `${Math.round(result.requests.average)} requests/s, latency p50 ${result.latency.p50} ms, ` +
          `p97.5 ${result.latency.p97_5} ms, ${result.non2xx} errors (targets >= 2,000 requests/s, p95 < 20 ms)`,
      );
    }
  } finally {
    server.kill();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  }
}
