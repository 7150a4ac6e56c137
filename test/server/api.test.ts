import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { check } from "@placemarkio/check-geojson";
import { parse } from "csv-parse/sync";
import { ACLED_COLUMNS } from "../../src/export/index.js";
import { EXIT_CODES } from "../../src/ingest/index.js";
import type { StoredEvent } from "../../src/model/index.js";
import { buildApp, startServer } from "../../src/server/index.js";
import { openStore, type Store } from "../../src/store/index.js";
import { jsonLines, ROOT, tempDir, vigil } from "../helpers/cli.js";
import { codedReport, type FixtureLine } from "../helpers/stores.js";

const TOKEN = "test-token-123";
const DEMO = jsonLines<FixtureLine>(readFileSync(join(ROOT, "examples", "reports", "demo.jsonl"), "utf8"));

describe("HTTP API", () => {
  let store: Store;
  let app: ReturnType<typeof buildApp>;
  let open: ReturnType<typeof buildApp>;
  const get = (path: string) => app.request(path);
  const body = async <T>(path: string) => (await (await get(path)).json()) as T;

  before(async () => {
    store = await openStore(join(tempDir(), "vigil.db"));
    await store.putReports(DEMO.map(codedReport));
    app = buildApp({ store, token: TOKEN, maxBodyBytes: 10 * 1024 * 1024 });
    open = buildApp({ store });
  });
  after(() => store.close());

  test("GET /health counts what is stored", async () => {
    assert.deepEqual(await body("/health"), { status: "ok", events: 10, documents: 14 });
  });

  test("GET /events pages, filters and sorts like the CLI", async () => {
    const page = await body<{ total: number; limit: number; offset: number; events: StoredEvent[] }>("/events?limit=3");
    assert.equal(page.total, 10, "14 reports, of which 3 + 2 + 2 tell the same three events");
    assert.equal(page.events.length, 3);
    assert.deepEqual(
      page.events.map((e) => e.event_date),
      ["2025-03-31", "2025-03-11", "2025-02-01"],
    );
    assert.equal("evidence" in (page.events[0] as object), false, "a listing leaves the evidence to /events/{id}");
    assert.deepEqual(Object.keys(page.events[0]?.sources[0] ?? {}), ["id", "url", "title", "published_at"]);
    const full = await body<{ events: StoredEvent[] }>("/events?limit=1&detail=full");
    assert.ok(full.events[0]?.evidence.event_type?.length);
    assert.ok(full.events[0]?.sources[0]?.values);
    const next = await body<{ offset: number; events: StoredEvent[] }>("/events?limit=3&offset=3");
    assert.equal(next.offset, 3);
    assert.equal(next.events[0]?.event_date, "2025-01-27");
    const places = async (query: string) =>
      (await body<{ events: StoredEvent[] }>(`/events?${query}`)).events.map((e) => e.location);
    assert.deepEqual(await places("country=BF"), ["Barsalogo"]);
    assert.deepEqual(await places("actor=JNIM"), ["Barsalogo"]);
    // Protesters who burn tyres make a violent demonstration (a riot), whatever the police did.
    assert.deepEqual(await places("type=riots"), ["Kano"]);
    assert.deepEqual(await places("since=2024-09&until=2024-11"), ["Quetta", "Poltava"]);
    assert.deepEqual(await places("near=33.9,67.0&radius_km=10"), []);
    assert.deepEqual(await places("near=30.19,67.01&radius_km=20"), ["Quetta"]);
    assert.deepEqual(await places("bbox=-2,13,0,14"), ["Barsalogo"]);
    assert.deepEqual(await places("min_fatalities=60"), ["Barsalogo", "Ti-n-Zaouâtene"]);
    assert.deepEqual(await places("text=massacre"), ["Barsalogo"]);
    assert.deepEqual(await places("sort=fatalities&limit=2"), ["Barsalogo", "Ti-n-Zaouâtene"]);
  });

  test("bad filters are 400 with a message naming the filter", async () => {
    for (const [query, message] of [
      ["country=Atlantis", /country: unknown country/],
      ["since=yesterday", /since: use YYYY-MM-DD/],
      ["limit=5000", /limit: at most 1000/],
      ["sort=random", /sort/],
      ["near=91,0", /near: latitude/],
    ] as const) {
      const response = await get(`/events?${query}`);
      assert.equal(response.status, 400, query);
      assert.match(((await response.json()) as { error: string }).error, message);
    }
  });

  test("GET /events/{id} and /documents/{id} give the record, the text and the evidence", async () => {
    const [barsalogho] = (await body<{ events: StoredEvent[] }>("/events?country=BF")).events;
    const event = await body<StoredEvent>(`/events/${barsalogho?.id}`);
    assert.equal(event.sources.length, 3);
    assert.deepEqual([event.fatalities, event.fatalities_high], [200, 400]);
    const source = event.sources[0];
    const doc = await body<{
      document: { text: string };
      evidence: { field: string; start: number; end: number; text: string }[];
    }>(`/documents/${source?.id}`);
    const date = doc.evidence.find((e) => e.field === "event_date");
    assert.ok(date && /Saturday/.test(date.text));
    assert.equal(doc.document.text.slice(date.start, date.end), date.text);
    assert.equal((await get("/events/evt_00000000000000000000")).status, 404);
    assert.equal((await get("/documents/doc_nope")).status, 404);
    assert.equal((await get("/nowhere")).status, 404);
  });

  test("GET /events.geojson and /events.csv export the filtered events", async () => {
    const geo = await get("/events.geojson?country=NG");
    assert.equal(geo.headers.get("content-type"), "application/geo+json");
    const collection = check(await geo.text()) as unknown as { features: { properties: { location: string } }[] };
    assert.deepEqual(
      collection.features.map((f) => f.properties.location),
      ["Kano"],
    );
    const csv = await get("/events.csv?type=Battles");
    const rows = parse(await csv.text(), { columns: true }) as Record<string, string>[];
    assert.deepEqual(Object.keys(rows[0] ?? {}), [...ACLED_COLUMNS]);
    assert.ok(rows.every((r) => r.event_type === "Battles"));
  });

  test("GET /api/acled/read answers a request shaped as ACLED clients send it, in ACLED's response shape", async () => {
    const response = await get(
      "/api/acled/read?country=Burkina%20Faso&event_date=2024-08-01|2024-08-31&event_date_where=BETWEEN&limit=500&page=1&_format=json",
    );
    const answer = (await response.json()) as {
      status: number;
      success: boolean;
      count: number;
      data: Record<string, string>[];
    };
    assert.equal(answer.status, 200);
    assert.equal(answer.success, true);
    assert.equal(answer.count, 1);
    const row = answer.data[0] as Record<string, string>;
    assert.deepEqual(Object.keys(row), [...ACLED_COLUMNS]);
    assert.equal(row.event_date, "2024-08-24");
    assert.equal(row.fatalities, "200");
    assert.equal(row.iso, "854");
    const paged = (await (await get("/api/acled/read?limit=2&page=2")).json()) as {
      count: number;
      data: { event_date: string }[];
    };
    assert.equal(paged.count, 2);
    assert.equal(paged.data[0]?.event_date, "2025-02-01");
    const csv = await (await get("/api/acled/read?event_type=Protests&_format=csv")).text();
    assert.match(csv, /^event_id_cnty,event_date,year/);
  });

  test("POST /documents needs the token; without one configured, writes are off", async () => {
    const report = JSON.stringify({
      text: "Gunmen killed four herders near Gao, Mali, on Friday.",
      published_at: "2024-05-04",
    });
    const post = (target: typeof app, headers: Record<string, string>, data: BodyInit = report) =>
      target.request("/documents", {
        method: "POST",
        headers: { "Content-Type": "application/json", ...headers },
        body: data,
      });
    const before = (await body<{ documents: number }>("/health")).documents;
    assert.equal((await post(open, {})).status, 403);
    assert.equal((await post(app, {})).status, 401);
    const wrong = await post(app, { Authorization: "Bearer wrong-token-12" });
    assert.equal(wrong.status, 401);
    assert.equal(wrong.headers.get("www-authenticate"), "Bearer");
    const ok = await post(app, { Authorization: `Bearer ${TOKEN}` });
    assert.equal(ok.status, 201);
    const result = (await ok.json()) as { documents: { stored: string }[]; events: { created: number } };
    assert.deepEqual(
      result.documents.map((d) => d.stored),
      ["added"],
    );
    assert.equal(result.events.created, 1);
    assert.equal((await body<{ documents: number }>("/health")).documents, before + 1, "a cached read sees the write");
    assert.equal(
      ((await (await post(app, { Authorization: `Bearer ${TOKEN}` })).json()) as typeof result).documents[0]?.stored,
      "existing",
    );
  });

  test("POST /documents reads text, HTML and feeds by content type", async () => {
    const auth = { Authorization: `Bearer ${TOKEN}` };
    const send = (type: string, data: string) =>
      app.request("/documents?published=2024-05-10", {
        method: "POST",
        headers: { ...auth, "Content-Type": type },
        body: data,
      });
    assert.equal(
      (await send("text/plain", "Soldiers clashed with militants near Menaka, Mali, on Thursday, killing nine."))
        .status,
      201,
    );
    const html =
      "<html><head><title>Clash</title></head><body><article><p>Militants attacked an army post in Tessit, Mali, on Wednesday, killing six soldiers, the army said.</p></article></body></html>";
    assert.equal((await send("text/html; charset=utf-8", html)).status, 201);
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Raid</title><link>https://example.org/a</link><pubDate>Fri, 10 May 2024 10:00:00 GMT</pubDate><description>Gunmen raided a village near Ansongo, Mali, on Thursday, killing three civilians.</description></item></channel></rss>`;
    const feed = await send("application/rss+xml", rss);
    assert.equal(feed.status, 201);
    assert.equal(((await feed.json()) as { documents: unknown[] }).documents.length, 1);
  });

  test("only a web address is stored as a source's link: javascript: and data: URLs from a client or a feed are not", async () => {
    const auth = { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" };
    const post = async (url: string) => {
      const text = `Gunmen attacked a convoy near Gao, Mali, on Tuesday (${url.length} characters of link).`;
      const response = await app.request("/documents", {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ text, url }),
      });
      assert.equal(response.status, 201);
      const { documents } = (await response.json()) as { documents: { id: string }[] };
      const stored = await body<{ document: { url: string | null } }>(`/documents/${documents[0]?.id}`);
      return stored.document.url;
    };
    assert.equal(await post("javascript:alert(document.cookie)"), null);
    assert.equal(await post("data:text/html,<script>alert(1)</script>"), null);
    assert.equal(await post("https://example.org/report"), "https://example.org/report");
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Raid</title><link>javascript:alert(1)</link><pubDate>Fri, 10 May 2024 10:00:00 GMT</pubDate><description>Gunmen raided a market near Menaka, Mali, on Thursday.</description></item></channel></rss>`;
    const feed = await app.request("/documents", {
      method: "POST",
      headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/rss+xml" },
      body: rss,
    });
    const [fromFeed] = ((await feed.json()) as { documents: { id: string }[] }).documents;
    assert.equal((await body<{ document: { url: string | null } }>(`/documents/${fromFeed?.id}`)).document.url, null);
  });

  test("every response carries a strict content security policy, nosniff, no framing and no referrer", async () => {
    for (const path of ["/health", "/events", "/", "/no-such-route"]) {
      const { headers } = await get(path);
      assert.match(headers.get("Content-Security-Policy") ?? "", /default-src 'self'.*frame-ancestors 'none'/, path);
      assert.match(headers.get("Content-Security-Policy") ?? "", /script-src 'self'(;|$)/, path);
      assert.equal(headers.get("X-Content-Type-Options"), "nosniff", path);
      assert.equal(headers.get("X-Frame-Options"), "DENY", path);
      assert.equal(headers.get("Referrer-Policy"), "no-referrer", path);
    }
  });

  test("bad bodies are refused with the right status, and nothing is stored", async () => {
    const before = await store.countDocuments();
    const auth = { Authorization: `Bearer ${TOKEN}` };
    const send = (type: string, data: BodyInit) =>
      app.request("/documents", { method: "POST", headers: { ...auth, "Content-Type": type }, body: data });
    const malformed = await send("application/json", '{"text": "unfinished');
    assert.equal(malformed.status, 400);
    assert.match(((await malformed.json()) as { error: string }).error, /not valid UTF-8 JSON/);
    assert.equal((await send("application/json", '{"title": "no text"}')).status, 400);
    assert.equal((await send("application/json", "")).status, 400);
    const huge = await send("text/plain", "x".repeat(20 * 1024 * 1024));
    assert.equal(huge.status, 413);
    assert.equal((await send("application/octet-stream", new Uint8Array([0, 1, 2, 255]))).status, 415);
    assert.equal((await send("text/plain", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 0]))).status, 415);
    assert.equal((await send("image/png", new Uint8Array([1]))).status, 415);
    assert.equal(await store.countDocuments(), before);
  });

  test("reads carry the store's version as an ETag and answer 304 while nothing changed", async () => {
    const first = await get("/events?country=NG");
    const etag = first.headers.get("etag");
    assert.match(etag ?? "", /^"v\d+"$/);
    const again = await app.request("/events?country=NG", { headers: { "If-None-Match": etag as string } });
    assert.equal(again.status, 304);
    assert.equal((await get("/events?country=NG")).headers.get("x-cache"), "hit");
  });

  test("GET /openapi.json describes every endpoint", async () => {
    const doc = await body<{ openapi: string; paths: Record<string, unknown> }>("/openapi.json");
    assert.equal(doc.openapi, "3.0.0");
    for (const path of [
      "/health",
      "/events",
      "/events/{id}",
      "/events.geojson",
      "/events.csv",
      "/documents/{id}",
      "/documents",
      "/changes",
      "/documents/{id}/retract",
    ])
      assert.ok(doc.paths[path], path);
  });

  test("vigil serve listens on loopback and answers over HTTP", async () => {
    const server = await startServer({ store, host: "127.0.0.1", port: 0, webRoot: null });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${server.url}/health`);
      assert.equal(response.status, 200);
    } finally {
      await server.close();
    }
  });

  test("vigil serve on a port in use says so in one line and exits as a usage error", async () => {
    const server = await startServer({ store, host: "127.0.0.1", port: 0, webRoot: null });
    try {
      const port = new URL(server.url).port;
      const run = vigil(["serve", "--port", port, "--db", join(tempDir(), "other.db")]);
      assert.equal(run.status, EXIT_CODES.usage);
      assert.equal(
        run.stderr,
        `vigil: 127.0.0.1:${port} is in use by another program: stop it, or choose another --port\n`,
      );
    } finally {
      await server.close();
    }
  });
});
