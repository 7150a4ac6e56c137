import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { processReport } from "../../src/pipeline/index.js";
import { openStore, type Store } from "../../src/store/index.js";
import { type Alert, Alerter, pollFeed, type WatchConfig, WatchConfigSchema, Watcher } from "../../src/watch/index.js";
import { tempDir } from "../helpers/cli.js";

/** Article pages of the good feed, in our own words. */
const ARTICLES: Record<string, { title: string; date: string; body: string }> = {
  gorom: {
    title: "Gunmen attack Gorom-Gorom market",
    date: "Tue, 14 May 2024 09:00:00 GMT",
    body: "Gunmen on motorbikes attacked the weekly market in Gorom-Gorom, in northern Burkina Faso, on Monday, killing several traders and setting stalls on fire, residents said. The attackers came from the direction of the Malian border and left before soldiers arrived. Local officials said the toll was not yet known.",
  },
  gao: {
    title: "Convoy hit by roadside bomb near Gao",
    date: "Tue, 14 May 2024 11:00:00 GMT",
    body: "A roadside bomb struck a Malian army convoy on the road out of Gao in northern Mali on Monday, killing four soldiers, the army said in a statement. No group claimed the attack. The convoy was carrying supplies to a base further east along the river.",
  },
  maiduguri: {
    title: "Protest over fuel prices in Maiduguri",
    date: "Tue, 14 May 2024 12:00:00 GMT",
    body: "Hundreds of traders marched peacefully through Maiduguri in north-east Nigeria on Monday to protest against the rising price of fuel, carrying placards and singing. Police watched the march, which ended at the state governor's office, and no one was hurt.",
  },
  gorom2: {
    title: "Gorom-Gorom toll rises to 30",
    date: "Wed, 15 May 2024 08:00:00 GMT",
    body: "At least 30 people were killed when gunmen attacked the market in Gorom-Gorom, in northern Burkina Faso, on Monday, a local official said on Wednesday. Residents buried the dead on Tuesday. The gunmen also stole cattle and burned shops before leaving towards the border.",
  },
};

const page = (id: string) => {
  const a = ARTICLES[id] as (typeof ARTICLES)[string];
  return `<!doctype html><html lang="en"><head><title>${a.title}</title></head><body><article><h1>${a.title}</h1><p>${a.body}</p></article></body></html>`;
};

