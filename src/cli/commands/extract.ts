import { type Command, Option } from "commander";
import { readInputs } from "../../ingest/index.js";
import type { Extraction } from "../../model/index.js";
import { batchCoder, inOrder } from "../../worker/in-order.js";
import { BatchErrors, warnUndated } from "../report-errors.js";
import {
  addReadOptions,
  addWorkersOption,
  type ReadCommandOptions,
  readOptions,
  type WorkersOption,
} from "./read-options.js";

interface ExtractOptions extends ReadCommandOptions, WorkersOption {
  format: "json" | "jsonl";
  mentions: boolean;
}

export function extractCommand(program: Command): void {
  addWorkersOption(
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
    ),
  ).action(async (inputs: string[], options: ExtractOptions) => {
    const errors = new BatchErrors();
    const collected: Extraction[] = [];
    let undated = 0;
    const coder = batchCoder(options.workers);
    const pipeline = { publishedAt: options.published, mentions: options.mentions };
    try {
      const coded = inOrder(
        readInputs(inputs, readOptions(options)),
        async (result) => ("report" in result ? coder.code(result.report, pipeline) : null),
        coder.window,
      );
      for await (const { item, outcome } of coded) {
        if ("error" in item) errors.report(item.error);
        else if ("error" in outcome) errors.failed(item.report.source, outcome.error);
        else if (outcome.value) {
          const extraction = outcome.value;
          if (!extraction.document.published_at) undated++;
          if (options.format === "jsonl") process.stdout.write(`${JSON.stringify(extraction)}\n`);
          else collected.push(extraction);
        }
      }
    } finally {
      await coder.close();
    }
    if (options.format === "json" && collected.length > 0) {
      process.stdout.write(`${JSON.stringify(collected.length === 1 ? collected[0] : collected, null, 2)}\n`);
    }
    warnUndated(undated);
    process.exitCode = errors.exitCode;
  });
}
