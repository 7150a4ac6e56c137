import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type Browser, chromium, type Page } from "playwright-core";
import { rawReport } from "../../src/ingest/raw-report.js";
import { processReport } from "../../src/pipeline/index.js";
import { type RunningServer, startServer } from "../../src/server/index.js";
import { openStore, type Store } from "../../src/store/index.js";
import { jsonLines, ROOT, tempDir } from "../helpers/cli.js";
import { sharedFile } from "../helpers/shared.js";
import { codedReport, type FixtureLine } from "../helpers/stores.js";

const CHROMIUM = "/usr/bin/chromium";
const sample = sharedFile("samples", "barsalogho-forum-post.txt");
const noBrowser = existsSync(CHROMIUM)
  ? false
  : `${CHROMIUM} not installed (apt-get install chromium): page not tested`;
if (noBrowser && process.env.CI) throw new Error(`${noBrowser}; CI must install it`);
const SCREENSHOTS = join(ROOT, "test-output");

describe("the web page", { skip: sample.skip || noBrowser }, () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const outside: string[] = [];

  before(async () => {
    store = await openStore(join(tempDir(), "vigil.db"));
    const demo = jsonLines<FixtureLine>(readFileSync(join(ROOT, "examples", "reports", "demo.jsonl"), "utf8"));
    const forumPost = rawReport({
      source: "barsalogho-forum-post.txt",
      form: "text",
      encoding: "UTF-8",
      text: readFileSync(sample.path, "utf8"),
    });
    await store.putReports([...demo.map(codedReport), processReport(forumPost, { publishedAt: "2024-08-25" })]);
    server = await startServer({ store, host: "127.0.0.1", port: 0, webRoot: join(ROOT, "dist", "web") });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !/^(blob|data):/.test(url)) outside.push(url);
    });
    await page.goto(`${server.url}/`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  test("loads with no request leaving localhost and shows the events on the map and in the list", async () => {
    assert.deepEqual(outside, []);
    assert.equal(await page.locator("#events li").count(), 10);
    assert.equal(await page.getAttribute("#map", "data-points"), "10");
    assert.ok(await page.locator("#map canvas").isVisible());
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, "page.png") });
  });

  test("brushing the timeline narrows the list and the map to the dates selected", async () => {
    const box = await page.locator("#timeline").boundingBox();
    assert.ok(box);
    // The first half of the timeline: the 2024 events.
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const shown = await page.locator("#events li").count();
    assert.ok(shown > 0 && shown < 10, `${shown} events after brushing`);
    assert.equal(await page.getAttribute("#map", "data-points"), String(shown));
    assert.match((await page.locator("#range-label").textContent()) ?? "", /^2024-\d\d-\d\d to 20\d\d-\d\d-\d\d$/);
    await page.locator("#timeline").dblclick();
    assert.equal(await page.locator("#events li").count(), 10);
  });

  test("the Barsalogho event's record highlights Saturday as the date's evidence and JNIM as actor1's", async () => {
    await page.locator("#events button", { hasText: "Barsalogo" }).click();
    const date = page.locator("#detail mark[data-field=event_date]", { hasText: "Saturday" }).first();
    await date.waitFor({ timeout: 10_000 });
    assert.ok(await date.isVisible());
    const actor = page.locator("#detail mark[data-field=actor1]", { hasText: "JNIM" }).first();
    assert.ok(await actor.isVisible());
    assert.match((await page.locator("#detail h3", { hasText: "Sources" }).textContent()) ?? "", /Sources \(4\)/);
    await page.screenshot({ path: join(SCREENSHOTS, "event-record.png") });
    await page.keyboard.press("Escape");
    assert.equal(await page.locator("#detail").isHidden(), true);
  });

  test("works at phone width: the panels stack and the list stays usable", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const map = await page.locator("#map").boundingBox();
    const list = await page.locator("#list-panel").boundingBox();
    assert.ok(map && list && list.y > map.y, "the list is below the map");
    assert.ok((map?.width ?? 0) <= 390);
    await page.screenshot({ path: join(SCREENSHOTS, "phone.png"), fullPage: true });
  });
});
