import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import pg from "pg";
import { ROOT, tempDir, vigil } from "../helpers/cli.js";
import { backends } from "../helpers/stores.js";

const FEEDS = 30;
const ITEMS = 10;
/** Each feed shows one more item every this many ms, so work is still arriving when a worker is killed. */
const ITEM_EVERY_MS = 400;
/** Each feed answers this slowly, so two polls of one feed at once would overlap and be seen. */
const ANSWER_MS = 20;
const TOWNS = ["Djibo", "Dori", "Kaya", "Gao", "Mopti", "Kidal"];
const postgres = backends().find((b) => b.name === "PostgreSQL");

/** Item k of feed f, in our own words: one attack a day from 1 January 2024, so no two items merge. */
function item(feed: number, k: number): string {
  const n = feed * ITEMS + k;
  const day = new Date(Date.UTC(2024, 0, 1 + n, 6));
  const town = TOWNS[n % TOWNS.length];
  const date = day.toISOString().slice(0, 10);
  return `<item><title>Attack near ${town}, report ${n}</title><guid>f${feed}-i${k}</guid><pubDate>${day.toUTCString()}</pubDate><description>Gunmen attacked a village near ${town} on ${date}, killing ${2 + (n % 9)} civilians, local officials said.</description></item>`;
}

describe("a fleet of three workers, one killed with SIGKILL", { skip: postgres?.skip }, () => {
  let server: Server;
  let base = "";
  let started = 0;
  const inFlight = new Map<string, number>();
  const overlaps: string[] = [];
  const polledAt = new Map<string, number[]>();
  /** Each alert received: when, and under which idempotency key. */
  const hooked = new Map<string, { at: number; key: string }[]>();
  const workers: ChildProcess[] = [];
  /** The workers' log lines, shown when the test fails. */
  const logs: string[] = [];
  let db = "";

  before(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? "/";
      if (path === "/hook") {
        let body = "";
        request.on("data", (chunk) => {
          body += chunk;
        });
        request.on("end", () => {
          const alert = JSON.parse(body) as { rule: string; event: { id: string }; alert: string };
          const key = `${alert.rule}|${alert.event.id}|${alert.alert}`;
          const received = { at: Date.now(), key: String(request.headers["idempotency-key"]) };
          hooked.set(key, [...(hooked.get(key) ?? []), received]);
          response.end("ok");
        });
        return;
      }
      const feed = Number(/feed(\d+)/.exec(path)?.[1]);
      if ((inFlight.get(path) ?? 0) > 0) overlaps.push(path);
      inFlight.set(path, (inFlight.get(path) ?? 0) + 1);
      polledAt.set(path, [...(polledAt.get(path) ?? []), Date.now()]);
      const shown = Math.min(ITEMS, 1 + Math.floor((Date.now() - started) / ITEM_EVERY_MS));
      let body = "";
      for (let k = 0; k < shown; k++) body += item(feed, k);
      setTimeout(() => {
        inFlight.set(path, (inFlight.get(path) ?? 1) - 1);
        response.writeHead(200, { "content-type": "application/rss+xml" });
        response.end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire ${feed}</title>${body}</channel></rss>`,
        );
      }, ANSWER_MS);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    for (const worker of workers) worker.kill("SIGKILL");
    server.close();
  });

  function startWorker(name: string): ChildProcess {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, "bin", "vigil.js"),
        "worker",
        "--db",
        db,
        "--id",
        name,
        "--json-log",
        "--timeout",
        "1",
        "--lease",
        "2",
        "--tick-ms",
        "100",
        "--maintenance",
        "1",
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    child.stderr?.on("data", (chunk: Buffer) => logs.push(...chunk.toString().split("\n").filter(Boolean)));
    workers.push(child);
    return child;
  }

  /** The feeds the loopback server has not been asked for since a time. */
  const notPolledSince = (time: number) =>
    [...Array(FEEDS).keys()]
      .map((f) => `/feed${f}.xml`)
      .filter((path) => !(polledAt.get(path) ?? []).some((at) => at > time));

  test("every item stored once, every alert sent once, no feed polled twice at once, all feeds polled after the kill", async () => {
    db = await (postgres as NonNullable<typeof postgres>).fresh();
    const file = join(tempDir(), "watch.yaml");
    const feeds = Array.from({ length: FEEDS }, (_, f) => `  - url: ${base}/feed${f}.xml\n    interval: 1s`).join("\n");
    writeFileSync(
      file,
      `feeds:\n${feeds}\nrules:\n  - name: any-deaths\n    min_fatalities: 1\n    webhook: ${base}/hook\n`,
    );
    const load = vigil(["feeds", "load", file, "--db", db]);
    assert.equal(load.status, 0, load.stderr);
    assert.match(load.stderr, /30 feeds added/);

    started = Date.now();
    const first = ["w1", "w2", "w3"].map(startWorker);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    (first[0] as ChildProcess).kill("SIGKILL");
    const killedAt = Date.now();
    startWorker("w4");

    const pool = new pg.Pool({ connectionString: db, max: 1 });
    try {
      const deadline = Date.now() + 60_000;
      let stored = 0;
      let unsent = 1;
      while (Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        // Settled: every item stored, and no extraction or alert job left (a stored item's alerts are claimed after).
        const { rows } = await pool
          .query<{ stored: number; unsent: number; pending: number }>(
            `SELECT (SELECT count(*) FROM fleet_items WHERE stored_at IS NOT NULL)::int AS stored,
                  (SELECT count(*) FROM fleet_alerts WHERE sent_at IS NULL)::int AS unsent,
                  (SELECT count(*) FROM pgboss.job WHERE name IN ('vigil-extract', 'vigil-alert')
                     AND state < 'completed')::int AS pending`,
          )
          .catch(() => ({ rows: [] })); // the queue's tables appear once the first worker has started
        const now = rows[0];
        if (!now) continue;
        ({ stored, unsent } = now);
        // (…and every feed polled again once the killed worker's lease is over: its feeds come last.)
        if (stored === FEEDS * ITEMS && now.pending === 0 && notPolledSince(killedAt + 2500).length === 0) break;
      }
      const jobs = await pool.query(
        "SELECT name, state, count(*)::int AS n, max(retry_count) AS retries FROM pgboss.job GROUP BY name, state ORDER BY name, state",
      );
      const warnings = logs.filter((l) => l.includes('"warning"')).slice(-10);
      assert.equal(
        stored,
        FEEDS * ITEMS,
        `every item stored; jobs ${JSON.stringify(jobs.rows)}; warnings:\n${warnings.join("\n")}`,
      );
      const documents = await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM documents");
      assert.equal(documents.rows[0]?.n, FEEDS * ITEMS, "one document per item: none stored twice");
      const items = await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM fleet_items");
      assert.equal(items.rows[0]?.n, FEEDS * ITEMS, "each item fetched into the queue once");

      const alerted = await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM events WHERE fatalities >= 1");
      assert.equal(unsent, 0, "every claimed alert delivered");
      assert.ok((alerted.rows[0]?.n ?? 0) >= FEEDS * ITEMS * 0.9, "most items code to an event with deaths");
      const claims = await pool.query<{ id: string; claimed_by: string; sent_at: string | null; alert_key: string }>(
        "SELECT e.id, a.claimed_by, a.sent_at, a.alert_key FROM events e LEFT JOIN fleet_alerts a ON a.alert_key = e.id WHERE e.fatalities >= 1",
      );
      const unhooked = claims.rows.filter((row) => !hooked.has(`any-deaths|${row.id}|new`));
      assert.equal(
        hooked.size,
        alerted.rows[0]?.n,
        `one alert per matching event; not received: ${JSON.stringify(unhooked)}\n${logs.filter((l) => unhooked.some((u) => l.includes(u.id))).join("\n")}`,
      );
      // The one repeat allowed (docs/fleet.md): an alert whose POST the killed worker had just made, sent again under
      // the same idempotency key. A slow live worker's alert is never sent twice.
      const repeated = [...hooked].filter(([, received]) => received.length > 1);
      const unexplained = repeated.filter(
        ([, [first, ...rest]]) =>
          !first ||
          first.at > killedAt ||
          first.at < killedAt - 1000 ||
          rest.some((again) => again.key !== first.key || again.at < killedAt),
      );
      assert.deepEqual(unexplained, [], "no alert sent twice, but one in flight when its worker was killed");
      assert.ok(
        [...hooked.values()].every((received) => received[0]?.key.startsWith("vigil-alert-")),
        "every alert carries its idempotency key",
      );

      assert.deepEqual(overlaps, [], "no feed polled by two workers at once");
      assert.deepEqual(notPolledSince(killedAt + 2500), [], "every feed polled after the kill (past the lease)");
    } finally {
      await pool.end();
    }
  });
});
