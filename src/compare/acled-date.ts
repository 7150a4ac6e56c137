import { isoDay, isRealDay } from "../base/calendar.js";

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** The API and `vigil events --format csv`: 2024-08-24. */
const ISO_DATE = /^(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})$/;
/** ACLED's export tool: "24 August 2024", also "24-Aug-2024" as a spreadsheet re-saves it. */
const DAY_MONTH_NAME_YEAR = /^(?<day>\d{1,2})[ -](?<month>[A-Za-z]{3,9})\.?[ -](?<year>\d{4})$/;
/** The codebook's dd-mm-yyyy (day first, as ACLED writes dates), with "-" or "/". */
const DAY_MONTH_YEAR = /^(?<day>\d{1,2})[-/](?<month>\d{1,2})[-/](?<year>\d{4})$/;

/**
 * An ACLED `event_date` as an ISO day, or null when it is in none of the forms ACLED's exports use. Strict on
 * purpose, and a handful of named patterns rather than a date library: a column of known forms, where a misread
 * day would silently pair the row with the wrong event.
 * @example acledDate("24 August 2024") // "2024-08-24"
 * @example acledDate("2024-08-24") // "2024-08-24"
 */
export function acledDate(text: string): string | null {
  const value = text.trim();
  const groups = (ISO_DATE.exec(value) ?? DAY_MONTH_NAME_YEAR.exec(value) ?? DAY_MONTH_YEAR.exec(value))?.groups;
  if (!groups) return null;
  const month = /^\d+$/.test(groups.month ?? "")
    ? Number(groups.month)
    : monthOfName((groups.month ?? "").toLowerCase());
  if (!month) return null;
  const day = isoDay(Number(groups.year), month, Number(groups.day));
  return isRealDay(day) ? day : null;
}

// "Aug" and "August" both name August; "Ma" names none (three letters at least, as the pattern asks).
const monthOfName = (name: string) => MONTHS.findIndex((m) => m.startsWith(name)) + 1;
