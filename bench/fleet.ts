/**
 * A fleet of `vigil worker` processes on PostgreSQL (VIGIL_TEST_POSTGRES, a role that may create databases): a
 * loopback feed server (its own process) holds 30 feeds of 20 items; with 1, 2 and 3 workers on a fresh database,
 * the time from the workers' start to the last item stored gives items/s. Then, with three workers polling every
 * second, one new item per feed is published and the time to its storing is measured (freshness lag p50/p95).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

const FEEDS = 30;
const ITEMS = 20;
const TOWNS = ["Djibo", "Dori", "Kaya", "Gao", "Mopti", "Tillaberi", "Maiduguri", "Kidal", "Menaka", "Diffa"];
const root = join(import.meta.dirname, "..");

// The feed server, as a script for a child process: it must not share the workers' cores with the bench's loop.
const SERVER = `
const http = require("node:http");
const towns = ${JSON.stringify(TOWNS)};
const added = [];
const item = (feed, n, at) => {
  const town = towns[n % towns.length];
  const day = new Date(Date.UTC(2023, 0, 1 + n, 6));
  return "<item><title>Attack near " + town + " " + feed + "-" + n + "</title><guid>" + feed + "-" + n + "</guid><pubDate>" +
    new Date(at).toUTCString() + "</pubDate><description>Gunmen attacked a village near " + town + " on " +
    day.toISOString().slice(0, 10) + ", killing " + (2 + (n % 30)) + " civilians, local officials said.</description></item>";
};
http.createServer((req, res) => {
  if (req.method === "POST") { added.push(Date.now()); res.end(String(added.at(-1))); return; }
  const feed = Number(/feed(\\d+)/.exec(req.url)[1]);
  let body = "";
  for (let i = 0; i < ${ITEMS}; i++) body += item(feed, feed * 1000 + i, Date.UTC(2023, 0, 1));
  added.forEach((at, k) => { body += item(feed, feed * 1000 + 500 + k, at).replace("<guid>", "<guid>new-"); });
  res.writeHead(200, { "content-type": "application/rss+xml" });
  res.end('<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>' + body + "</channel></rss>");
}).listen(0, "127.0.0.1", function () { console.log(this.address().port); });
`;

export async function benchFleet(): Promise<void> {
  const admin = process.env.VIGIL_TEST_POSTGRES;
  if (!admin) {
    console.log("fleet: skipped: set VIGIL_TEST_POSTGRES to a PostgreSQL URL (scripts/start-test-postgres.sh)");
    return;
  }
  const server = spawn(process.execPath, ["-e", SERVER], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const port = await new Promise<string>((resolve) =>
      server.stdout.once("data", (d: Buffer) => resolve(d.toString().trim())),
    );
    const base = `http://127.0.0.1:${port}`;
    const watchFile = join(tmpdir(), `vigil-bench-fleet-${process.pid}.yaml`);
    const feeds = Array.from({ length: FEEDS }, (_, f) => `  - url: ${base}/feed${f}.xml\n    interval: 1s`);
    writeFileSync(watchFile, `feeds:\n${feeds.join("\n")}\n`);
    for (const workers of [1, 2, 3]) {
      const db = await freshDatabase(admin);
      const pool = new pg.Pool({ connectionString: db, max: 1 });
      // Workers first, timed once all are up: start-up (a coding thread per worker) is not the fleet's throughput.
      const children = Array.from({ length: workers }, (_, i) => startWorker(db, `bench-${i}`));
      try {
        await alive(pool, workers);
        const cpuBefore = children.reduce((sum, child) => sum + cpuSeconds(child.pid), 0);
        const started = performance.now();
        await vigil(["feeds", "load", watchFile, "--db", db]);
        const fetched = await until(pool, FEEDS * ITEMS, 300_000, "fetched");
        await until(pool, FEEDS * ITEMS, 300_000, "stored");
        const seconds = (performance.now() - started) / 1000;
        const polled = (fetched - started) / 1000;
        const cpu = children.reduce((sum, child) => sum + cpuSeconds(child.pid), 0) - cpuBefore;
        console.log(
          `fleet: ${workers} worker${workers > 1 ? "s" : ""}, ${FEEDS} feeds × ${ITEMS} items on one host into a new ` +
            `PostgreSQL store: ${seconds.toFixed(1)} s = ${Math.round((FEEDS * ITEMS) / seconds)} items/s (all ` +
            `fetched after ${polled.toFixed(1)} s); the workers used ${cpu.toFixed(1)} CPU-s (${Math.round((FEEDS * ITEMS) / cpu)} items per CPU-s)`,
        );
        if (workers === 3) await measureLag(pool, base);
      } finally {
        for (const child of children) child.kill("SIGTERM");
        await Promise.all(children.map((child) => new Promise((resolve) => child.once("exit", resolve))));
        await pool.end();
        await dropDatabase(admin, db);
      }
    }
  } finally {
    server.kill();
  }
}

/** One new item per feed, published now: seconds from its publication to its storing, p50 and p95. */
async function measureLag(pool: pg.Pool, base: string): Promise<void> {
  const publishedAt = Number(await (await fetch(`${base}/add`, { method: "POST" })).text());
  await until(pool, FEEDS * (ITEMS + 1), 60_000, "stored");
  const { rows } = await pool.query<{ lag: number }>(
    `SELECT extract(epoch FROM stored_at)::float * 1000 - $1 AS lag FROM fleet_items
     WHERE report->>'input_id' LIKE 'new-%' AND stored_at IS NOT NULL ORDER BY lag`,
    [publishedAt],
  );
  const lags = rows.map((r) => r.lag / 1000);
  const at = (p: number) => lags[Math.min(lags.length - 1, Math.floor(lags.length * p))]?.toFixed(1) ?? "n/a";
  console.log(
    `fleet: freshness lag with 3 workers polling every 1 s, a new item's publication to its storing, over ${lags.length} items: p50 ${at(0.5)} s, p95 ${at(0.95)} s`,
  );
}

