import { daysBetween } from "../base/calendar.js";
import { dateWindow } from "../merge/source-event.js";
import type { AcledRecord } from "./acled-file.js";
import {
  acledWindow,
  type ComparedEvent,
  DATE_SLACK_DAYS,
  KM_PER_DEGREE_OF_LATITUDE,
  type PairScore,
  plainlyApart,
  SITE_RADIUS_KM,
  scorePair,
} from "./pair.js";

/** A row and an event judged one event. */
export interface Match {
  row: AcledRecord;
  event: ComparedEvent;
  pair: PairScore;
}

export interface Matching {
  matches: Match[];
  /** ACLED rows no Vigil event matched. */
  missed: AcledRecord[];
  /** Vigil events no ACLED row matched. */
  extra: ComparedEvent[];
}

/** A candidate event of one row, scored, and what became of it. */
export interface Candidate {
  event: ComparedEvent;
  pair: PairScore;
  /** The row this event was matched to, when it was (this row or another). */
  matchedRow: string | null;
}

/** Days since 1970-01-01: whole numbers step through a window faster than day strings. */
const dayNumber = (day: string) => daysBetween(day, "1970-01-01");

/** How far beyond the matching window `--explain` looks for near misses. */
const EXPLAIN_EXTRA_DAYS = 7;

/**
 * Latitude bands of the index, in degrees. Events are kept by band and geo precision, and a row looks only in the
 * bands where an event of each precision could still be its site: a quarter of a degree is about 28 km, the reach
 * of two town-precise points.
 */
const BAND_DEGREES = 0.25;
/** Events without coordinates sit in this band, which every row looks in. */
const NO_BAND = -1000;

const bandOf = (latitude: number | null) => (latitude === null ? NO_BAND : Math.floor(latitude / BAND_DEGREES));

/** One number per day, geo precision and band: a row looks up dozens of cells, and numbers hash faster than text. */
const cellOf = (day: number, precision: number, band: number) => (day * 4 + precision) * 4096 + band + 2048;

/**
 * Events by country, by each day their date window covers, and by geo precision and latitude band, so a row's
 * candidates are found by looking up its own window's days and its neighbourhood instead of scanning every event.
 */
export class EventIndex {
  private readonly byCountry = new Map<string, Map<number, ComparedEvent[]>>();

  constructor(readonly events: ComparedEvent[]) {
    for (const event of events) {
      const window = dateWindow(event);
      if (!window || !event.iso3) continue;
      const cells = this.byCountry.get(event.iso3) ?? new Map<number, ComparedEvent[]>();
      this.byCountry.set(event.iso3, cells);
      for (let day = dayNumber(window.low); day <= dayNumber(window.high); day++) {
        const cell = cellOf(day, event.geo_precision ?? 3, bandOf(event.latitude));
        const list = cells.get(cell);
        if (list) list.push(event);
        else cells.set(cell, [event]);
      }
    }
  }

  /** Events of the row's country whose date window comes within a day of the row's, and within reach of its point. */
  near(row: AcledRecord): ComparedEvent[] {
    const cells = this.byCountry.get(row.iso3);
    if (!cells) return [];
    const window = acledWindow(row);
    const found = new Set<ComparedEvent>();
    for (let day = dayNumber(window.low) - DATE_SLACK_DAYS; day <= dayNumber(window.high) + DATE_SLACK_DAYS; day++)
      for (const precision of [1, 2, 3] as const) {
        for (const event of cells.get(cellOf(day, precision, NO_BAND)) ?? []) found.add(event);
        const reach = (SITE_RADIUS_KM[row.geo_precision] + SITE_RADIUS_KM[precision]) / KM_PER_DEGREE_OF_LATITUDE;
        const high = Math.floor((row.latitude + reach) / BAND_DEGREES);
        for (let band = Math.floor((row.latitude - reach) / BAND_DEGREES); band <= high; band++)
          for (const event of cells.get(cellOf(day, precision, band)) ?? []) found.add(event);
      }
    return [...found];
  }
}

/**
 * One-to-one matching, greedy by score: every compatible (row, event) pair is scored, and pairs are taken best
 * first when neither side is taken yet. Greedy rather than an optimal assignment (Hungarian): it is explainable in
 * one sentence ("the event went to a better-scoring row"), and rows of one place and day compete rarely enough that
 * the optimum differs from it almost never. Ties go to the earlier row, then the smaller event id.
 */
export function matchRows(rows: AcledRecord[], index: EventIndex): Matching {
  const pairs: Match[] = [];
  for (const row of rows)
    for (const event of index.near(row)) {
      if (plainlyApart(row, event)) continue;
      const pair = scorePair(row, event);
      if (pair.vetoes.length === 0) pairs.push({ row, event, pair });
    }
  pairs.sort(
    (a, b) =>
      b.pair.score - a.pair.score ||
      a.row.line - b.row.line ||
      (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0),
  );
  const takenRows = new Set<AcledRecord>();
  const takenEvents = new Set<ComparedEvent>();
  const matches: Match[] = [];
  for (const match of pairs) {
    if (takenRows.has(match.row) || takenEvents.has(match.event)) continue;
    takenRows.add(match.row);
    takenEvents.add(match.event);
    matches.push(match);
  }
  matches.sort((a, b) => a.row.line - b.row.line);
  return {
    matches,
    missed: rows.filter((row) => !takenRows.has(row)),
    extra: index.events.filter((event) => !takenEvents.has(event)),
  };
}

/**
 * The events a row was compared with, best first, with near misses of its country within a week of its dates at
 * any distance (a scan, for the one row explained), each with what became of it.
 */
export function candidatesOf(row: AcledRecord, index: EventIndex, matching: Matching): Candidate[] {
  const rowOf = new Map(matching.matches.map((m) => [m.event, m.row.event_id_cnty]));
  return index.events
    .filter((event) => event.iso3 === row.iso3)
    .map((event) => ({ event, pair: scorePair(row, event), matchedRow: rowOf.get(event) ?? null }))
    .filter(withinExplainedDays)
    .sort(bestFirst);
}

/** The rows an event was compared with (for `--explain evt_…`), best first, with the event each was matched to. */
export function rowCandidatesOf(
  event: ComparedEvent,
  rows: AcledRecord[],
  matching: Matching,
): { row: AcledRecord; pair: PairScore; matchedEvent: string | null }[] {
  const eventOf = new Map(matching.matches.map((m) => [m.row, m.event.id]));
  return rows
    .filter((row) => row.iso3 === event.iso3)
    .map((row) => ({ row, pair: scorePair(row, event), matchedEvent: eventOf.get(row) ?? null }))
    .filter(withinExplainedDays)
    .sort(bestFirst);
}

const withinExplainedDays = ({ pair }: { pair: PairScore }) =>
  (pair.features.date_gap_days ?? Number.POSITIVE_INFINITY) <= DATE_SLACK_DAYS + EXPLAIN_EXTRA_DAYS;

/** Possible matches first, then by score. */
const bestFirst = (a: { pair: PairScore }, b: { pair: PairScore }) =>
  a.pair.vetoes.length - b.pair.vetoes.length || b.pair.score - a.pair.score;
