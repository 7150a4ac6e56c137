import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import type { RunningServer } from "../../src/server/index.js";
import { CHROMIUM, DEMO_EVENTS, demoServer, launch, SCREENSHOTS, sample } from "./demo-server.js";

const noBrowser = existsSync(CHROMIUM)
  ? false
  : `${CHROMIUM} not installed (apt-get install chromium): page not tested`;
if (noBrowser && process.env.CI) throw new Error(`${noBrowser}; CI must install it`);

const listedIds = (page: Page) => page.locator("#events button").evaluateAll((b) => b.map((e) => e.dataset.id));

describe("the web page, in a browser with WebGL", { skip: sample.skip || noBrowser }, () => {
  let demo: Awaited<ReturnType<typeof demoServer>>;
  let server: RunningServer;
  let browser: Browser;
  const outside: string[] = [];
  /** Errors in the console (a Content-Security-Policy violation is one) and uncaught exceptions. */
  const errors: string[] = [];

  /** A new page at `path`, ready (events listed, map drawn or replaced by its note). */
  async function open(path = "/", viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await browser.newPage({ viewport, acceptDownloads: true });
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !/^(blob|data):/.test(url)) outside.push(url);
    });
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${server.url}${path}`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
    return page;
  }

  before(async () => {
    demo = await demoServer();
    server = demo.server;
    browser = await launch(true);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  test("loads with no request leaving localhost and draws every event on a WebGL map, nearby ones as counted clusters", async () => {
    const page = await open();
    assert.deepEqual(outside, []);
    assert.deepEqual(errors, [], "no errors and no Content-Security-Policy violations");
    assert.equal(await page.getAttribute("#map", "data-renderer"), "webgl");
    assert.equal(await page.locator("#events li").count(), DEMO_EVENTS);
    assert.equal(await page.getAttribute("#map", "data-points"), String(DEMO_EVENTS));
    assert.ok(await page.locator("#map canvas").isVisible());
    await page.locator("#map .cluster").first().waitFor();
    const counts = await page.locator("#map .cluster").allTextContents();
    assert.ok(
      counts.every((c) => Number(c) >= 2),
      `cluster labels ${counts}`,
    );
    assert.ok(await page.locator(".maplibregl-ctrl-scale").isVisible(), "a scale bar");
    await page.screenshot({ path: join(SCREENSHOTS, "page.png") });
    await page.close();
  });

  test("hovering a mark on the map names its event, and clicking it opens the record", async () => {
    // Centred on the Mirebalais event, alone on the map at this zoom.
    const page = await open("/?at=6/18.83455/-72.1048");
    const box = await page.locator("#map").boundingBox();
    assert.ok(box);
    await page.waitForTimeout(500);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const popup = page.locator(".maplibregl-popup");
    await popup.waitFor({ timeout: 5_000 });
    assert.match((await popup.textContent()) ?? "", /^2025-03-31 · Attack · Mirebalais · 0 killed$/);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator("#detail h2", { hasText: "Attack · 2025-03-31" }).waitFor();
    await page.close();
  });

  test("the timeline bins by week with a dated axis, and brushing narrows the list and the map to the dates selected", async () => {
    const page = await open();
    assert.equal(await page.locator("#bin-size").textContent(), "week");
    const labels = await page.locator("#timeline text.axis:not(.y)").allTextContents();
    assert.ok(labels.length >= 4 && labels.some((l) => /20\d\d/.test(l)), `axis labels ${labels}`);
    const bins = await page.locator("#timeline-bins li").allTextContents();
    assert.match(
      bins[0] ?? "",
      /^week of \d+ \w+ 2024: \d+ events? \(\d+ [A-Z]/,
      "each bar in words for screen readers",
    );
    await page.locator("#timeline").scrollIntoViewIfNeeded();
    const box = await page.locator("#timeline").boundingBox();
    assert.ok(box);
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    assert.match((await page.locator("#timeline-tip").textContent()) ?? "", /^week of \d+ \w+ 20\d\d: \d+ events?/);
    // The first half of the timeline: the 2024 events.
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const shown = await page.locator("#events li").count();
    assert.ok(shown > 0 && shown < DEMO_EVENTS, `${shown} events after brushing`);
    assert.equal(await page.getAttribute("#map", "data-points"), String(shown));
    assert.match((await page.locator("#range-label").textContent()) ?? "", /^2024-\d\d-\d\d to 20\d\d-\d\d-\d\d$/);
    assert.match(page.url(), /since=2024-\d\d-\d\d&until=20\d\d-\d\d-\d\d/);
    await page.locator("#timeline").dblclick();
    assert.equal(await page.locator("#events li").count(), DEMO_EVENTS);
    await page.close();
  });

  test("the Barsalogho event's record highlights Saturday as the date's evidence and JNIM as actor1's", async () => {
    const page = await open();
    await page.locator("#events button", { hasText: "Barsalogo" }).click();
    const date = page.locator("#detail mark[data-field=event_date]", { hasText: "Saturday" }).first();
    await date.waitFor({ timeout: 10_000 });
    assert.ok(await date.isVisible());
    const actor = page.locator("#detail mark[data-field=actor1]", { hasText: "JNIM" }).first();
    assert.ok(await actor.isVisible());
    assert.match((await page.locator("#detail h3", { hasText: "Sources" }).textContent()) ?? "", /Sources \(4\)/);
    const created = page.locator("#detail ol.history li[data-kind=created]");
    assert.match((await created.textContent()) ?? "", /^\d{4}-\d\d-\d\d \d\d:\d\d\s+created: new report/);
    assert.match(page.url(), /event=evt_[0-9a-f]{20}/);
    const current = page.locator("#events button[aria-current]");
    assert.match((await current.textContent()) ?? "", /Barsalogo/);
    await page.screenshot({ path: join(SCREENSHOTS, "event-record.png") });
    await page.keyboard.press("Escape");
    assert.equal(await page.locator("#detail").isHidden(), true);
    assert.doesNotMatch(page.url(), /event=/);
    await page.close();
  });

  test("Back closes the record just opened and Forward opens it again, the filters unchanged", async () => {
    const page = await open("/?type=Battles");
    await page.locator("#events button").first().click();
    await page.locator("#detail h2").waitFor();
    const withRecord = page.url();
    await page.goBack();
    await page.waitForFunction(() => document.getElementById("detail")?.hidden);
    assert.match(page.url(), /\?type=Battles/);
    assert.doesNotMatch(page.url(), /event=/);
    await page.goForward();
    await page.locator("#detail h2").waitFor();
    assert.equal(page.url(), withRecord);
    await page.close();
  });

  test("a link with filters, dates, map position and the open record reproduces the same selection", async () => {
    const page = await open();
    await page.selectOption("select[name=type]", "Battles");
    await page.waitForFunction(() => document.querySelectorAll("#events li").length < 10);
    await page.selectOption("select[name=precision]", "1");
    await page.fill("input[name=since]", "2024-01-01");
    await page.locator("input[name=since]").dispatchEvent("change");
    const ids = await listedIds(page);
    assert.ok(ids.length > 0 && ids.length < DEMO_EVENTS, `${ids.length} events selected`);
    await page.locator("#events button").first().click();
    await page.locator("#detail h2").waitFor();
    const link = page.url();
    assert.match(link, /type=Battles/);
    assert.match(link, /precision=1/);
    assert.match(link, /at=[\d.]+\/-?[\d.]+\/-?[\d.]+/);
    const again = await open(link.slice(server.url.length));
    assert.deepEqual(await listedIds(again), ids);
    assert.equal(await again.inputValue("select[name=type]"), "Battles");
    assert.equal(await again.inputValue("input[name=since]"), "2024-01-01");
    assert.equal(await again.locator("#detail").isVisible(), true);
    assert.equal(again.url(), link);
    await page.close();
    await again.close();
  });

  test("Clear empties every filter, the dates and the link's filters, and lists every event again", async () => {
    const page = await open("/?type=Battles&sub_type=Armed%20clash&min_sources=2&since=2024-01-01&precision=1");
    assert.ok((await page.locator("#events li").count()) < DEMO_EVENTS);
    assert.equal(await page.inputValue("select[name=sub_type]"), "Armed clash");
    await page.click("button[type=reset]");
    await page.waitForFunction((n) => document.querySelectorAll("#events li").length === n, DEMO_EVENTS);
    for (const name of ["type", "sub_type", "min_sources", "precision"])
      assert.equal(await page.inputValue(`select[name=${name}]`), "", name);
    assert.equal(await page.inputValue("input[name=since]"), "");
    assert.doesNotMatch(page.url(), /type=|since=|precision=|min_sources=/);
    await page.close();
  });

  test("the actor box filters as one types, with suggestions from the stored actors", async () => {
    const page = await open();
    const suggestions = await page
      .locator("#actor-names option")
      .evaluateAll((o) => o.map((e) => e.getAttribute("value")));
    assert.ok(
      suggestions.some((s) => s?.startsWith("JNIM")),
      `suggestions ${suggestions}`,
    );
    await page.locator("input[name=actor]").pressSequentially("JNIM");
    await page.waitForFunction(() => document.querySelectorAll("#events li").length < 10);
    const listed = await page.locator("#events button").allTextContents();
    assert.ok(
      listed.some((l) => l.includes("Barsalogo")),
      `listed ${listed}`,
    );
    assert.match(page.url(), /actor=JNIM/);
    await page.close();
  });

  test("the downloads give the selection as ACLED CSV and GeoJSON, narrowed by the page's own filters too", async () => {
    const page = await open("/?min_sources=2");
    const shown = await page.locator("#events li").count();
    assert.ok(shown > 0 && shown < DEMO_EVENTS, `${shown} events with 2 sources or more`);
    const [csv] = await Promise.all([page.waitForEvent("download"), page.click("#download-csv")]);
    const rows = readFileSync(await csv.path(), "utf8")
      .trim()
      .split(/\r?\n/);
    assert.match(rows[0] ?? "", /^event_id_cnty,event_date,/);
    assert.equal(rows.length - 1, shown);
    const [geojson] = await Promise.all([page.waitForEvent("download"), page.click("#download-geojson")]);
    const collection = JSON.parse(readFileSync(await geojson.path(), "utf8")) as { features: { id: string }[] };
    assert.deepEqual(collection.features.map((f) => f.id).sort(), (await listedIds(page)).sort());
    await page.selectOption("select[name=type]", "Battles");
    await page.selectOption("select[name=min_sources]", "");
    assert.equal(await page.getAttribute("#download-csv", "href"), "/events.csv?type=Battles");
    await page.close();
  });

  test("with the keyboard alone a record opens from the list and closes, and the focus returns to its line", async () => {
    const page = await open();
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.className), "skip");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id);
    assert.match(id ?? "", /^evt_/);
    await page.keyboard.press("Enter");
    await page.locator("#detail h2").waitFor();
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute("aria-label")),
      "Close the event record",
    );
    assert.equal(await page.getAttribute("#detail", "role"), "dialog");
    await page.keyboard.press("Enter");
    assert.equal(await page.locator("#detail").isHidden(), true);
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id), id);
    await page.keyboard.press("Enter");
    await page.locator("#detail h2").waitFor();
    await page.keyboard.press("Escape");
    assert.equal(await page.locator("#detail").isHidden(), true);
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id), id);
    await page.close();
  });

  for (const width of [320, 390]) {
    test(`at ${width} px wide the panels stack and an open record lies inside the screen`, async () => {
      const page = await open("/", { width, height: 800 });
      const map = await page.locator("#map").boundingBox();
      const list = await page.locator("#list-panel").boundingBox();
      assert.ok(map && list && list.y > map.y, "the list is below the map");
      assert.ok((map?.width ?? 0) <= width);
      await page.locator("#events button", { hasText: "Barsalogo" }).click();
      await page.locator("#detail mark").first().waitFor();
      const box = await page.locator("#detail").boundingBox();
      assert.ok(
        box && box.x >= 0 && box.x + box.width <= width,
        `record at ${box?.x}..${(box?.x ?? 0) + (box?.width ?? 0)}`,
      );
      const overflow = await page.locator("#detail").evaluate((e) => e.scrollWidth - e.clientWidth);
      assert.equal(overflow, 0, "nothing in the record is wider than the record");
      await page.screenshot({ path: join(SCREENSHOTS, `phone-${width}.png`) });
      await page.close();
    });
  }
});
