import { daysBetween } from "../base/calendar.js";
import type { AcledRecord } from "./acled-file.js";
import type { Match, Matching } from "./match.js";
import { type ComparedEvent, sameName } from "./pair.js";

/** Within this distance the two points are "the same place", as the accuracy table of the README counts it. */
export const NEAR_KM = 25;

/** Agreement on matched pairs: shares from 0 to 1 (null with no pair to judge), except where named otherwise. */
export interface Agreement {
  event_type: number | null;
  sub_event_type: number | null;
  /** Same `event_date`, and the mean of the days between the two dates. */
  date_exact: number | null;
  date_mean_days_apart: number | null;
  /** Points within NEAR_KM, the median distance, and the same admin1 name. */
  location_within_25km: number | null;
  location_median_km: number | null;
  admin1: number | null;
  actor1: number | null;
  actor2: number | null;
  /** Same count, Vigil's unknown toll read as 0 (ACLED's convention, as `vigil events --format csv` writes it). */
  fatalities_exact: number | null;
  fatalities_acled: number;
  fatalities_vigil: number;
}

export interface Figures {
  acled_rows: number;
  vigil_events: number;
  matched: number;
  missed: number;
  extra: number;
  /** Matched ACLED rows / ACLED rows. */
  recall: number | null;
  /** Matched Vigil events / Vigil events. */
  precision: number | null;
  agreement: Agreement;
}

/** Figures for a group of rows and events ("Mali", "Battles"). */
export interface GroupFigures extends Figures {
  group: string;
}

export function figuresOf(matching: Matching): Figures {
  const { matches, missed, extra } = matching;
  const rows = matches.length + missed.length;
  const events = matches.length + extra.length;
  return {
    acled_rows: rows,
    vigil_events: events,
    matched: matches.length,
    missed: missed.length,
    extra: extra.length,
    recall: share(matches.length, rows),
    precision: share(matches.length, events),
    agreement: agreementOf(matches),
  };
}

/**
 * Figures by a key of each side: rows (matched and missed) by the ACLED row's key, extra events by the event's.
 * @example figuresBy(matching, (r) => r.country, (e) => e.country) // by country
 */
export function figuresBy(
  matching: Matching,
  ofRow: (row: AcledRecord) => string | null,
  ofEvent: (event: ComparedEvent) => string | null,
): GroupFigures[] {
  const groups = new Map<string, Matching>();
  const group = (key: string | null) => {
    const name = key ?? "(none)";
    const found = groups.get(name) ?? { matches: [], missed: [], extra: [] };
    groups.set(name, found);
    return found;
  };
  for (const match of matching.matches) group(ofRow(match.row)).matches.push(match);
  for (const row of matching.missed) group(ofRow(row)).missed.push(row);
  for (const event of matching.extra) group(ofEvent(event)).extra.push(event);
  return [...groups]
    .map(([name, part]) => ({ group: name, ...figuresOf(part) }))
    .sort((a, b) => b.acled_rows + b.extra - (a.acled_rows + a.extra) || a.group.localeCompare(b.group));
}

function agreementOf(matches: Match[]): Agreement {
  const rate = (agrees: (m: Match) => boolean) => share(matches.filter(agrees).length, matches.length);
  const distances = matches.map((m) => m.pair.features.distance_km).filter((d): d is number => d !== null);
  return {
    event_type: rate((m) => sameName(m.row.event_type, m.event.event_type)),
    sub_event_type: rate((m) => sameName(m.row.sub_event_type, m.event.sub_event_type)),
    date_exact: rate((m) => m.row.event_date === m.event.event_date),
    date_mean_days_apart: mean(
      matches.map((m) => Math.abs(daysBetween(m.row.event_date, m.event.event_date ?? m.row.event_date))),
    ),
    location_within_25km: share(distances.filter((d) => d <= NEAR_KM).length, distances.length),
    location_median_km: median(distances),
    admin1: rate((m) => sameName(m.row.admin1, m.event.admin1)),
    actor1: rate((m) => sameName(m.row.actor1, m.event.actor1)),
    actor2: rate((m) => sameName(m.row.actor2, m.event.actor2)),
    fatalities_exact: rate((m) => (m.row.fatalities ?? 0) === (m.event.fatalities ?? 0)),
    fatalities_acled: matches.reduce((sum, m) => sum + (m.row.fatalities ?? 0), 0),
    fatalities_vigil: matches.reduce((sum, m) => sum + (m.event.fatalities ?? 0), 0),
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const share = (count: number, total: number) => (total === 0 ? null : round(count / total));
const mean = (values: number[]) => (values.length ? round(values.reduce((a, b) => a + b, 0) / values.length) : null);

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : round(((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2);
}
