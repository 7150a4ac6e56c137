import type { Command } from "commander";
import { readInputs } from "../../ingest/index.js";
import { type CodedReport, openStore, type Store } from "../../store/index.js";
import { batchCoder, inOrder } from "../../worker/in-order.js";
import { databaseLocation } from "../options.js";
import { Progress } from "../progress.js";
import { BatchErrors, warnUndated } from "../report-errors.js";
import {
  addReadOptions,
  addWorkersOption,
  type ReadCommandOptions,
  readOptions,
  type WorkersOption,
} from "./read-options.js";

interface IngestOptions extends ReadCommandOptions, Partial<WorkersOption> {
  db?: string;
}

/** Documents are written in transactions of this many, so a failure later in a batch loses none already written. */
const WRITE_BATCH = 200;

export function ingestCommand(program: Command): void {
  addWorkersOption(
    addReadOptions(
      program
        .command("ingest")
        .description(
          "read reports, code their events and store them, merging reports of the same event (a document is stored once)",
        )
        .argument("<inputs...>", "files, folders, globs, URLs, or - for standard input")
        .option("--db <location>", "SQLite file (default ./vigil.db, or VIGIL_DB)"),
    ),
  ).action(async (inputs: string[], options: IngestOptions) => {
    const store = await openStore(databaseLocation(options.db));
    try {
      process.exitCode = await ingestInto(store, inputs, options);
    } finally {
      await store.close();
    }
  });
}

/**
 * Reads, codes and stores every report the inputs name, in write batches, showing progress and ending with one
 * summary line. Reports are coded on `options.workers` threads (default one, this thread) and stored in input order by
 * this one. Returns the exit code: that of the first input that failed, else 0.
 */
export async function ingestInto(
  store: Store,
  inputs: string[],
  options: ReadCommandOptions & Partial<WorkersOption>,
): Promise<number> {
  const errors = new BatchErrors();
  const progress = new Progress("ingesting");
  let pending: CodedReport[] = [];
  let added = 0;
  let existing = 0;
  let created = 0;
  let merged = 0;
  let undated = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    const result = await store.putReports(pending);
    added += result.added.length;
    existing += result.existing.length;
    created += result.created;
    merged += result.merged;
    pending = [];
  };
  const coder = batchCoder(options.workers ?? 1);
  const pipeline = { publishedAt: options.published };
  try {
    const coded = inOrder(
      readInputs(inputs, readOptions(options)),
      async (result) => ("report" in result ? coder.code(result.report, pipeline) : null),
      coder.window,
    );
    for await (const { item, outcome } of coded) {
      if ("error" in item) {
        errors.report(item.error);
        continue;
      }
      if ("error" in outcome) errors.failed(item.report.source, outcome.error);
      else if (outcome.value) {
        pending.push(outcome.value);
        if (!outcome.value.document.published_at) undated++;
      }
      if (pending.length >= WRITE_BATCH) await flush();
      progress.update(added + existing + pending.length, "documents");
    }
    await flush();
  } finally {
    progress.done();
    await coder.close();
  }
  const failed = errors.count ? `, ${errors.count} input${errors.count === 1 ? "" : "s"} failed` : "";
  process.stderr.write(
    `stored ${added} new document${added === 1 ? "" : "s"} (${existing} already stored${failed}) in ${store.location}: ` +
      `${created} new event${created === 1 ? "" : "s"}, ${merged} report${merged === 1 ? "" : "s"} merged into known events\n`,
  );
  warnUndated(undated);
  return errors.exitCode;
}
