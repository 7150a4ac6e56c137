/**
 * Feed watching end to end: a loopback server (its own process) serves 50 feeds of 100 items; `Watcher.once()`
 * polls them all into a fresh SQLite store (target >= 100 items/s on one core). Then, watching continuously at a 2 s
 * poll interval, a new item is published and the time to its alert is measured (target < 5 s).
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { Alert } from "../src/watch/index.js";
import { openStore, WatchConfigSchema, Watcher } from "./product.js";

const FEEDS = 50;
const ITEMS = 100;
const TOWNS = ["Djibo", "Dori", "Kaya", "Gao", "Mopti", "Tillaberi", "Maiduguri", "Kidal", "Menaka", "Diffa"];

// The feed server, as a script for a child process: it must not share the measured core's event loop.
const SERVER = `
const http = require("node:http");
const towns = ${JSON.stringify(TOWNS)};
const extra = [];
const item = (feed, i) => {
  const town = towns[(feed * 7 + i) % towns.length];
  const day = 1 + ((feed + i) % 27);
  return "<item><title>Attack near " + town + "</title><guid>f" + feed + "-" + i + "</guid><pubDate>" +
    new Date(Date.UTC(2024, 4, day, 9)).toUTCString() + "</pubDate><description>Gunmen attacked a village near " + town +
    " on " + day + " May 2024, killing " + (3 + (i % 20)) + " civilians, local officials said. Item " + feed + "-" + i + ".</description></item>";
};
http.createServer((req, res) => {
  if (req.method === "POST") { extra.push(Date.now()); res.end("ok"); return; }
  const feed = Number(/feed(\\d+)/.exec(req.url)[1]);
  let body = "";
  for (let i = 0; i < ${ITEMS}; i++) body += item(feed, i);
  if (feed === 0) extra.forEach((at, n) => { body += "<item><title>Breaking: attack in Djibo</title><guid>extra-" + n + "</guid><pubDate>" + new Date(at).toUTCString() + "</pubDate><description>Breaking: gunmen attacked the market in Djibo, Burkina Faso, today, killing " + (40 + n) + " people, witnesses said.</description></item>"; });
  res.writeHead(200, { "content-type": "application/rss+xml" });
  res.end('<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>' + body + "</channel></rss>");
}).listen(0, "127.0.0.1", function () { console.log(this.address().port); });
`;

export async function benchWatch(): Promise<void> {
  const server = spawn(process.execPath, ["-e", SERVER], { stdio: ["ignore", "pipe", "inherit"] });
  const path = join(tmpdir(), `vigil-bench-watch-${process.pid}.db`);
  try {
    const port = await new Promise<string>((resolve) =>
      server.stdout.once("data", (d: Buffer) => resolve(d.toString().trim())),
    );
    const base = `http://127.0.0.1:${port}`;
    const config = WatchConfigSchema.parse({
      feeds: Array.from({ length: FEEDS }, (_, i) => ({ url: `${base}/feed${i}.xml`, interval: "2s" })),
      rules: [{ name: "djibo", country: "BF", min_fatalities: 40 }],
    });
    const store = await openStore(path);
    let alertAt = 0;
    const watcher = new Watcher(
      config,
      store,
      { timeoutMs: 10_000, maxBytes: 10_000_000 },
      {
        onPoll: () => {},
        onAlert: (alert: Alert) => {
          if (alert.event.fatalities !== null && alert.event.fatalities >= 40) alertAt ||= Date.now();
        },
        log: () => {},
      },
    );
    const started = performance.now();
    const totals = await watcher.once();
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `watch: ${FEEDS} feeds × ${ITEMS} items from a loopback server into a new store: ${totals.fresh} items in ` +
        `${seconds.toFixed(1)} s = ${Math.round(totals.fresh / seconds)} items/s, ${totals.events} events (target >= 100 items/s)`,
    );
    const running = watcher.run();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const publishedAt = Date.now();
    await fetch(`${base}/add`, { method: "POST" });
    while (!alertAt && Date.now() - publishedAt < 30_000) await new Promise((resolve) => setTimeout(resolve, 20));
    watcher.stop();
    await running;
    await store.close();
    console.log(
      `watch: a new item's appearance to its alert, polling every 2 s: ${alertAt ? `${((alertAt - publishedAt) / 1000).toFixed(1)} s` : "no alert within 30 s"} (target < 5 s)`,
    );
  } finally {
    server.kill();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  }
}
