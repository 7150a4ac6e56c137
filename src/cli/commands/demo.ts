import { join } from "node:path";
import type { Command } from "commander";
import { PACKAGE_ROOT } from "../../base/package-root.js";
import { DEFAULT_READ_OPTIONS } from "../../ingest/index.js";
import { openStore } from "../../store/index.js";
import { databaseLocation } from "../options.js";
import { ingestInto } from "./ingest.js";
import { addServeOptions, type ServeOptions, serveStore } from "./serve.js";

/** The bundled example reports, written for Vigil: several countries and event types, some events told twice. */
export const EXAMPLES = join(PACKAGE_ROOT, "examples", "reports");

export function demoCommand(program: Command): void {
  addServeOptions(
    program
      .command("demo")
      .description("store the bundled example reports (in ./vigil.db unless --db) and serve the web page on them"),
  ).action(async (options: ServeOptions) => {
    const store = await openStore(databaseLocation(options.db));
    try {
      await ingestInto(store, [EXAMPLES], {
        maxBytes: DEFAULT_READ_OPTIONS.maxBytes,
        timeout: DEFAULT_READ_OPTIONS.timeoutMs / 1000,
      });
    } catch (error) {
      await store.close();
      throw error;
    }
    await serveStore(store, options);
  });
}
