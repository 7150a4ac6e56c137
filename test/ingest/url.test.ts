import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { type InputError, readInputs } from "../../src/ingest/index.js";
import { fixture } from "../helpers/cli.js";

const ROUTES: Record<string, { type: string; body: Buffer | string; status?: number }> = {
  "/article": { type: "text/html; charset=utf-8", body: readFileSync(fixture("reports", "article.html")) },
  "/feed": { type: "application/rss+xml", body: readFileSync(fixture("reports", "feed-rss.xml")) },
  "/latin1": {
    type: "text/plain; charset=iso-8859-1",
    body: Buffer.from("Attaque à Sebba jeudi, selon des élus.", "latin1"),
  },
  "/plain-no-meta": { type: "text/plain", body: "Gunmen attacked a village near Dori on Friday." },
  "/big": { type: "text/plain", body: "x".repeat(50_000) },
  "/gone": { type: "text/plain", body: "not here", status: 404 },
};

let server: Server;
let base: string;
let userAgent = "";

before(async () => {
  server = createServer((request, response) => {
    userAgent = request.headers["user-agent"] ?? "";
    if (request.url === "/hang") return; // never answers: the client's timeout must end it
    const route = ROUTES[request.url ?? ""];
    if (!route) return response.writeHead(500).end();
    response.writeHead(route.status ?? 200, { "content-type": route.type }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

async function readUrl(path: string, options = {}) {
  const results = [];
  for await (const result of readInputs([`${base}${path}`], { timeoutMs: 1000, ...options })) results.push(result);
  return results;
}

function problemOf(results: Awaited<ReturnType<typeof readUrl>>): string | undefined {
  const first = results[0];
  return first && "error" in first ? (first.error as InputError).problem : undefined;
}

describe("reading URLs (served on loopback)", () => {
  test("an HTML page keeps its canonical URL, and the request says who is asking", async () => {
    const [result] = await readUrl("/article");
    assert.ok(result && "report" in result);
    assert.equal(result.report.url, "https://sahel-monitor.example/2024/08/26/tinzaouaten-strike");
    assert.equal(result.report.form, "html");
    assert.match(userAgent, /^Vigil\//);
  });

  test("a feed by its content type: every item", async () => {
    const results = await readUrl("/feed");
    assert.equal(results.length, 2);
  });

  test("the charset in Content-Type decodes the page", async () => {
    const [result] = await readUrl("/latin1");
    assert.ok(result && "report" in result);
    assert.equal(result.report.text, "Attaque à Sebba jeudi, selon des élus.");
  });

  test("a page without a canonical link keeps the URL it was fetched from", async () => {
    const [result] = await readUrl("/plain-no-meta");
    assert.ok(result && "report" in result);
    assert.equal(result.report.url, `${base}/plain-no-meta`);
  });

  test("HTTP errors, timeouts, closed ports and oversized pages are errors with their reason", async () => {
    assert.equal(problemOf(await readUrl("/gone")), "unreachable");
    assert.equal(problemOf(await readUrl("/hang")), "unreachable");
    assert.equal(problemOf(await readUrl("/big", { maxBytes: 10_000 })), "too_large");
    const closed = [];
    for await (const result of readInputs(["http://127.0.0.1:9/"], { timeoutMs: 1000 })) closed.push(result);
    assert.equal(problemOf(closed), "unreachable");
  });
});
