import { type Command, Option } from "commander";
import { readInputs } from "../../ingest/index.js";
import type { Extraction } from "../../model/index.js";
import { processReport } from "../../pipeline/index.js";
import { BatchErrors, warnUndated } from "../report-errors.js";
import { addReadOptions, type ReadCommandOptions, readOptions } from "./read-options.js";

interface ExtractOptions extends ReadCommandOptions {
  format: "json" | "jsonl";
  mentions: boolean;
}

export function extractCommand(program: Command): void {
  addReadOptions(
    program
      .command("extract")
      .description("read reports and print each document with its events (nothing is stored)")
      .argument("<inputs...>", "files, folders, globs, URLs, or - for standard input")
      .addOption(
        new Option("--format <format>", "json: one object, or an array for several; jsonl: one per line")
          .choices(["json", "jsonl"])
          .default("json"),
      )
      .option("--mentions", "also print every date, place, actor and quantity found", false),
  ).action(async (inputs: string[], options: ExtractOptions) => {
    const errors = new BatchErrors();
    const collected: Extraction[] = [];
    let undated = 0;
    for await (const result of readInputs(inputs, readOptions(options))) {
      if ("error" in result) {
        errors.report(result.error);
        continue;
      }
      const extraction = errors.attempt(result.report.source, () =>
        processReport(result.report, { publishedAt: options.published, mentions: options.mentions }),
      );
      if (!extraction) continue;
      if (!extraction.document.published_at) undated++;
      if (options.format === "jsonl") process.stdout.write(`${JSON.stringify(extraction)}\n`);
      else collected.push(extraction);
    }
    if (options.format === "json" && collected.length > 0) {
      process.stdout.write(`${JSON.stringify(collected.length === 1 ? collected[0] : collected, null, 2)}\n`);
    }
    warnUndated(undated);
    process.exitCode = errors.exitCode;
  });
}
