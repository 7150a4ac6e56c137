import { type Command, InvalidArgumentError } from "commander";
import { readInputs } from "../../ingest/index.js";
import type { EvidenceSpan, Extraction, VigilEvent } from "../../model/index.js";
import { processReport } from "../../pipeline/index.js";
import { databaseLocation } from "../options.js";
import { BatchErrors } from "../report-errors.js";
import { explainStoredEvent } from "./explain-event.js";
import { addReadOptions, type ReadCommandOptions, readOptions } from "./read-options.js";

// Field groups and their terminal colours: what happened, when, where, who, how many.
const FIELD_COLOURS: [RegExp, number][] = [
  [/^(event_type|sub_event_type|civilian_targeting)$/, 35],
  [/^event_date$/, 32],
  [/^(location|latitude|longitude|country|admin\d|geo_precision)$/, 34],
  [/^actor[12]$/, 33],
  [/^fatalities$/, 31],
];
const colourOf = (field: string) => FIELD_COLOURS.find(([pattern]) => pattern.test(field))?.[1] ?? 36;

interface Marked extends EvidenceSpan {
  field: string;
}

/** The text with every evidence span marked: coloured on a terminal, «field: words» in plain output. */
export function highlight(text: string, spans: Marked[], colour: boolean): string {
  const sorted = [...spans]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((s, i, all) => i === 0 || s.start >= (all[i - 1] as Marked).end);
  let out = "";
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue;
    out += text.slice(at, span.start);
    const words = text.slice(span.start, span.end);
    out += colour ? `\u001b[1;${colourOf(span.field)}m${words}\u001b[0m` : `«${span.field}: ${words}»`;
    at = span.end;
  }
  return out + text.slice(at);
}

function describeEvent(event: VigilEvent, index: number): string {
  const lines = [
    `Event ${index + 1}: ${event.event_type} / ${event.sub_event_type} (confidence ${event.confidence})`,
    `  ${event.notes ?? ""}`,
  ];
  for (const [field, spans] of Object.entries(event.evidence)) {
    const value = (event as unknown as Record<string, unknown>)[field];
    for (const span of spans)
      lines.push(
        `  ${field.padEnd(18)} ${JSON.stringify(value)}  ← "${span.text}" [${span.start}-${span.end}] ${span.rule} (${span.confidence})`,
      );
  }
  const unsupported = ["event_date", "location", "actor1", "fatalities"].filter((f) => !event.evidence[f]);
  if (unsupported.length) lines.push(`  inferred, no words in the text: ${unsupported.join(", ")}`);
  return lines.join("\n");
}

export function explainExtraction(extraction: Extraction, colour: boolean): string {
  const marks = extraction.events.flatMap((event) =>
    Object.entries(event.evidence).flatMap(([field, spans]) => spans.map((s) => ({ ...s, field }))),
  );
  const header = `${extraction.document.source} (${extraction.document.id}, published ${extraction.document.published_at ?? "unknown"})`;
  const events = extraction.events.length ? extraction.events.map(describeEvent).join("\n\n") : "No event found.";
  return `${header}\n\n${highlight(extraction.document.text, marks, colour)}\n\n${events}\n`;
}

export function explainCommand(program: Command): void {
  addReadOptions(
    program
      .command("explain")
      .description(
        "show each event's evidence highlighted in the text, with the rule, words and confidence per field; " +
          "with --event, why a stored event is what it is: its sources, their values and the merge decisions",
      )
      .argument("[inputs...]", "files, folders, globs, URLs, or - for standard input")
      .option("--event <id>", "a stored event's id (from `vigil events`)")
      .option("--db <location>", "SQLite file or postgres:// URL (default ./vigil.db, or VIGIL_DB)"),
  ).action(async (inputs: string[], options: ReadCommandOptions & { event?: string; db?: string }) => {
    if (options.event) return explainStoredEvent(options.event, databaseLocation(options.db));
    if (inputs.length === 0) throw new InvalidArgumentError("give reports to explain, or --event ID");
    const errors = new BatchErrors();
    const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
    for await (const result of readInputs(inputs, readOptions(options))) {
      if ("error" in result) {
        errors.report(result.error);
        continue;
      }
      const extraction = errors.attempt(result.report.source, () =>
        processReport(result.report, { publishedAt: options.published }),
      );
      if (extraction) process.stdout.write(`${explainExtraction(extraction, colour)}\n`);
    }
    process.exitCode = errors.exitCode;
  });
}
