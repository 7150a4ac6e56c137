/** Day arithmetic on `YYYY-MM-DD` strings, in UTC so no time zone moves a day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** The most recent given weekday (0 = Sunday) on or before a day. */
export function lastWeekdayOnOrBefore(day: string, weekday: number): string {
  return addDays(day, -((weekdayOf(day) - weekday + 7) % 7));
}

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** False for days no calendar has ("2023-02-29"). */
export function isRealDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

export function daysBetween(a: string, b: string): number {
  return (utcOf(a) - utcOf(b)) / 86_400_000;
}

// Read by position, not Date.parse: the merge compares thousands of dates per stored event.
const utcOf = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
