import { writeFileSync } from "node:fs";
import { type Command, InvalidArgumentError, Option } from "commander";
import {
  type ComparedEvent,
  type ComparisonReport,
  compareWithAcled,
  eventsToCompare,
  explain,
  mapBox,
  outlinesIn,
  readAcledCsv,
  renderCsv,
  renderExplanation,
  renderHtml,
  renderText,
  scopeOfRows,
} from "../../compare/index.js";
import { eventFilters, FilterError } from "../../query/filters.js";
import { openStore } from "../../store/index.js";
import { databaseLocation } from "../options.js";

type CompareFormat = "text" | "json" | "csv" | "html";

interface CompareOptions {
  acled: string;
  db?: string;
  country?: string;
  since?: string;
  until?: string;
  format: CompareFormat;
  explain?: string;
  out?: string;
}

export function compareCommand(program: Command): void {
  program
    .command("compare")
    .description(
      "match an ACLED export's rows to the stored events: recall, extra events and agreement, field by field",
    )
    .requiredOption("--acled <file>", "an ACLED export as CSV (the export tool's or the API's columns, any order)")
    .option("--db <location>", "SQLite file or postgres:// URL (default ./vigil.db, or VIGIL_DB)")
    .option("--country <country>", "only this country (default: the countries of the ACLED file)")
    .option("--since <date>", "on or after this day (default: the ACLED file's first day)")
    .option("--until <date>", "on or before this day (default: the ACLED file's last day)")
    .addOption(
      new Option("--format <format>", "output format").choices(["text", "json", "csv", "html"]).default("text"),
    )
    .option("--explain <id>", "why an ACLED row (event_id_cnty) or a Vigil event (evt_…) matched what it did")
    .option("--out <file>", "write the report to this file instead of standard output")
    .action(async (options: CompareOptions) => {
      const given = scopeOptions(options);
      const rows = await readAcledCsv(options.acled);
      const scope = scopeOfRows(rows, given);
      const store = await openStore(databaseLocation(options.db));
      let events: ComparedEvent[];
      try {
        events = await eventsToCompare(store, scope);
      } finally {
        await store.close();
      }
      const comparison = compareWithAcled(rows, events, scope);
      if (options.explain) {
        const explanation = explain(comparison, options.explain);
        if (!explanation)
          throw new InvalidArgumentError(
            `--explain: ${options.explain} is neither an ACLED row (event_id_cnty) nor a Vigil event in the comparison's scope`,
          );
        write(
          options.out,
          options.format === "json" ? `${JSON.stringify(explanation, null, 2)}\n` : renderExplanation(explanation),
        );
        return;
      }
      write(options.out, render(comparison.report, options.format));
      const { matched, missed, extra } = comparison.report.overall;
      if (options.out)
        process.stderr.write(`wrote ${options.out}: ${matched} matched, ${missed} missed, ${extra} extra\n`);
    });
}

/** The user's --country, --since and --until, read as `vigil events` reads them. */
function scopeOptions(options: CompareOptions): { countries?: string[]; since?: string; until?: string } {
  try {
    const query = eventFilters({ country: options.country, since: options.since, until: options.until });
    return { countries: query.iso3 ? [query.iso3] : undefined, since: query.since, until: query.until };
  } catch (error) {
    if (error instanceof FilterError) throw new InvalidArgumentError(`--${error.message}`);
    throw error;
  }
}

function render(report: ComparisonReport, format: CompareFormat): string {
  if (format === "json") return `${JSON.stringify(report, null, 2)}\n`;
  if (format === "csv") return renderCsv(report);
  if (format === "html") return renderHtml(report, outlinesIn(mapBox(report)));
  return renderText(report);
}

function write(out: string | undefined, text: string): void {
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}
