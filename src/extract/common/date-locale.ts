import type * as chrono from "chrono-node";
import type { PatternRule, Rule } from "../../base/rule.js";

/** A language's date rules: the ids its dates carry and the words that qualify them. */
export interface DateRules {
  /** A date as chrono-node reads it: a day written out, or counted from publication ("yesterday"). */
  chrono: Rule;
  /** A weekday alone ("on Saturday"): the most recent such day on or before publication. */
  weekdayBeforePublication: Rule;
  /** A weekday with its own modifier ("last Monday", "next Friday"): the day chrono-node counts. */
  weekdayWithModifier: PatternRule;
  /**
   * The word between a range's two days ("to", "until", "au"): the last day is an expression of its own. A language
   * whose chrono-node parser reads no ranges goes without (Spanish: its own two-day rule reads the first day).
   */
  rangeEnd?: PatternRule;
  /**
   * A week with no number ("last week"); its pattern tells a week from the other periods. A language whose parser
   * reads no weeks or periods ("la semana pasada", "el año pasado" are not read in Spanish) goes without this and
   * backgroundPeriod.
   */
  relativeWeek?: PatternRule;
  /** A month with no day ("in March"). */
  month: Rule;
  /** With no publication day, a weekday alone is the last such day on or before the latest full date written. */
  weekdayBeforeWrittenDate: Rule;
  /** With no publication day, a day and month take their year from the dates the report writes with one. */
  yearFromWrittenDates: Rule;
  /** With no year written at all, a weekday with its day and month is the latest such day up to today. */
  yearFromWeekday: Rule;
  /**
   * Months or years counted back from publication ("a year ago", "six months earlier"): that day, marked background
   * (what the news is compared with, never the event's date). A language without it drops them as periods.
   */
  countedBack?: PatternRule;
  /** A period word with no number ("this month", "last year"): background, no event date. */
  backgroundPeriod?: PatternRule;
  /** Words before an expression that put it in the future ("next Monday", "will … on Monday"). */
  future: PatternRule;
  /** Words right before an expression that date a statement ("said Friday", "told AFP on Monday"). */
  statement: PatternRule;
  /** A reporting verb right after a date ("the governor on Sunday confirmed …"): the statement's date too. */
  statementAfter: PatternRule;
  /** Expressions too vague to date an event ("now", "today"). */
  ignored: PatternRule;
  /** A weekday's abbreviation ("Thu", "FRI") alone: part of a name unless a day number or a full stop follows. */
  weekdayAbbreviation: PatternRule & { dated: RegExp };
  /** The words around a day and month that make them part of a name ("the March 23 Movement"), no date. */
  nameWithDate: Rule & { before: RegExp; after: RegExp };
  /** What comes before a date on its line that makes it the page's date ("ABIDJAN, ", "date "). */
  dateline: PatternRule;
}

export interface DateLocale {
  /** The locale's chrono parser (chrono-node's casual parser, possibly with extra parsers). */
  parser: chrono.Chrono;
  rules: DateRules;
  /** A preposition that opens a date ("on 3 March", "in 2023"): a date of the story, never a dateline. */
  eventPreposition: RegExp;
}
