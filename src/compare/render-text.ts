import type { AcledRecord } from "./acled-file.js";
import type { Figures, GroupFigures } from "./figures.js";
import type { ComparedEvent, PairScore } from "./pair.js";
import type { ComparisonReport, EventExplanation, RowExplanation } from "./report.js";

/**
 * Text for a terminal: control characters other than line breaks, which a hostile export could use to rewrite the
 * screen (ANSI escapes), are made visible.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const forTerminal = (text: string) => text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, "?");

const percent = (value: number | null) => (value === null ? "–" : `${Math.round(value * 100)}%`);
const orDash = (value: string | number | null | undefined) =>
  value === null || value === undefined ? "–" : String(value);

/** The report for a terminal: the scope, the overall figures, then tables by country and by event type. */
export function renderText(report: ComparisonReport): string {
  const { scope, overall } = report;
  const lines = [
    `ACLED rows ${overall.acled_rows}, Vigil events ${overall.vigil_events} (${scope.countries.join(", ") || "no country"}, ${scope.since ?? "…"} to ${scope.until ?? "…"})`,
    `matched ${overall.matched}: recall ${percent(overall.recall)} of ACLED rows, ${percent(overall.precision)} of Vigil events; missed ${overall.missed}, extra ${overall.extra}`,
    ...agreementLines(overall),
    "",
    groupTable("country", report.by_country),
    groupTable("event type", report.by_event_type),
    "  (ACLED's event type for matched and missed rows, Vigil's for extra events)",
    `matching: ${report.method.matching}; --explain ROW_ID shows why a row matched`,
  ];
  return forTerminal(`${lines.join("\n")}\n`);
}

function agreementLines(figures: Figures): string[] {
  const a = figures.agreement;
  return [
    `agreement on matched pairs: type ${percent(a.event_type)}, sub-type ${percent(a.sub_event_type)}, date exact ${percent(a.date_exact)} (mean ${orDash(a.date_mean_days_apart?.toFixed(1))} days apart)`,
    `  location within 25 km ${percent(a.location_within_25km)} (median ${orDash(a.location_median_km)} km), admin1 ${percent(a.admin1)}, actor1 ${percent(a.actor1)}, actor2 ${percent(a.actor2)}`,
    `  fatalities exact ${percent(a.fatalities_exact)} (total ACLED ${a.fatalities_acled}, Vigil ${a.fatalities_vigil})`,
  ];
}

const GROUP_COLUMNS = [
  "group",
  "acled",
  "vigil",
  "matched",
  "missed",
  "extra",
  "recall",
  "type",
  "sub-type",
  "date",
  "≤25 km",
  "fatalities",
];

function groupTable(label: string, groups: GroupFigures[]): string {
  return alignedTable([
    [label, ...GROUP_COLUMNS],
    ...groups.map((g) => [
      g.group,
      String(g.acled_rows),
      String(g.vigil_events),
      String(g.matched),
      String(g.missed),
      String(g.extra),
      percent(g.recall),
      percent(g.agreement.event_type),
      percent(g.agreement.sub_event_type),
      percent(g.agreement.date_exact),
      percent(g.agreement.location_within_25km),
      percent(g.agreement.fatalities_exact),
    ]),
  ]);
}

// A few lines rather than a table package, as src/cli/output.ts does: the compare stage sits below the CLI and
// cannot borrow its printer, and plain aligned columns are all a terminal needs.
function alignedTable(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows
    .map(
      (r) =>
        `  ${r
          .map((cell, i) => cell.padEnd(widths[i] ?? 0))
          .join("  ")
          .trimEnd()}\n`,
    )
    .join("");
}

/** `--explain`: the row or event, what it matched, and every candidate with its scores and vetoes. */
export function renderExplanation(explanation: RowExplanation | EventExplanation): string {
  if (explanation.kind === "acled") {
    const { row, matched, candidates } = explanation;
    const lines = [
      `ACLED ${describeRow(row)}`,
      matched ? `matched ${matched.id}` : "matched no Vigil event",
      candidates.length ? "candidates (best first):" : "no Vigil event of its country within a week of its date",
      ...candidates.map((c) => {
        const fate =
          c.matchedRow === row.event_id_cnty ? "MATCHED" : c.matchedRow ? `taken by ${c.matchedRow}` : "unmatched";
        return `  ${describeEvent(c.event)}\n    ${describePair(c.pair)}; ${fate}`;
      }),
    ];
    return forTerminal(`${lines.join("\n")}\n`);
  }
  const { event, matched, candidates } = explanation;
  const lines = [
    `Vigil ${describeEvent(event)}`,
    matched ? `matched ACLED ${matched.event_id_cnty}` : "matched no ACLED row",
    candidates.length ? "candidates (best first):" : "no ACLED row of its country within a week of its date",
    ...candidates.map((c) => {
      const fate =
        c.matchedEvent === event.id ? "MATCHED" : c.matchedEvent ? `taken by ${c.matchedEvent}` : "unmatched";
      return `  ${describeRow(c.row)}\n    ${describePair(c.pair)}; ${fate}`;
    }),
  ];
  return forTerminal(`${lines.join("\n")}\n`);
}

const precisionNote = (time: number | null, geo: number | null) =>
  `time precision ${orDash(time)}, geo precision ${orDash(geo)}`;

function describeRow(row: AcledRecord): string {
  return `${row.event_id_cnty} (line ${row.line}): ${row.event_date} ${row.event_type} / ${orDash(row.sub_event_type)}, ${orDash(row.location)}, ${row.country} (${row.latitude}, ${row.longitude}); ${precisionNote(row.time_precision, row.geo_precision)}; ${orDash(row.actor1)} vs ${orDash(row.actor2)}; fatalities ${orDash(row.fatalities)}`;
}

function describeEvent(event: ComparedEvent): string {
  return `${event.id}: ${orDash(event.event_date)} ${orDash(event.event_type)} / ${orDash(event.sub_event_type)}, ${orDash(event.location)}, ${orDash(event.country)} (${orDash(event.latitude)}, ${orDash(event.longitude)}); ${precisionNote(event.time_precision, event.geo_precision)}; ${orDash(event.actor1)} vs ${orDash(event.actor2)}; fatalities ${event.fatalities ?? "unknown"}`;
}

function describePair(pair: PairScore): string {
  const f = pair.features;
  const parts = [
    `score ${pair.score}`,
    `dates ${f.date_gap_days === null ? "unknown" : f.date_gap_days === 0 ? "overlap" : `${f.date_gap_days} day${f.date_gap_days === 1 ? "" : "s"} apart`}`,
    f.distance_km === null
      ? `no coordinates, ${f.same_admin1 ? "same" : "another"} admin1`
      : `${f.distance_km} km apart (tolerance ${f.distance_tolerance_km} km)`,
    `type agreement: ${f.type_agreement}`,
    f.shared_actor ? `shared actor ${f.shared_actor}` : "no shared named actor",
  ];
  return `${parts.join(", ")}${pair.vetoes.length ? `; NOT one event: ${pair.vetoes.join("; ")}` : ""}`;
}
