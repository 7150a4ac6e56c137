// (The locale alone: "chrono-node" itself loads all of its languages, most of a cold start's module loading.)
import * as en from "chrono-node/en";
import * as fr from "chrono-node/fr";
import { fired } from "../../../../base/trace.js";
import type { DateLocale } from "../../../common/date-locale.js";
import {
  FR_DATE_BACKGROUND_PERIOD,
  FR_DATE_BETWEEN_TWO_DAYS,
  FR_DATE_CHRONO,
  FR_DATE_DATELINE,
  FR_DATE_FUTURE,
  FR_DATE_IGNORED,
  FR_DATE_MONTH,
  FR_DATE_NAME_WITH_DATE,
  FR_DATE_RANGE_END,
  FR_DATE_RELATIVE_WEEK,
  FR_DATE_STATEMENT,
  FR_DATE_STATEMENT_AFTER,
  FR_DATE_WEEKDAY_ABBREVIATION,
  FR_DATE_WEEKDAY_BEFORE_PUBLICATION,
  FR_DATE_WEEKDAY_BEFORE_WRITTEN_DATE,
  FR_DATE_WEEKDAY_WITH_MODIFIER,
  FR_DATE_YEAR_FROM_WEEKDAY,
  FR_DATE_YEAR_FROM_WRITTEN_DATES,
  FR_EVENT_PREPOSITION,
} from "./rules.js";

const WRITTEN_YEAR = /\b\d{4}\b/;

const parser = fr.casual.clone();
/**
 * French pages quote English posts whose footers date them in English ("— Attaye Ag Mohamed (@attaye_ag) July 30,
 * 2024"): chrono-node's English "July 30, 2024", with its year (no French word reads as an English month and day
 * then). What it reads is the post's day, which dates the report's "mardi" as any written date does.
 */
const englishMonthDayYear = en.strict.parsers.find((p) => p.constructor.name === "ENMonthNameMiddleEndianParser");
if (englishMonthDayYear)
  parser.parsers.push({
    pattern: (context) => englishMonthDayYear.pattern(context),
    extract: (context, match) => (WRITTEN_YEAR.test(match[0]) ? englishMonthDayYear.extract(context, match) : null),
  });

const WEEKDAYS = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
// (Accents dropped: "fevrier", "aout" and "decembre" are written so too.)
const MONTHS = ["janv", "fevr", "mars", "avri", "mai", "juin", "juil", "aout", "sept", "octo", "nove", "dece"];
const monthOf = (word: string) =>
  MONTHS.indexOf(word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").slice(0, 4)) + 1;
parser.parsers.push({
  pattern: () => FR_DATE_BETWEEN_TWO_DAYS.pattern,
  extract: (_context, match) => {
    fired(FR_DATE_BETWEEN_TWO_DAYS);
    const weekday = match[1] ? WEEKDAYS.indexOf(match[1].toLowerCase()) : -1;
    return {
      day: Number(match[2]),
      month: monthOf(match[3] ?? ""),
      ...(match[4] ? { year: Number(match[4]) } : {}),
      ...(weekday >= 0 ? { weekday } : {}),
    };
  },
});

/** French dates: chrono-node's French casual parser, and English dates with their year. */
export const FR_DATES: DateLocale = {
  parser,
  rules: {
    chrono: FR_DATE_CHRONO,
    weekdayBeforePublication: FR_DATE_WEEKDAY_BEFORE_PUBLICATION,
    weekdayWithModifier: FR_DATE_WEEKDAY_WITH_MODIFIER,
    rangeEnd: FR_DATE_RANGE_END,
    relativeWeek: FR_DATE_RELATIVE_WEEK,
    month: FR_DATE_MONTH,
    weekdayBeforeWrittenDate: FR_DATE_WEEKDAY_BEFORE_WRITTEN_DATE,
    yearFromWrittenDates: FR_DATE_YEAR_FROM_WRITTEN_DATES,
    yearFromWeekday: FR_DATE_YEAR_FROM_WEEKDAY,
    backgroundPeriod: FR_DATE_BACKGROUND_PERIOD,
    future: FR_DATE_FUTURE,
    statement: FR_DATE_STATEMENT,
    statementAfter: FR_DATE_STATEMENT_AFTER,
    ignored: FR_DATE_IGNORED,
    weekdayAbbreviation: FR_DATE_WEEKDAY_ABBREVIATION,
    nameWithDate: FR_DATE_NAME_WITH_DATE,
    dateline: FR_DATE_DATELINE,
  },
  eventPreposition: FR_EVENT_PREPOSITION,
};
