import { type Command, InvalidArgumentError, Option } from "commander";
import type { EventHistoryEntry } from "../../model/index.js";
import { openStore } from "../../store/index.js";
import { databaseLocation, parseNonNegativeInteger, parsePositiveInteger } from "../options.js";
import { printRows, TABLE_PAGE } from "../output.js";

interface ChangesOptions {
  db?: string;
  since: string;
  limit?: number;
  format: "table" | "json" | "jsonl";
}

/** Machine formats read the feed in pages of this many, so a long history never sits in memory. */
const FEED_PAGE = 500;

export function changesCommand(program: Command): void {
  program
    .command("changes")
    .description("the change feed: every change to every event after a cursor, in order, with the event after it")
    .option("--db <location>", "SQLite file or postgres:// URL (default ./vigil.db, or VIGIL_DB)")
    .option("--since <cursor>", "the cursor printed after the last run (default: from the start)", "0")
    .addOption(new Option("--limit <n>", `how many (table default ${TABLE_PAGE})`).argParser(parsePositiveInteger))
    .addOption(new Option("--format <format>", "output format").choices(["table", "json", "jsonl"]).default("table"))
    .action(async (options: ChangesOptions) => {
      const since = cursorOf(options.since);
      const store = await openStore(databaseLocation(options.db));
      try {
        let cursor = since;
        let left = options.limit ?? (options.format === "table" ? TABLE_PAGE : Number.MAX_SAFE_INTEGER);
        const all = [];
        while (left > 0) {
          const page = await store.listChanges(cursor, Math.min(FEED_PAGE, left));
          if (page.changes.length === 0) break;
          if (options.format === "jsonl") printRows(page.changes, "jsonl", []);
          else all.push(...page.changes);
          cursor = page.next;
          left -= page.changes.length;
        }
        if (options.format === "json") printRows(all, "json", []);
        if (options.format === "table") {
          const rows = all.map((change) => ({ ...change, ...changeParts(change), kind: kindOf(change) }));
          printRows(rows, "table", ["seq", "at", "event_id", "kind", "what", "why"]);
        }
        // On stderr, so JSON Lines on stdout stay clean: the cursor to pass as --since next time.
        process.stderr.write(`next cursor: ${cursor}\n`);
      } finally {
        await store.close();
      }
    });
}

function cursorOf(value: string): number {
  if (value.trim() === "") return 0;
  try {
    return parseNonNegativeInteger(value);
  } catch {
    throw new InvalidArgumentError(`--since: a cursor printed by an earlier run (a whole number), not "${value}"`);
  }
}

/**
 * A change in a few words: what happened, why, and what moved.
 * @example changeLine(entry) // "updated (ingest doc_…): fatalities_high 12 → 30; +1 report"
 */
export function changeLine(change: EventHistoryEntry): string {
  const { why, what } = changeParts(change);
  return `${kindOf(change)} (${why})${what ? `: ${what}` : ""}`;
}

/** Why a change happened (the action, its documents, the reason given) and what it changed. */
function changeParts(change: EventHistoryEntry): { why: string; what: string } {
  const { cause } = change;
  const why = [cause.action, ...cause.documents, cause.reason ? `"${cause.reason}"` : ""].filter(Boolean).join(" ");
  const parts = change.fields.map((f) => `${f.field} ${shown(f.old)} → ${shown(f.new)}`);
  if (change.sources_added.length) parts.push(`+${reports(change.sources_added.length)}`);
  if (change.sources_removed.length) parts.push(`-${reports(change.sources_removed.length)}`);
  if (change.from.length) parts.push(`from ${change.from.join(", ")}`);
  if (change.into.length) parts.push(`into ${change.into.join(", ")}`);
  return { why, what: parts.join("; ") };
}

function kindOf(change: EventHistoryEntry): string {
  return `${change.kind}${change.gone ? " (gone)" : ""}`;
}

function reports(n: number): string {
  return `${n} report${n === 1 ? "" : "s"}`;
}

function shown(value: unknown): string {
  return value === null || value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value);
}
