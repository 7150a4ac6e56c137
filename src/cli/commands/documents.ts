import { type Command, Option } from "commander";
import { openStore } from "../../store/index.js";
import { databaseLocation, parseNonNegativeInteger, parsePositiveInteger } from "../options.js";
import { type ListFormat, notePage, printRows, TABLE_PAGE } from "../output.js";

interface DocumentsOptions {
  db?: string;
  format: ListFormat;
  limit?: number;
  offset: number;
}

export function documentsCommand(program: Command): void {
  const documents = program
    .command("documents")
    .description("list stored documents")
    .option("--db <location>", "SQLite file (default ./vigil.db, or VIGIL_DB)")
    .addOption(new Option("--format <format>", "output format").choices(["table", "json", "jsonl"]).default("table"))
    .addOption(new Option("--limit <n>", `how many (table default ${TABLE_PAGE})`).argParser(parsePositiveInteger))
    .addOption(new Option("--offset <n>", "skip this many first").argParser(parseNonNegativeInteger).default(0))
    .action(async (options: DocumentsOptions) => {
      const store = await openStore(databaseLocation(options.db));
      try {
        const limit = options.limit ?? (options.format === "table" ? TABLE_PAGE : Number.MAX_SAFE_INTEGER);
        const documents = await store.listDocuments({ limit, offset: options.offset });
        if (options.format !== "table") return printRows(documents, options.format, []);
        const rows = documents.map((d) => ({ ...d, published_at: d.published_at ?? "unknown", chars: d.text.length }));
        printRows(rows, "table", ["id", "published_at", "language", "form", "chars", "title", "source"]);
        notePage(options.offset, rows.length, await store.countDocuments());
      } finally {
        await store.close();
      }
    });
  documents
    .command("retract")
    .description(
      "take a report back: its events are reconciled from their other reports, or end when it was their only one",
    )
    .argument("<document-id>", "a document id from `vigil documents`")
    .option("--reason <text>", "why (kept in the change feed)")
    .option("--db <location>", "SQLite file or postgres:// URL (default ./vigil.db, or VIGIL_DB)")
    .action(async (id: string, options: { reason?: string; db?: string }) => {
      const store = await openStore(databaseLocation(options.db ?? documents.opts().db));
      try {
        const result = await store.retractDocument(id, options.reason ?? null);
        process.stdout.write(`${result.events.join("\n")}${result.events.length ? "\n" : ""}`);
        process.stderr.write(
          result.retracted
            ? `retracted ${id}: ${result.events.length} event(s) rewritten, ${result.ended.length} ended\n`
            : `${id} was retracted before; nothing changed\n`,
        );
      } finally {
        await store.close();
      }
    });
}