/** Waits until this many workers beat (the fleet's tables appear when the first has started). */
async function alive(pool: pg.Pool, workers: number): Promise<void> {
  for (;;) {
    const { rows } = await pool
      .query<{ n: number }>("SELECT count(*)::int AS n FROM fleet_workers")
      .catch(() => ({ rows: [{ n: 0 }] }));
    if ((rows[0]?.n ?? 0) >= workers) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Waits until this many items are fetched (queued for extraction) or stored; returns when (performance.now()). */
async function until(pool: pg.Pool, count: number, timeoutMs: number, what: "fetched" | "stored"): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  const where = what === "stored" ? "WHERE stored_at IS NOT NULL" : "";
  while (Date.now() < deadline) {
    const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM fleet_items ${where}`);
    if ((rows[0]?.n ?? 0) >= count) return performance.now();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`fleet: fewer than ${count} items ${what} after ${timeoutMs / 1000} s`);
}

/** User and system CPU time a process has used (Linux /proc; 0 elsewhere), to compare runs on a busy machine. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    // utime and stime are fields 14 and 15 of stat(5), the 12th and 13th after the command's closing parenthesis.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function startWorker(db: string, id: string): ChildProcess {
  const args = ["worker", "--db", db, "--id", id, "--json-log", "--tick-ms", "200", "--timeout", "5", "--lease", "30"];
  return spawn(process.execPath, [join(root, "bin", "vigil.js"), ...args], { stdio: "ignore" });
}

function vigil(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, "bin", "vigil.js"), ...args], { stdio: "inherit" });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`vigil ${args[0]} exited ${code}`))));
  });
}

async function freshDatabase(admin: string): Promise<string> {
  const name = `vigil_bench_${randomBytes(4).toString("hex")}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name} TEMPLATE template0`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(admin: string, db: string): Promise<void> {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${new URL(db).pathname.slice(1)} WITH (FORCE)`);
  await client.end();
}
