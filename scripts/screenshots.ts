/**
 * Takes the screenshots of the web page in docs/screenshots/ (shown in the README): the `npm run demo` events,
 * served from dist/web, in headless Chromium (CHROMIUM names it; default /usr/bin/chromium) at desktop and phone
 * widths, with a record open, and without WebGL; and the top of `vigil compare`'s HTML report on them and
 * examples/acled. Run with `npm run screenshots` (it builds the page first).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { EXAMPLES } from "../src/cli/commands/demo.js";
import { ingestInto } from "../src/cli/commands/ingest.js";
import {
  compareWithAcled,
  eventsToCompare,
  mapBox,
  outlinesIn,
  readAcledCsv,
  renderHtml,
  scopeOfRows,
} from "../src/compare/index.js";
import { DEFAULT_READ_OPTIONS } from "../src/ingest/index.js";
import { startServer } from "../src/server/index.js";
import { openStore, type Store } from "../src/store/index.js";

const ROOT = join(import.meta.dirname, "..");
const OUT = join(ROOT, "docs", "screenshots");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
/** The record shown open: the demo's best-sourced event. */
const RECORD = "Barsalogo";

interface Shot {
  file: string;
  viewport: { width: number; height: number };
  webgl: boolean;
  /** "top": the record open at its fields; "evidence": scrolled to its first source's highlighted text. */
  record: "top" | "evidence" | null;
}

const SHOTS: Shot[] = [
  { file: "desktop.png", viewport: DESKTOP, webgl: true, record: null },
  { file: "desktop-record.png", viewport: DESKTOP, webgl: true, record: "evidence" },
  { file: "phone.png", viewport: PHONE, webgl: true, record: null },
  { file: "phone-record.png", viewport: PHONE, webgl: true, record: "top" },
  { file: "no-webgl.png", viewport: DESKTOP, webgl: false, record: null },
];

function launch(webgl: boolean): Promise<Browser> {
  const args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"];
  // Without the GPU and the software rasterizer Chromium has no WebGL at all.
  if (!webgl) args.push("--disable-gpu", "--disable-software-rasterizer");
  return chromium.launch({ executablePath: CHROMIUM, args });
}

async function take(browser: Browser, url: string, shot: Shot): Promise<void> {
  const page: Page = await browser.newPage({ viewport: shot.viewport });
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
  if (shot.record) {
    await page.locator("#events button", { hasText: RECORD }).click();
    await page.locator("#detail mark").first().waitFor({ timeout: 10_000 });
  }
  if (shot.record === "evidence")
    await page.locator("#detail").evaluate((panel) => {
      const source = panel.querySelector<HTMLElement>(".source");
      if (source) panel.scrollTop = source.offsetTop - 220;
    });
  await page.evaluate(() => window.scrollTo(0, 0));
  // The map draws its last frame (and places cluster counts) a moment after it reports ready.
  await page.waitForTimeout(1000);
  await page.screenshot({ path: join(OUT, shot.file) });
  await page.close();
  process.stderr.write(`screenshots: ${join("docs", "screenshots", shot.file)}\n`);
}

/** `vigil compare` on the demo events and the ACLED-format example, its HTML report's top (figures, map, timeline). */
async function takeCompare(browser: Browser, store: Store, dir: string): Promise<void> {
  const rows = await readAcledCsv(join(ROOT, "examples", "acled", "sahel-2024.csv"));
  const scope = scopeOfRows(rows, {});
  const { report } = compareWithAcled(rows, await eventsToCompare(store, scope), scope);
  const file = join(dir, "compare.html");
  writeFileSync(file, renderHtml(report, outlinesIn(mapBox(report))));
  const page = await browser.newPage({ viewport: { width: 1000, height: 1320 } });
  await page.goto(`file://${file}`);
  await page.screenshot({ path: join(OUT, "compare.png") });
  await page.close();
  process.stderr.write(`screenshots: ${join("docs", "screenshots", "compare.png")}\n`);
}

const dir = mkdtempSync(join(tmpdir(), "vigil-screenshots-"));
const store = await openStore(join(dir, "vigil.db"));
try {
  await ingestInto(store, [EXAMPLES], { maxBytes: DEFAULT_READ_OPTIONS.maxBytes, timeout: 30 });
  const server = await startServer({ store, host: "127.0.0.1", port: 0, webRoot: join(ROOT, "dist", "web") });
  mkdirSync(OUT, { recursive: true });
  try {
    for (const webgl of [true, false]) {
      const browser = await launch(webgl);
      for (const shot of SHOTS.filter((s) => s.webgl === webgl)) await take(browser, `${server.url}/`, shot);
      if (webgl) await takeCompare(browser, store, dir);
      await browser.close();
    }
  } finally {
    await server.close();
  }
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
