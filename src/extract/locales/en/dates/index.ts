// (The locale alone: "chrono-node" itself loads all of its languages, most of a cold start's module loading.)
import * as en from "chrono-node/en";
import { fired } from "../../../../base/trace.js";
import type { DateLocale } from "../../../common/date-locale.js";
import {
  EN_DATE_BACKGROUND_PERIOD,
  EN_DATE_BETWEEN_TWO_DAYS,
  EN_DATE_CHRONO,
  EN_DATE_COUNTED_BACK,
  EN_DATE_DATELINE,
  EN_DATE_FUTURE,
  EN_DATE_HOLIDAY,
  EN_DATE_IGNORED,
  EN_DATE_MONTH,
  EN_DATE_NAME_WITH_DATE,
  EN_DATE_OVERNIGHT,
  EN_DATE_RANGE_END,
  EN_DATE_RELATIVE_WEEK,
  EN_DATE_STATEMENT,
  EN_DATE_STATEMENT_AFTER,
  EN_DATE_WEEKDAY_ABBREVIATION,
  EN_DATE_WEEKDAY_BEFORE_PUBLICATION,
  EN_DATE_WEEKDAY_BEFORE_WRITTEN_DATE,
  EN_DATE_WEEKDAY_WITH_MODIFIER,
  EN_DATE_YEAR_FROM_WEEKDAY,
  EN_DATE_YEAR_FROM_WRITTEN_DATES,
  EN_EVENT_PREPOSITION,
} from "./rules.js";

const parser = en.casual.clone();
// Clock times, durations ahead ("within 3 days", "5 years later") and ends of periods date no event in a report, and
// their parsers were half of chrono's time; without them "Tuesday night at 10 pm" is read as "Tuesday", and "the
// evening of 3 May" as 3 May (with them chrono gave it the publication day).
const UNUSED = new Set([
  "ENTimeExpressionParser",
  "ENCasualTimeParser",
  "ENTimeUnitWithinFormatParser",
  "ENTimeUnitLaterFormatParser",
  "ENEndOfPeriodRefiner",
]);
parser.parsers = parser.parsers.filter((p) => !UNUSED.has(p.constructor.name));
parser.refiners = parser.refiners.filter((r) => !UNUSED.has(r.constructor.name));
parser.parsers.push({
  pattern: () => EN_DATE_OVERNIGHT.pattern,
  extract: (context) => {
    fired(EN_DATE_OVERNIGHT);
    const day = new Date(context.reference.instant);
    day.setUTCDate(day.getUTCDate() - 1);
    return { day: day.getUTCDate(), month: day.getUTCMonth() + 1, year: day.getUTCFullYear() };
  },
});

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
parser.parsers.push({
  pattern: () => EN_DATE_BETWEEN_TWO_DAYS.pattern,
  extract: (_context, match) => {
    fired(EN_DATE_BETWEEN_TWO_DAYS);
    return {
      day: Number(match[1]),
      month: MONTHS.indexOf((match[2] ?? "").toLowerCase()) + 1,
      ...(match[3] ? { year: Number(match[3]) } : {}),
    };
  },
});

/** A holiday's month and day in a year (Thanksgiving: the fourth Thursday of November). */
const HOLIDAYS: Record<string, (year: number) => [number, number]> = {
  "christmas day": () => [12, 25],
  "christmas eve": () => [12, 24],
  "new year's day": () => [1, 1],
  "new year's eve": () => [12, 31],
  thanksgiving: (year) => [11, 22 + ((4 - new Date(Date.UTC(year, 10, 1)).getUTCDay() + 7) % 7)],
};
parser.parsers.push({
  pattern: () => EN_DATE_HOLIDAY.pattern,
  extract: (context, match) => {
    const name = (match[1] ?? "").toLowerCase().replace(/’/g, "'").replace(/\s+/g, " ");
    const dayOf = HOLIDAYS[name] ?? HOLIDAYS[name.replace(/ day$/, "")];
    if (!dayOf) return null;
    fired(EN_DATE_HOLIDAY);
    // The most recent such day on or before publication: reports tell holidays past.
    const reference = context.reference.instant;
    let year = reference.getUTCFullYear();
    let [month, day] = dayOf(year);
    if (Date.UTC(year, month - 1, day) > reference.getTime()) [month, day] = dayOf(--year);
    return { day, month, year };
  },
});

/** English dates: chrono-node's casual parser without clock times, with "overnight" and "between 9 and 10 June". */
export const EN_DATES: DateLocale = {
  parser,
  rules: {
    chrono: EN_DATE_CHRONO,
    weekdayBeforePublication: EN_DATE_WEEKDAY_BEFORE_PUBLICATION,
    weekdayWithModifier: EN_DATE_WEEKDAY_WITH_MODIFIER,
    rangeEnd: EN_DATE_RANGE_END,
    relativeWeek: EN_DATE_RELATIVE_WEEK,
    month: EN_DATE_MONTH,
    weekdayBeforeWrittenDate: EN_DATE_WEEKDAY_BEFORE_WRITTEN_DATE,
    yearFromWrittenDates: EN_DATE_YEAR_FROM_WRITTEN_DATES,
    yearFromWeekday: EN_DATE_YEAR_FROM_WEEKDAY,
    countedBack: EN_DATE_COUNTED_BACK,
    backgroundPeriod: EN_DATE_BACKGROUND_PERIOD,
    future: EN_DATE_FUTURE,
    statement: EN_DATE_STATEMENT,
    statementAfter: EN_DATE_STATEMENT_AFTER,
    ignored: EN_DATE_IGNORED,
    weekdayAbbreviation: EN_DATE_WEEKDAY_ABBREVIATION,
    nameWithDate: EN_DATE_NAME_WITH_DATE,
    dateline: EN_DATE_DATELINE,
  },
  eventPreposition: EN_EVENT_PREPOSITION,
};
