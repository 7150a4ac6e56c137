import { Command, CommanderError, InvalidArgumentError } from "commander";
import { EXIT_CODES, InputError } from "../ingest/index.js";
import { GazetteerImportError, localLayerPath } from "../sources/gazetteer/local-layer.js";
import { StoreError } from "../store/index.js";
import { ConfigError } from "../watch/config-error.js";
import { changesCommand } from "./commands/changes.js";
import { compareCommand } from "./commands/compare.js";
import { demoCommand } from "./commands/demo.js";
import { documentsCommand } from "./commands/documents.js";
import { eventsCommand } from "./commands/events.js";
import { explainCommand } from "./commands/explain.js";
import { extractCommand } from "./commands/extract.js";
import { feedsCommand } from "./commands/feeds.js";
import { gazetteerCommand } from "./commands/gazetteer.js";
import { ingestCommand } from "./commands/ingest.js";
import { rulesCommand } from "./commands/rules.js";
import { serveCommand } from "./commands/serve.js";
import { statsCommand } from "./commands/stats.js";
import { watchCommand } from "./commands/watch.js";
import { workerCommand } from "./commands/worker.js";

export function buildProgram(): Command {
  const program = new Command("vigil")
    .description("Turn news reports about armed conflict into structured, geolocated, explainable event records.")
    .version("0.1.0")
    .exitOverride()
    .showHelpAfterError("(run with --help for usage)")
    .hook("preAction", (_, command) => {
      // The local gazetteer layer sits beside the store a command names (`--db`); the gazetteer, opened on first
      // use here or in a coding worker, finds it through the environment.
      const db = command.opts().db as string | undefined;
      if (db && !process.env.VIGIL_GAZETTEER) process.env.VIGIL_GAZETTEER = localLayerPath(undefined, db);
    });
  extractCommand(program);
  ingestCommand(program);
  documentsCommand(program);
  eventsCommand(program);
  explainCommand(program);
  changesCommand(program);
  serveCommand(program);
  demoCommand(program);
  watchCommand(program);
  feedsCommand(program);
  workerCommand(program);
  statsCommand(program);
  compareCommand(program);
  rulesCommand(program);
  gazetteerCommand(program);
  return program;
}

/** Runs the CLI: every failure ends as one line on stderr and a distinct exit code, never a stack trace. */
export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    // Commander prints the errors it finds while parsing; one raised by a command's own checks is printed here.
    if (error instanceof InvalidArgumentError) process.stderr.write(`vigil: ${error.message}\n`);
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_CODES.usage;
    if (
      error instanceof InputError ||
      error instanceof StoreError ||
      error instanceof ConfigError ||
      error instanceof GazetteerImportError
    ) {
      process.stderr.write(`vigil: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(
      `vigil: internal error: ${(error as Error).message} (set VIGIL_DEBUG=1 for details, and please report it)\n`,
    );
    if (process.env.VIGIL_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    return EXIT_CODES.internal;
  }
}

/**
 * `vigil events | head -1`: the reader has gone, so there is no one left to tell; end quietly and successfully, as
 * Unix tools do, instead of printing an unhandled EPIPE's stack trace.
 */
function quietOnClosedPipe(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(0);
  });
}
