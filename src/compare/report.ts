import { addDays } from "../base/calendar.js";
import type { AcledRecord } from "./acled-file.js";
import { type Figures, figuresBy, figuresOf, type GroupFigures } from "./figures.js";
import { type Candidate, candidatesOf, EventIndex, type Matching, matchRows, rowCandidatesOf } from "./match.js";
import { type ComparedEvent, DATE_SLACK_DAYS, type PairFeatures, SITE_RADIUS_KM } from "./pair.js";

/** Which rows and events are compared: ISO3 countries and a span of days (inclusive). */
export interface ComparisonScope {
  countries: string[];
  since: string | null;
  until: string | null;
}

/** One line of the comparison: a matched pair, a missed ACLED row, or an extra Vigil event. */
export interface ComparisonPair {
  status: "matched" | "missed" | "extra";
  acled: AcledRecord | null;
  vigil: ComparedEvent | null;
  score: number | null;
  features: PairFeatures | null;
}

export interface ComparisonReport {
  scope: ComparisonScope;
  method: {
    matching: string;
    date_slack_days: number;
    site_radius_km: Record<string, number>;
  };
  overall: Figures;
  by_country: GroupFigures[];
  by_event_type: GroupFigures[];
  pairs: ComparisonPair[];
}

/** Everything one comparison found, kept for explaining single rows after the report is made. */
export interface Comparison {
  report: ComparisonReport;
  rows: AcledRecord[];
  index: EventIndex;
  matching: Matching;
}

/**
 * The scope a comparison covers when the user names none: the ACLED file's countries and its first and last days,
 * so Vigil's events elsewhere or at other times are not counted as extra.
 */
export function scopeOfRows(rows: AcledRecord[], given: Partial<ComparisonScope>): ComparisonScope {
  const days = rows.map((r) => r.event_date).sort();
  return {
    countries: given.countries?.length ? given.countries : [...new Set(rows.map((r) => r.iso3))].sort(),
    since: given.since ?? days[0] ?? null,
    until: given.until ?? days[days.length - 1] ?? null,
  };
}

/**
 * Days either side of the scope within which Vigil's events may still match a row at its edge (a row of the scope's
 * last day, dated to the week or month, can be an event a few days later); only those inside the scope count as extra.
 */
export const EDGE_DAYS = 31;

/** The scope widened by EDGE_DAYS: the events to read for a comparison. */
export function withEdges(scope: ComparisonScope): ComparisonScope {
  return {
    countries: scope.countries,
    since: scope.since && addDays(scope.since, -EDGE_DAYS),
    until: scope.until && addDays(scope.until, EDGE_DAYS),
  };
}

const inScope = (scope: ComparisonScope, iso3: string | null, day: string | null) =>
  !!iso3 &&
  scope.countries.includes(iso3) &&
  (!scope.since || (!!day && day >= scope.since)) &&
  (!scope.until || (!!day && day <= scope.until));

/**
 * Compares ACLED rows with Vigil's events within a scope: matches them one to one, then counts recall, extra events
 * and agreement, overall, by country and by event type.
 * @example compareWithAcled(await readAcledCsv("mali.csv"), events, scopeOfRows(rows, {})).report.overall.recall
 */
export function compareWithAcled(rows: AcledRecord[], events: ComparedEvent[], scope: ComparisonScope): Comparison {
  const scopedRows = rows.filter((r) => inScope(scope, r.iso3, r.event_date));
  const index = new EventIndex(events.filter((e) => inScope(withEdges(scope), e.iso3, e.event_date)));
  const matched = matchRows(scopedRows, index);
  const matching = { ...matched, extra: matched.extra.filter((e) => inScope(scope, e.iso3, e.event_date)) };
  const report: ComparisonReport = {
    scope,
    method: {
      matching:
        "one-to-one, greedy by score: same country, dates within each side's time precision plus a day, places within both sides' geo-precision radii, event types of one family",
      date_slack_days: DATE_SLACK_DAYS,
      site_radius_km: Object.fromEntries(Object.entries(SITE_RADIUS_KM)),
    },
    overall: figuresOf(matching),
    by_country: figuresBy(
      matching,
      (r) => r.country,
      (e) => e.country,
    ),
    by_event_type: figuresBy(
      matching,
      (r) => r.event_type,
      (e) => e.event_type,
    ),
    pairs: [
      ...matching.matches.map(
        (m): ComparisonPair => ({
          status: "matched",
          acled: m.row,
          vigil: m.event,
          score: m.pair.score,
          features: m.pair.features,
        }),
      ),
      ...matching.missed.map(
        (row): ComparisonPair => ({ status: "missed", acled: row, vigil: null, score: null, features: null }),
      ),
      ...matching.extra.map(
        (event): ComparisonPair => ({ status: "extra", acled: null, vigil: event, score: null, features: null }),
      ),
    ],
  };
  return { report, rows: scopedRows, index, matching };
}

/** Why a row matched the event it did, or none: its candidates with their scores and vetoes. */
export interface RowExplanation {
  kind: "acled";
  row: AcledRecord;
  matched: ComparedEvent | null;
  candidates: Candidate[];
}

/** Why an event matched the row it did, or none. */
export interface EventExplanation {
  kind: "vigil";
  event: ComparedEvent;
  matched: AcledRecord | null;
  candidates: ReturnType<typeof rowCandidatesOf>;
}

/** An ACLED row by its event_id_cnty, or a Vigil event by its id or event_id_cnty; null when the comparison has neither. */
export function explain(comparison: Comparison, id: string): RowExplanation | EventExplanation | null {
  const { rows, index, matching } = comparison;
  const row = rows.find((r) => r.event_id_cnty === id);
  if (row)
    return {
      kind: "acled",
      row,
      matched: matching.matches.find((m) => m.row === row)?.event ?? null,
      candidates: candidatesOf(row, index, matching),
    };
  const event = index.events.find((e) => e.id === id || e.event_id_cnty === id);
  if (!event) return null;
  return {
    kind: "vigil",
    event,
    matched: matching.matches.find((m) => m.event === event)?.row ?? null,
    candidates: rowCandidatesOf(event, rows, matching),
  };
}
