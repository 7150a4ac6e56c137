import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { rawReport } from "../../src/ingest/raw-report.js";
import { processReport } from "../../src/pipeline/index.js";
import { type RunningServer, startServer } from "../../src/server/index.js";
import { openStore, type Store } from "../../src/store/index.js";
import { jsonLines, ROOT, tempDir } from "../helpers/cli.js";
import { sharedFile } from "../helpers/shared.js";
import { codedReport, type FixtureLine } from "../helpers/stores.js";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const SCREENSHOTS = join(ROOT, "test-output");
export const sample = sharedFile("samples", "barsalogho-forum-post.txt");
/** The demo reports and the Barsalogho forum post: 10 events. */
export const DEMO_EVENTS = 10;

/** Chromium's flags for the tests; `webgl: false` also turns off the software renderer, so WebGL fails. */
export function launch(webgl: boolean): Promise<Browser> {
  const args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"];
  if (!webgl) args.push("--disable-gpu", "--disable-software-rasterizer");
  return chromium.launch({ executablePath: CHROMIUM, args });
}

/** A store with the demo events behind a server of the built page (dist/web). */
export async function demoServer(): Promise<{ server: RunningServer; close: () => Promise<void> }> {
  const store: Store = await openStore(join(tempDir(), "vigil.db"));
  const demo = jsonLines<FixtureLine>(readFileSync(join(ROOT, "examples", "reports", "demo.jsonl"), "utf8"));
  const forumPost = rawReport({
    source: "barsalogho-forum-post.txt",
    form: "text",
    encoding: "UTF-8",
    text: readFileSync(sample.path, "utf8"),
  });
  await store.putReports([...demo.map(codedReport), processReport(forumPost, { publishedAt: "2024-08-25" })]);
  const server = await startServer({ store, host: "127.0.0.1", port: 0, webRoot: join(ROOT, "dist", "web") });
  return {
    server,
    close: async () => {
      await server.close();
      await store.close();
    },
  };
}
