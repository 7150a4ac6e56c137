import { type Command, Option } from "commander";
import { DEFAULT_READ_OPTIONS, type ReadOptions } from "../../ingest/index.js";
import { defaultWorkers } from "../../worker/in-order.js";
import { parsePositiveInteger, parsePublished } from "../options.js";

export interface ReadCommandOptions {
  published?: string;
  maxBytes: number;
  timeout: number;
}

/** The options every command that reads reports shares. */
export function addReadOptions(command: Command): Command {
  return command
    .addOption(
      new Option("--published <date>", "publication date when the report gives none (YYYY-MM-DD[THH:MM])").argParser(
        parsePublished,
      ),
    )
    .addOption(
      new Option("--max-bytes <n>", "largest report accepted, in bytes (a file, a page or one JSONL record)")
        .argParser(parsePositiveInteger)
        .default(DEFAULT_READ_OPTIONS.maxBytes),
    )
    .addOption(
      new Option("--timeout <seconds>", "timeout when fetching a URL")
        .argParser(parsePositiveInteger)
        .default(DEFAULT_READ_OPTIONS.timeoutMs / 1000),
    );
}

export interface WorkersOption {
  workers: number;
}

/** `--workers N`, for the commands that code a batch of reports (extract, ingest). */
export function addWorkersOption(command: Command): Command {
  return command.addOption(
    new Option("--workers <n>", "threads coding reports at once; output and storage order stay the input's")
      .argParser(parsePositiveInteger)
      .default(defaultWorkers(), "the number of cores"),
  );
}

export function readOptions(options: ReadCommandOptions): Partial<ReadOptions> {
  return { maxBytes: options.maxBytes, timeoutMs: options.timeout * 1000 };
}
