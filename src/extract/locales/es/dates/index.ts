// (The locale alone: "chrono-node" itself loads all of its languages, most of a cold start's module loading.)
import * as es from "chrono-node/es";
import { fired } from "../../../../base/trace.js";
import type { DateLocale } from "../../../common/date-locale.js";
import {
  ES_DATE_BETWEEN_TWO_DAYS,
  ES_DATE_CHRONO,
  ES_DATE_DATELINE,
  ES_DATE_FUTURE,
  ES_DATE_IGNORED,
  ES_DATE_MONTH,
  ES_DATE_NAME_WITH_DATE,
  ES_DATE_STATEMENT,
  ES_DATE_STATEMENT_AFTER,
  ES_DATE_WEEKDAY_ABBREVIATION,
  ES_DATE_WEEKDAY_BEFORE_PUBLICATION,
  ES_DATE_WEEKDAY_BEFORE_WRITTEN_DATE,
  ES_DATE_WEEKDAY_WITH_MODIFIER,
  ES_DATE_YEAR_FROM_WEEKDAY,
  ES_DATE_YEAR_FROM_WRITTEN_DATES,
  ES_EVENT_PREPOSITION,
} from "./rules.js";

const parser = es.casual.clone();
// Clock times date no event in a report ("a las 5 de la mañana" would get the reference day), as in English.
const UNUSED = new Set(["ESTimeExpressionParser", "ESCasualTimeParser", "ESTimeUnitWithinFormatParser"]);
parser.parsers = parser.parsers.filter((p) => !UNUSED.has(p.constructor.name));

const WEEKDAYS = ["domingo", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado"];
const MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"];
// (Accents dropped: "miércoles" and "sábado" are written without them too; "setiembre" is September.)
const plain = (word: string) => word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
parser.parsers.push({
  pattern: () => ES_DATE_BETWEEN_TWO_DAYS.pattern,
  extract: (_context, match) => {
    fired(ES_DATE_BETWEEN_TWO_DAYS);
    const weekday = match[1] ? WEEKDAYS.indexOf(plain(match[1])) : -1;
    const month = plain(match[3] ?? "")
      .replace(/^set/, "sep")
      .slice(0, 3);
    return {
      day: Number(match[2]),
      month: MONTHS.indexOf(month) + 1,
      ...(match[4] ? { year: Number(match[4]) } : {}),
      ...(weekday >= 0 ? { weekday } : {}),
    };
  },
});

/**
 * Spanish dates: chrono-node's Spanish casual parser, without its clock times, and a span between two days. It reads
 * no weeks, periods or ranges ("la semana pasada", "el año pasado"), so the rules for them have no Spanish version.
 */
export const ES_DATES: DateLocale = {
  parser,
  rules: {
    chrono: ES_DATE_CHRONO,
    weekdayBeforePublication: ES_DATE_WEEKDAY_BEFORE_PUBLICATION,
    weekdayWithModifier: ES_DATE_WEEKDAY_WITH_MODIFIER,
    month: ES_DATE_MONTH,
    weekdayBeforeWrittenDate: ES_DATE_WEEKDAY_BEFORE_WRITTEN_DATE,
    yearFromWrittenDates: ES_DATE_YEAR_FROM_WRITTEN_DATES,
    yearFromWeekday: ES_DATE_YEAR_FROM_WEEKDAY,
    future: ES_DATE_FUTURE,
    statement: ES_DATE_STATEMENT,
    statementAfter: ES_DATE_STATEMENT_AFTER,
    ignored: ES_DATE_IGNORED,
    weekdayAbbreviation: ES_DATE_WEEKDAY_ABBREVIATION,
    nameWithDate: ES_DATE_NAME_WITH_DATE,
    dateline: ES_DATE_DATELINE,
  },
  eventPreposition: ES_EVENT_PREPOSITION,
};