function rss(base: string, items: { id: string; guid: string }[]): string {
  const entries = items
    .map(({ id, guid }) => {
      const a = ARTICLES[id] as (typeof ARTICLES)[string];
      return `<item><title>${a.title}</title><link>${base}/articles/${id}.html</link><guid>${guid}</guid><pubDate>${a.date}</pubDate><description>${a.title}.</description></item>`;
    })
    .join("");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title>${entries}</channel></rss>`;
}

describe("vigil watch", () => {
  let server: Server;
  let base = "";
  let store: Store;
  let dbPath = "";
  const hooked: Alert[] = [];
  const hits: Record<string, number> = {};
  let goodItems = ["gorom", "gao", "maiduguri"];
  let renumbering = 0;
  const alertsFile = join(tempDir(), "alerts.jsonl");

  before(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? "/";
      hits[path] = (hits[path] ?? 0) + 1;
      if (path === "/hook") {
        let body = "";
        request.on("data", (chunk) => {
          body += chunk;
        });
        request.on("end", () => {
          hooked.push(JSON.parse(body) as Alert);
          response.end("ok");
        });
        return;
      }
      if (path === "/good.xml") {
        const etag = `"good-${goodItems.length}"`;
        if (request.headers["if-none-match"] === etag) return response.writeHead(304).end();
        response.writeHead(200, { "content-type": "application/rss+xml", etag });
        return response.end(
          rss(
            base,
            goodItems.map((id) => ({ id, guid: `good-${id}` })),
          ),
        );
      }
      if (path === "/renumbering.xml") {
        renumbering++;
        response.writeHead(200, { "content-type": "application/rss+xml" });
        return response.end(rss(base, [{ id: "gao", guid: `gao-${renumbering}` }]));
      }
      if (path === "/busy.xml") return response.writeHead(503, { "retry-after": "120" }).end("busy");
      if (path === "/broken.xml") {
        response.writeHead(200, { "content-type": "application/rss+xml" });
        return response.end('<?xml version="1.0"?><rss version="2.0"><channel><item><title>cut');
      }
      if (path === "/hang.xml") return; // never answers
      if (path === "/static.xml") {
        response.writeHead(200, { "content-type": "application/rss+xml" });
        return response.end(
          '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><guid>s1</guid><title>Quiet day</title><description>Markets reopened in Gao.</description></item></channel></rss>',
        );
      }
      const article = /^\/articles\/(\w+)\.html$/.exec(path)?.[1];
      if (article && ARTICLES[article]) {
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return response.end(page(article));
      }
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dbPath = join(tempDir(), "vigil.db");
    store = await openStore(dbPath);
  });
  after(async () => {
    await store.close();
    server.closeAllConnections();
    server.close();
  });

  const config = (): WatchConfig =>
    WatchConfigSchema.parse({
      feeds: ["good", "renumbering", "busy", "broken", "hang"].map((name) => ({
        url: `${base}/${name}.xml`,
        interval: "1s",
      })),
      rules: [
        {
          name: "burkina",
          country: "Burkina Faso",
          types: ["Violence against civilians"],
          webhook: `${base}/hook`,
          jsonl: alertsFile,
        },
        { name: "protests", country: "NG", types: ["Protests"] },
      ],
    });

  const watcher = (onAlert: (a: Alert) => void = () => {}) =>
    new Watcher(
      config(),
      store,
      { timeoutMs: 1000, maxBytes: 1_000_000 },
      { onPoll: () => {}, onAlert, log: () => {} },
    );

  test("one pass stores every good item once, reports the bad feeds, and alerts once per matching event", async () => {
    const alerts: Alert[] = [];
    const totals = await watcher((a) => alerts.push(a)).once();
    assert.equal(totals.polls, 5);
    assert.equal(totals.errors, 3, "busy, broken and hanging feeds");
    assert.equal(await store.countDocuments(), 3, "the renumbering feed's item is the good feed's Gao article");
    const documents = await store.listDocuments({ limit: 10, offset: 0 });
    assert.ok(
      documents.every((d) => d.form === "html" && d.text.length > 200),
      "each item read from its article page",
    );
    assert.deepEqual(alerts.map((a) => [a.alert, a.rule, a.event.location]).sort(), [
      ["new", "burkina", "Gorom-Gorom"],
      ["new", "protests", "Maiduguri"],
    ]);
    assert.equal(hooked.length, 1);
    assert.equal(hooked[0]?.event.sources[0]?.url, `${base}/articles/gorom.html`);
    const busy = await store.getFeedState(`${base}/busy.xml`);
    assert.ok(busy && Date.parse(busy.next_poll_at) - Date.now() > 100_000, "Retry-After: 120 respected");
    assert.match((await store.getFeedState(`${base}/hang.xml`))?.last_error ?? "", /no answer within 1 s/);
    assert.match((await store.getFeedState(`${base}/broken.xml`))?.last_error ?? "", /broken\.xml/);
  });

  test("a restart processes nothing twice: conditional GET, seen items, renumbered ids", async () => {
    await store.close();
    store = await openStore(dbPath);
    const totals = await watcher().once();
    assert.equal(totals.fresh, 0);
    assert.equal(await store.countDocuments(), 3);
    assert.equal(hooked.length, 1, "no second alert");
    assert.equal((await store.getFeedState(`${base}/good.xml`))?.failures, 0);
  });

  test("a second report that gives the toll sends an update alert", async () => {
    goodItems = [...goodItems, "gorom2"];
    await watcher().once();
    assert.equal(hooked.length, 2);
    const update = hooked[1] as Alert;
    assert.equal(update.alert, "update");
    assert.equal(update.previous?.fatalities, null);
    assert.equal(update.event.fatalities, 30);
    assert.equal(update.event.sources.length, 2);
    const lines = readFileSync(alertsFile, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Alert);
    assert.deepEqual(
      lines.map((a) => a.alert),
      ["new", "update"],
      "the rule's JSONL file has both alerts",
    );
  });

  test("a watch killed between storing and alerting alerts on restart, and stores nothing twice", async () => {
    const fresh = await openStore(join(tempDir(), "vigil.db"));
    try {
      const feed = WatchConfigSchema.parse({ feeds: [{ url: `${base}/good.xml`, interval: "1s" }] })
        .feeds[0] as WatchConfig["feeds"][number];
      const options = { timeoutMs: 1000, maxBytes: 1_000_000 };
      const crashed = await pollFeed(feed, fresh, options, async () => {
        throw new Error("killed");
      });
      assert.match(crashed.error ?? "", /killed/);
      const documents = await fresh.countDocuments();
      const alerts: Alert[] = [];
      const alerter = new Alerter(
        config().rules.slice(1),
        fresh,
        (a) => alerts.push(a),
        () => {},
      );
      const state = await fresh.getFeedState(feed.url);
      assert.ok(state);
      // Forget the ETag, as if the feed had changed: the same items come again.
      await fresh.saveFeedState({ ...state, etag: null });
      const again = await pollFeed(feed, fresh, options, async (events) => {
        await alerter.check(events);
      });
      assert.equal(again.fresh, documents, "the items were not marked seen before the crash");
      assert.equal(await fresh.countDocuments(), documents, "stored once");
      assert.deepEqual(
        alerts.map((a) => a.event.location),
        ["Maiduguri"],
      );
    } finally {
      await fresh.close();
    }
  });

  test("running continuously, each feed is polled on its own schedule, failing ones backed off", async () => {
    const before = { ...hits };
    const running = watcher();
    const done = running.run();
    await new Promise((resolve) => setTimeout(resolve, 3500));
    running.stop();
    await done;
    const polled = (name: string) => (hits[`/${name}.xml`] ?? 0) - (before[`/${name}.xml`] ?? 0);
    assert.equal(polled("busy"), 0, "its Retry-After has not passed");
    assert.ok(polled("good") >= 2, `good polled ${polled("good")} times`);
    assert.ok(polled("broken") < polled("good"), `broken backs off (${polled("broken")} polls)`);
  });

  test("a hanging feed costs its own schedule, not its host-neighbours'", async () => {
    const fresh = await openStore(join(tempDir(), "vigil.db"));
    try {
      const feeds = WatchConfigSchema.parse({
        feeds: ["hang", "static", "busy"].map((name) => ({ url: `${base}/${name}.xml`, interval: "1s" })),
      });
      const polledAt: Record<string, number[]> = {};
      const started = Date.now();
      const hanging = new Watcher(
        feeds,
        fresh,
        // Coded on this thread: a coding thread's start-up (seconds under tsx) would blur the times measured.
        { timeoutMs: 3000, maxBytes: 1_000_000, coder: async (report) => processReport(report) },
        {
          onPoll: (result) => {
            const path = new URL(result.feed).pathname;
            polledAt[path] = [...(polledAt[path] ?? []), Date.now() - started];
          },
          onAlert: () => {},
          log: () => {},
        },
      );
      await hanging.once();
      assert.ok((polledAt["/static.xml"]?.[0] ?? 9999) < 1500, `--once: static polled at ${polledAt["/static.xml"]}`);
      assert.ok((polledAt["/busy.xml"]?.[0] ?? 9999) < 1500, `--once: busy polled at ${polledAt["/busy.xml"]}`);
      assert.ok((polledAt["/hang.xml"]?.[0] ?? 0) >= 2900, "the hanging feed waited for its timeout");
      for (const key of Object.keys(polledAt)) delete polledAt[key];
      await fresh.saveFeedState({
        ...((await fresh.getFeedState(`${base}/hang.xml`)) as NonNullable<Awaited<ReturnType<Store["getFeedState"]>>>),
        next_poll_at: new Date(0).toISOString(),
      });
      const done = hanging.run();
      await new Promise((resolve) => setTimeout(resolve, 3500));
      hanging.stop();
      await done;
      assert.ok(
        (polledAt["/static.xml"]?.length ?? 0) >= 3,
        `running: static polled at ${polledAt["/static.xml"]} ms while the hanging feed waited`,
      );
    } finally {
      await fresh.close();
    }
  });

  test("stop() ends a hanging request at once, without backing the feed off", async () => {
    const fresh = await openStore(join(tempDir(), "vigil.db"));
    try {
      const feeds = WatchConfigSchema.parse({ feeds: [{ url: `${base}/hang.xml`, interval: "1s" }] });
      const hanging = new Watcher(
        feeds,
        fresh,
        { timeoutMs: 20_000, maxBytes: 1_000_000, coder: async (report) => processReport(report) },
        { onPoll: () => {}, onAlert: () => {}, log: () => {} },
      );
      const running = hanging.run();
      await new Promise((resolve) => setTimeout(resolve, 500));
      const stopped = Date.now();
      hanging.stop();
      await running;
      assert.ok(Date.now() - stopped < 2000, `stopped after ${Date.now() - stopped} ms, not the 20 s timeout`);
      const state = await fresh.getFeedState(`${base}/hang.xml`);
      assert.equal(state?.failures, 0);
      assert.ok(Date.parse(state?.next_poll_at ?? "") <= Date.now(), "due again at once on restart");
    } finally {
      await fresh.close();
    }
  });
});
