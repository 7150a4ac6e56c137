/**
 * Normalizes a publication timestamp to `YYYY-MM-DD` (date only) or `YYYY-MM-DDTHH:MM:SSZ`, or null when it cannot
 * be read or names no day (a month or a year alone). Accepts ISO 8601 and the RFC 822 dates of RSS (`Sun, 25 Aug 2024 22:41:49 GMT`).
 * @example normalizePublishedAt("2024-08-25") // "2024-08-25"
 */
export function normalizePublishedAt(value: unknown): string | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const text = String(value).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return isRealDay(text) ? text : null;
  // "2025-02" or "2025" names no day: a report "published" on the 1st would date "on Thursday" a month off.
  if (namesNoDay(text)) return null;
  const millis = Date.parse(text);
  if (Number.isNaN(millis)) return null;
  return new Date(millis).toISOString().replace(/\.\d{3}Z$/, "Z");
}

function isRealDay(isoDay: string): boolean {
  const date = new Date(`${isoDay}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(isoDay);
}

/** A month or a year alone ("2025-02", "2025"): a real date, but no day to resolve "on Thursday" against. */
export function namesNoDay(value: unknown): boolean {
  return (typeof value === "string" || typeof value === "number") && /^\d{4}(-\d{2})?$/.test(String(value).trim());
}

/**
 * A publication date given by hand (`--published`, `?published=`): a calendar day, or a day and a time read as UTC;
 * null when it is neither ("2024-02-30", "2024-13-01", "yesterday").
 * @example publicationOption("2024-08-25T22:41") // "2024-08-25T22:41:00Z"
 */
export function publicationOption(value: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2})?)?$/.exec(value.trim());
  if (!match?.[1] || !isRealDay(match[1])) return null;
  if (!match[2]) return match[1];
  const millis = Date.parse(`${value.trim()}Z`);
  return Number.isNaN(millis) ? null : new Date(millis).toISOString().replace(/\.\d{3}Z$/, "Z");
}
