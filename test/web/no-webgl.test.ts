import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM, DEMO_EVENTS, demoServer, launch, SCREENSHOTS, sample } from "./demo-server.js";

const noBrowser = existsSync(CHROMIUM)
  ? false
  : `${CHROMIUM} not installed (apt-get install chromium): page not tested`;

describe("the web page, in a browser without WebGL", { skip: sample.skip || noBrowser }, () => {
  let demo: Awaited<ReturnType<typeof demoServer>>;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    demo = await demoServer();
    browser = await launch(false);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${demo.server.url}/`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  test("has no WebGL at all (the premise of this suite)", async () => {
    const gl = await page.evaluate(() => {
      const canvas = document.createElement("canvas");
      return !!(canvas.getContext("webgl2") ?? canvas.getContext("webgl"));
    });
    assert.equal(gl, false);
  });

  test("says in one line that there is no map, and lists every demo event", async () => {
    assert.equal(await page.getAttribute("#map", "data-renderer"), "none");
    assert.match((await page.locator("#map").textContent()) ?? "", /^No map: this browser does not offer WebGL\./);
    assert.equal(await page.locator("#events li").count(), DEMO_EVENTS);
    assert.ok((await page.locator("#timeline rect:not(.brush)").count()) > 0, "the timeline has bars");
    assert.deepEqual(errors, []);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, "no-webgl.png"), fullPage: true });
  });

  test("filters and records work", async () => {
    await page.selectOption("select[name=type]", "Violence against civilians");
    await page.waitForFunction(() => document.querySelectorAll("#events li").length < 10);
    await page.locator("#events button", { hasText: "Barsalogo" }).click();
    await page.locator("#detail mark[data-field=actor1]", { hasText: "JNIM" }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press("Escape");
    assert.equal(await page.locator("#detail").isHidden(), true);
  });
});
