/**
 * The product as users run it: the compiled modules in dist/ (`npm run bench` builds them first). The bench does not
 * time the TypeScript sources through tsx: tsx's on-the-fly transform runs the same extraction ~30% slower than tsc's
 * output (measured 2026-11-25: 120-140 vs 170-175 documents/s at 3.8 KB).
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const dist = join(import.meta.dirname, "..", "dist");
const load = <Module>(path: string) => import(pathToFileURL(join(dist, path)).href) as Promise<Module>;

export const { TAXONOMY } = await load<typeof import("../src/code/taxonomy.js")>("code/taxonomy.js");
export const { extractMentions } = await load<typeof import("../src/extract/index.js")>("extract/index.js");
export const { rawReport } = await load<typeof import("../src/ingest/raw-report.js")>("ingest/raw-report.js");
export const { dateWindow, matchFieldsOf, reconcile, sourceEventId } =
  await load<typeof import("../src/merge/index.js")>("merge/index.js");
export const { processReport } = await load<typeof import("../src/pipeline/index.js")>("pipeline/index.js");
export const { defaultSources } = await load<typeof import("../src/sources/index.js")>("sources/index.js");
export const { openStore } = await load<typeof import("../src/store/index.js")>("store/index.js");
export const { placeholders } = await load<typeof import("../src/store/sql/driver.js")>("store/sql/driver.js");
export const { EVENT_COLUMNS, eventIdOf, eventRow } =
  await load<typeof import("../src/store/sql/event-rows.js")>("store/sql/event-rows.js");
export const { WatchConfigSchema, Watcher } = await load<typeof import("../src/watch/index.js")>("watch/index.js");
export const { compareWithAcled, readAcledCsv, renderHtml, scopeOfRows } =
  await load<typeof import("../src/compare/index.js")>("compare/index.js");
