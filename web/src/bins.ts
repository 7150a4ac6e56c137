/** Days as numbers (days since 1970-01-01, UTC) and back: the timeline's arithmetic. */
export const dayNumber = (day: string): number => Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
export const dayOf = (n: number): string => new Date(n * 86_400_000).toISOString().slice(0, 10);

export type BinSize = "day" | "week" | "month";

/** Up to two months of events by day, up to a year and a half by week, longer by month: 20 to 80 bars. */
export function binSizeFor(spanDays: number): BinSize {
  if (spanDays <= 62) return "day";
  if (spanDays <= 550) return "week";
  return "month";
}

/**
 * The first day of the bin a day falls in (weeks start on Monday, as ISO 8601).
 * @example binStart(dayNumber("2024-08-24"), "week") === dayNumber("2024-08-19")
 */
export function binStart(day: number, size: BinSize): number {
  if (size === "day") return day;
  if (size === "week") return day - ((new Date(day * 86_400_000).getUTCDay() + 6) % 7);
  const date = new Date(day * 86_400_000);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / 86_400_000;
}

/** The first day of the next bin. */
export function binEnd(start: number, size: BinSize): number {
  if (size === "day") return start + 1;
  if (size === "week") return start + 7;
  const date = new Date(start * 86_400_000);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / 86_400_000;
}

/** Every bin from the one holding `first` to the one holding `last`, as their first days. */
export function binsBetween(first: number, last: number, size: BinSize): number[] {
  const starts: number[] = [];
  for (let start = binStart(first, size); start <= last; start = binEnd(start, size)) starts.push(start);
  return starts;
}

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const FULL = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const MONTH_YEAR = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** How a bin is named in the hover label: "19 Aug 2024", "week of 19 Aug 2024", "Aug 2024". */
export function binName(start: number, size: BinSize): string {
  const date = new Date(start * 86_400_000);
  if (size === "day") return FULL.format(date);
  if (size === "week") return `week of ${FULL.format(date)}`;
  return MONTH_YEAR.format(date);
}

export interface Tick {
  day: number;
  label: string;
}

/**
 * Dated ticks for the axis, spaced at least `minGap` days apart: days (every 1, 2, 7 or 14) for short ranges,
 * month starts (every 1, 2, 3, 6 or 12) otherwise; a month's label carries its year in January and on the first tick.
 */
export function ticks(first: number, last: number, minGapDays: number): Tick[] {
  if (last - first <= 62) {
    const step = [1, 2, 7, 14, 31].find((s) => s >= minGapDays) ?? 31;
    const out: Tick[] = [];
    for (let day = first; day <= last; day += step) out.push({ day, label: DAY.format(new Date(day * 86_400_000)) });
    return out;
  }
  const step = [1, 2, 3, 6, 12].find((s) => s * 30 >= minGapDays) ?? 12;
  const out: Tick[] = [];
  for (let start = binStart(first, "month"); start <= last; start = binEnd(start, "month")) {
    const date = new Date(start * 86_400_000);
    if (start < first || date.getUTCMonth() % step !== 0) continue;
    const withYear = out.length === 0 || date.getUTCMonth() === 0;
    out.push({ day: start, label: withYear ? MONTH_YEAR.format(date) : MONTH.format(date) });
  }
  return out;
}
