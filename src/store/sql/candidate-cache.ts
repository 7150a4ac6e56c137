import { addDays, daysBetween } from "../../base/calendar.js";
import { type DateWindow, looselyPlaced, type MatchFields } from "../../merge/index.js";
import type { SqlExecutor } from "./driver.js";
import { NOT_RETRACTED } from "./event-rows.js";

/** A stored dated source as the merge compares it. None of these columns changes once the source is stored. */
export interface CandidateSource {
  id: string;
  dateLow: string;
  dateHigh: string;
  fields: MatchFields;
  /** looselyPlaced(fields), read once: merging sorts every candidate by it. */
  loose: boolean;
}

interface CandidateRow {
  id: string;
  date_low: string;
  date_high: string;
  match_fields: string;
}

/**
 * The stored sources of one country whose window starts on one day: those of that day alone, and the longer ones
 * (week or month), each read when first needed (undefined until then).
 */
interface DayBucket {
  oneDay?: CandidateSource[];
  longer?: CandidateSource[];
}

type Part = keyof DayBucket;

/** The longest date window a source can have (month precision): how far back a window overlapping a day starts. */
const LONGEST_WINDOW_DAYS = 31;
/** Days read beyond a window: the next reports' windows move on a day or two, and one read costs less than many. */
const READ_AHEAD_DAYS = 30;
/** Bounds the memory of a long-running ingest: about 150 MB of parsed fields at most. */
const MAX_CACHED_SOURCES = 300_000;
const SELECT = "SELECT id, date_low, date_high, match_fields FROM source_events";
/** Retracted sources are no candidates (a retraction empties the cache, as their event id changes). */
const LIVE = ` AND ${NOT_RETRACTED}`;
const PART_CONDITION: Record<Part, string> = { oneDay: "date_high = date_low", longer: "date_high > date_low" };

/**
 * The stored sources of one country and first day, read from the database once and kept between reports. New
 * reports describe the same few weeks, so each meets the same stored candidates as the last: reading them from the
 * table for every report was the largest cost of ingest into a big store (its rows lie all over the file). Days
 * before a window only matter for their longer windows, so their one-day sources (most of them) are not read.
 *
 * Stored sources are never rewritten or deleted (only the event they belong to changes, and that is not cached), so
 * the cache is exact as long as it sees every insert: this connection's own go through `added`; a transaction that
 * rolls back, or another connection's commit (`SqlExecutor.changedElsewhere`), empties it.
 */
export class CandidateCache {
  private readonly days = new Map<string, DayBucket>();
  private size = 0;

  /** At the start of a write transaction: forget what another writer may have added since the last one. */
  async begin(tx: SqlExecutor): Promise<void> {
    // Emptied between transactions only, so a window being read is never dropped half-way.
    if ((await tx.changedElsewhere()) || this.size > MAX_CACHED_SOURCES) this.clear();
  }

  clear(): void {
    this.days.clear();
    this.size = 0;
  }

  /**
   * Stored dated sources of these countries whose date window overlaps [low, high], from memory or read once.
   * Those of any country (null, for a source that names none: rare) are read directly, through the date index.
   */
  async overlapping(tx: SqlExecutor, countries: string[] | null, window: DateWindow): Promise<CandidateSource[]> {
    const first = dayNumberOf(window.low) - LONGEST_WINDOW_DAYS;
    const low = dayNumberOf(window.low);
    const last = dayNumberOf(window.high);
    if (!countries) {
      const rows = await tx.all<CandidateRow>(`${SELECT} WHERE date_low BETWEEN ? AND ? AND date_high >= ?${LIVE}`, [
        dayOf(first),
        window.high,
        window.low,
      ]);
      return rows.map(candidateOf);
    }
    const found: CandidateSource[] = [];
    for (const iso3 of countries) {
      await this.ensure(tx, iso3, "longer", first, last, READ_AHEAD_DAYS);
      await this.ensure(tx, iso3, "oneDay", low, last, READ_AHEAD_DAYS);
      for (let day = first; day <= last; day++) {
        const bucket = this.days.get(keyOf(iso3, day)) as DayBucket;
        if (day >= low) for (const source of bucket.oneDay ?? []) found.push(source);
        for (const source of bucket.longer ?? []) if (source.dateHigh >= window.low) found.push(source);
      }
    }
    return found;
  }

  /** A source this connection just stored, so that the next reports meet it without reading it back. */
  added(iso3: string, source: CandidateSource): void {
    const bucket = this.days.get(keyOf(iso3, dayNumberOf(source.dateLow)));
    const part = bucket?.[source.dateHigh === source.dateLow ? "oneDay" : "longer"];
    if (!part) return;
    part.push(source);
    this.size++;
  }

  /** Reads one part of the days [from, to] not yet in memory, each run of missing days at once. */
  private async ensure(tx: SqlExecutor, iso3: string, part: Part, from: number, to: number, ahead: number) {
    for (let day = from; day <= to; day++) {
      if (this.days.get(keyOf(iso3, day))?.[part]) continue;
      let end = day;
      while (end < to + ahead && !this.days.get(keyOf(iso3, end + 1))?.[part]) end++;
      await this.load(tx, iso3, part, day, end);
      day = end;
    }
  }

  private async load(tx: SqlExecutor, iso3: string, part: Part, from: number, to: number): Promise<void> {
    const rows = await tx.all<CandidateRow>(
      `${SELECT} WHERE iso3 = ? AND date_low BETWEEN ? AND ? AND ${PART_CONDITION[part]}${LIVE}`,
      [iso3, dayOf(from), dayOf(to)],
    );
    for (let day = from; day <= to; day++) {
      const key = keyOf(iso3, day);
      const bucket = this.days.get(key) ?? {};
      bucket[part] = [];
      this.days.set(key, bucket);
    }
    for (const row of rows) this.added(iso3, candidateOf(row));
  }
}

function candidateOf(row: CandidateRow): CandidateSource {
  const fields = JSON.parse(row.match_fields) as MatchFields;
  return { id: row.id, dateLow: row.date_low, dateHigh: row.date_high, fields, loose: looselyPlaced(fields) };
}

function keyOf(iso3: string, day: number): string {
  return `${iso3}|${day}`;
}

const EPOCH = "1970-01-01";

/** Days since 1970 of an ISO day: the cache walks day ranges, and counting is cheaper than date arithmetic. */
function dayNumberOf(day: string): number {
  return daysBetween(day, EPOCH);
}

function dayOf(dayNumber: number): string {
  return addDays(EPOCH, dayNumber);
}
