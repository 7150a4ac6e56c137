import type * as chrono from "chrono-node";
import { addDays, daysBetween, isoDay, isRealDay, lastWeekdayOnOrBefore, weekdayOf } from "../../base/calendar.js";
import { execRule, testRule } from "../../base/quick-test.js";
import type { Rule } from "../../base/rule.js";
import { sentenceIndexAt } from "../../base/spans.js";
import { fired, matches } from "../../base/trace.js";
import type { DateMention } from "../../model/mentions.js";
import type { ExtractContext } from "../types.js";
import type { DateLocale, DateRules } from "./date-locale.js";
import { markDatelines } from "./datelines.js";

// chrono sometimes keeps the comma or full stop after an expression ("on Sunday,").
const TRAILING_PUNCTUATION = /[\s,.;:]+$/;
const DIGIT = /\d/;
// Only a written year makes a date independent of the publication day ("yesterday" is certain to chrono).
const WRITTEN_YEAR = /\b\d{4}\b/;
const DAY_MS = 86_400_000;

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Dates by chrono-node, resolved against the publication day. Chrono reads "on Saturday" as the nearest Saturday,
 * which can be after publication; news reports the past, so a weekday alone is moved to the most recent such day
 * on or before publication. With no publication day, only fully stated dates get a value; the rest stay null.
 * Dates that date the page rather than the event are marked as datelines.
 */
export function extractDates(context: ExtractContext, locale: DateLocale): DateMention[] {
  const reference = context.publishedDay
    ? new Date(`${context.publishedDay}T12:00:00Z`)
    : new Date("2000-01-01T12:00:00Z");
  const results = locale.parser.parse(context.text, { instant: reference, timezone: 0 }, { forwardDate: false });
  const mentions: DateMention[] = [];
  const writtenWeekdays = new Map<DateMention, number>();
  for (const result of results) {
    const mention = dateMention(context, locale.rules, result, reference);
    if (!mention) continue;
    const components = result.start;
    if (components.isCertain("weekday") && components.isCertain("day"))
      writtenWeekdays.set(mention, components.get("weekday") ?? 0);
    mentions.push(mention);
    const last = rangeEnd(context, locale, result, mention, reference);
    if (last) mentions.push(last);
  }
  if (!context.publishedDay) dateFromWrittenYears(mentions, writtenWeekdays, locale.rules);
  return markDatelines(context, mentions, locale);
}

/**
 * "From Sept. 14 to Thursday": a range written with a word names its last day as an expression of its own. The
 * range's mention keeps the range and ends before the word; the last day is read alone (a weekday as any weekday)
 * and follows it, so the event still takes the first day. ("March 27-28" stays one mention.)
 */
function rangeEnd(
  context: ExtractContext,
  locale: DateLocale,
  result: chrono.ParsedResult,
  mention: DateMention,
  reference: Date,
): DateMention | null {
  if (!result.end || !locale.rules.rangeEnd) return null;
  const connector = execRule(locale.rules.rangeEnd, result.text);
  if (!connector) return null;
  const offset = result.index + connector.index + connector[0].length;
  const [last] = locale.parser.parse(result.text.slice(connector.index + connector[0].length), {
    instant: reference,
    timezone: 0,
  });
  if (last?.index !== 0) return null;
  const lastMention = dateMention(context, locale.rules, { ...last, index: offset }, reference);
  if (!lastMention) return null;
  const [from, to] = [mention.value.date, lastMention.value.date];
  // (chrono gives no range's end for a weekday: "to Thursday" has no day of its own until read.)
  if (from && to && to > from) mention.value.range = { from, to };
  const firstText = result.text.slice(0, connector.index);
  mention.text = firstText;
  mention.end = mention.start + firstText.length;
  return lastMention;
}

/** What of chrono's reading the date stage uses: where the expression is, and its components. */
type Expression = Pick<chrono.ParsedResult, "index" | "text" | "start" | "end">;

/** What chrono's components say of an expression: which parts it states. */
interface Reading {
  hasDay: boolean;
  hasMonth: boolean;
  weekdayOnly: boolean;
}

/** "FRI-WP", "the Chit Thu factory": a weekday's abbreviation with no day number or full stop after it names no day. */
function abbreviationInName(rule: DateRules["weekdayAbbreviation"], text: string, result: Expression): boolean {
  if (!rule.pattern.test(result.text)) return false;
  if (rule.dated.test(text.slice(result.index + result.text.length, result.index + result.text.length + 6)))
    return false;
  fired(rule);
  return true;
}

/** "The March 23 Movement", "le Mouvement du 23 mars": a day and month inside a name. */
function partOfName(rule: DateRules["nameWithDate"], text: string, result: Expression): boolean {
  const end = result.index + result.text.length;
  const inName =
    rule.before.test(text.slice(Math.max(0, result.index - 30), result.index)) ||
    rule.after.test(text.slice(end, end + 40));
  if (inName) fired(rule);
  return inName;
}

/** The expression's mention, or null when it dates no event (a time of day, "now", "last year"). */
function dateMention(
  context: ExtractContext,
  rules: DateRules,
  result: Expression,
  reference: Date,
): DateMention | null {
  if (matches(rules.ignored, result.text)) return null;
  if (abbreviationInName(rules.weekdayAbbreviation, context.text, result)) return null;
  if (partOfName(rules.nameWithDate, context.text, result)) return null;
  const components = result.start;
  const hasDay = components.isCertain("day");
  const hasMonth = components.isCertain("month");
  const weekdayOnly = components.isCertain("weekday") && !hasDay;
  // "around 8:00 a.m": a time of day with no day of its own dates nothing (chrono would give it the reference day).
  if (components.isCertain("hour") && !hasDay && !hasMonth && !weekdayOnly && !components.isCertain("year"))
    return null;
  const period = periodOf(rules, result.text);
  // "this month", "last year": background periods, not event dates.
  if (period === "longer" || (period === "counted" && !context.publishedDay)) {
    if (rules.backgroundPeriod) fired(rules.backgroundPeriod);
    return null;
  }
  const reading = { hasDay, hasMonth, weekdayOnly };
  const expression = result.text.replace(TRAILING_PUNCTUATION, "");
  const mention = newMention(context, rules, result, expression, reference, reading, period === "week");
  addSpans(mention, result, reading, context.publishedDay !== null);
  if (period === "counted") countedBack(mention, rules);
  return mention;
}

/**
 * "A year ago", "six months earlier": the day that far before publication, what the news is compared with; never
 * the event's date (a report tells its event in days, not in months counted back).
 */
function countedBack(mention: DateMention, rules: DateRules): void {
  if (rules.countedBack) mention.rule = rules.countedBack.id;
  mention.value.precision = 3;
  mention.value.background = true;
}

/**
 * "last week" is a week; "this month", "last year" are longer periods; "a year ago" is counted back from publication;
 * a number makes none of them.
 */
function periodOf(rules: DateRules, text: string): "week" | "longer" | "counted" | null {
  if (rules.countedBack && testRule(rules.countedBack, text)) return "counted";
  const { backgroundPeriod, relativeWeek } = rules;
  if (!backgroundPeriod?.pattern.test(text) || DIGIT.test(text)) return null;
  return relativeWeek?.pattern.test(text) ? "week" : "longer";
}

/** The mention with its day, precision and rule, future or a statement's date by the words around it. */
function newMention(
  context: ExtractContext,
  rules: DateRules,
  result: Expression,
  expression: string,
  reference: Date,
  { hasDay, hasMonth, weekdayOnly }: Reading,
  week: boolean,
): DateMention {
  const components = result.start;
  const start = result.index;
  const before = context.text.slice(Math.max(0, start - 40), start);
  const futureWords = testRule(rules.future, before);
  let date: string | null = isoDay(
    components.get("year") ?? 0,
    components.get("month") ?? 1,
    components.get("day") ?? 1,
  );
  if (hasDay && hasMonth && !components.isCertain("year") && !futureWords)
    date = dayMonthBeforePublication(date, context.publishedDay);
  const beyondPublication =
    context.publishedDay !== null &&
    FULL_DAY.test(context.publishedDay) &&
    (weekdayOnly
      ? components.date().getTime() > reference.getTime() + DAY_MS * 7
      : daysBetween(date, context.publishedDay) > 1);
  const future = futureWords || beyondPublication;
  const after = context.text.slice(start + result.text.length, start + result.text.length + 30);
  const statement = testRule(rules.statement, before) || testRule(rules.statementAfter, after);
  let precision: 1 | 2 | 3 = 1;
  let rule: Rule = rules.chrono;
  if (weekdayOnly) {
    rule = rules.weekdayBeforePublication;
    // "last Monday" said on a Monday is the Monday before: chrono counts a modified weekday right. A weekday alone
    // is the last such day even after a future word ("would meet on Monday"): reports mostly tell what was planned
    // for days now past, and the future flag keeps it from dating the event.
    if (testRule(rules.weekdayWithModifier, result.text)) rule = rules.weekdayWithModifier;
    else if (context.publishedDay) date = lastWeekdayOnOrBefore(context.publishedDay, components.get("weekday") ?? 0);
  } else if (week && rules.relativeWeek) {
    precision = 2;
    rule = rules.relativeWeek;
  } else if (!hasDay && hasMonth) {
    precision = 3;
    rule = rules.month;
  }
  const needsReference = !WRITTEN_YEAR.test(result.text);
  if (needsReference && !context.publishedDay) date = null;
  // A publication month ("2025-02") gives "27 February" its year, but is no day to count "on Sunday" back from.
  if (!FULL_DAY.test(context.publishedDay ?? "") && !DIGIT.test(result.text)) date = null;
  return {
    kind: "date",
    start,
    end: start + expression.length,
    text: expression,
    rule: rule.id,
    confidence: date ? (needsReference ? 0.8 : 0.95) : 0.3,
    sentence: sentenceIndexAt(context.sentences, start),
    value: {
      date,
      precision,
      stated: !needsReference,
      ...(future ? { future } : {}),
      ...(statement ? { statement } : {}),
    },
  };
}

/**
 * Beyond this many days after publication, a day and month with no year and no future word is last year's. Reports
 * name days weeks ahead without a future word ("the Dec. 15 deadline" in late October), seldom one four months
 * ahead; they recall older days more often.
 */
const PAST_DAY_MONTH_REACH = 120;

/**
 * Chrono gives a day and month with no year ("the March 28 incident") the year that puts it nearest the reference,
 * which can be after publication: in October, March 28 is nearer next year. News tells the past, so a day further
 * than four months after publication, with no word putting it ahead ("scheduled for"), is the one before it.
 */
function dayMonthBeforePublication(day: string, publishedDay: string | null): string {
  if (!publishedDay || !FULL_DAY.test(publishedDay) || daysBetween(day, publishedDay) <= PAST_DAY_MONTH_REACH)
    return day;
  const yearBefore = `${String(Number(day.slice(0, 4)) - 1).padStart(4, "0")}${day.slice(4)}`;
  return isRealDay(yearBefore) ? yearBefore : day;
}

/** The range a date spans ("March 27-28", a week), its weekday, and the day and month an undated report writes. */
function addSpans(
  mention: DateMention,
  result: Expression,
  { hasDay, hasMonth, weekdayOnly }: Reading,
  published: boolean,
): void {
  const components = result.start;
  const date = mention.value.date;
  if (result.end && hasDay && result.end.isCertain("day")) {
    const to = isoDay(result.end.get("year") ?? 0, result.end.get("month") ?? 1, result.end.get("day") ?? 1);
    if (date && to > date) mention.value.range = { from: date, to };
  }
  if (weekdayOnly && !published) mention.value.range = undefined;
  if (weekdayOnly) mention.value.weekday = components.get("weekday") ?? 0;
  if (!date && hasDay && hasMonth && writesItsDay(result))
    mention.value.monthDay = `${String(components.get("month")).padStart(2, "0")}-${String(components.get("day")).padStart(2, "0")}`;
  if (mention.value.precision === 2 && date) mention.value.range = { from: date, to: addDays(date, 6) };
}

/**
 * "July 25", "le 30 juillet": a day of the month written as such; not "for three days", "yesterday" or
 * "overnight", whose day chrono counts from the reference and which name no day without a publication date.
 */
function writesItsDay(result: Expression): boolean {
  const relative = [...result.start.tags()].some(
    (tag) => tag.startsWith("result/relative") || tag.startsWith("casualReference/"),
  );
  return !relative && DIGIT.test(result.text);
}

/**
 * With no publication day, a day and month without a year ("on 2 July", "on September 3") take their year from
 * the dates the report writes with one. Next to a full date ("On 4 July 2020 … detained on 2 July") the day belongs
 * to the same story: the year that puts it nearest, within half a year. With only months or years written ("in
 * November 2023"), those are the history the news comes after: the first such day on or after the latest of them.
 * A weekday written with the day must fit ("Sunday February 25" after "February 2020" → 2024). Otherwise the day
 * and month stay a hint for merging. A weekday alone ("late on Wednesday") is the last such day on or before the
 * latest full date written (a report comes out no earlier than the dates it gives, so that date stands in for it).
 */
function dateFromWrittenYears(
  mentions: DateMention[],
  writtenWeekdays: Map<DateMention, number>,
  rules: DateRules,
): void {
  const written = mentions.filter((m) => m.value.stated && m.value.date && !m.value.future);
  const fullDays = written.flatMap((m) => (m.value.precision === 1 && m.value.date ? [m.value.date] : []));
  const latest = written
    .flatMap((m) => (m.value.date ? [m.value.date] : []))
    .sort()
    .at(-1);
  if (!latest) {
    datedByWeekday(writtenWeekdays, rules);
    return;
  }
  const latestFullDay = [...fullDays].sort().at(-1);
  const fullDaysKnown = writtenDays(fullDays);
  for (const mention of mentions) {
    const { monthDay, weekday: weekdayAlone } = mention.value;
    if (mention.value.date || mention.value.future) continue;
    if (weekdayAlone !== undefined && latestFullDay) {
      mention.value.date = lastWeekdayOnOrBefore(latestFullDay, weekdayAlone);
      mention.rule = rules.weekdayBeforeWrittenDate.id;
      mention.confidence = 0.4;
      continue;
    }
    if (!monthDay) continue;
    const day = yearOfMonthDay(monthDay, writtenWeekdays.get(mention), fullDaysKnown, latest);
    if (!day) continue;
    mention.value.date = day;
    mention.rule = rules.yearFromWrittenDates.id;
    mention.confidence = 0.5;
  }
}

/** How many years back a weekday with its day and month ("lundi 31 mars") is looked for: it recurs every 5 to 11. */
const WEEKDAY_YEARS_BACK = 6;

/**
 * A report that writes no year at all but a weekday with its day and month ("Ce lundi 31 mars"): the weekday fixes
 * the year, the latest in which that day was that weekday, up to today (news is read near when it was written).
 * Without the weekday the day and month stay a hint for merging.
 */
function datedByWeekday(writtenWeekdays: Map<DateMention, number>, rules: DateRules): void {
  const today = new Date().toISOString().slice(0, 10);
  const thisYear = Number(today.slice(0, 4));
  for (const [mention, weekday] of writtenWeekdays) {
    const { monthDay } = mention.value;
    if (mention.value.date || mention.value.future || !monthDay) continue;
    const day = Array.from({ length: WEEKDAY_YEARS_BACK + 1 }, (_, k) => `${thisYear - k}-${monthDay}`).find(
      (candidate) => candidate <= today && isRealDay(candidate) && weekdayOf(candidate) === weekday,
    );
    if (!day) continue;
    mention.value.date = day;
    mention.rule = rules.yearFromWeekday.id;
    mention.confidence = 0.5;
  }
}

/**
 * The full days a report writes, as its years (in the order first written) and its days counted from one day,
 * sorted: a long text writes thousands of dates, and each day and month without a year is measured against them all.
 */
interface WrittenDays {
  years: number[];
  sortedDays: number[];
}

function writtenDays(fullDays: string[]): WrittenDays {
  const years = [...new Set(fullDays.map((day) => Number(day.slice(0, 4))))];
  const sortedDays = [...new Set(fullDays)].map((day) => daysBetween(day, EPOCH_DAY)).sort((a, b) => a - b);
  return { years, sortedDays };
}

const EPOCH_DAY = "1970-01-01";

/** The day a "MM-DD" is, by the full days written (nearest) or else the latest date written (first after it). */
function yearOfMonthDay(
  monthDay: string,
  weekday: number | undefined,
  fullDays: WrittenDays,
  latest: string,
): string | undefined {
  const fits = (day: string) => isRealDay(day) && (weekday === undefined || weekdayOf(day) === weekday);
  if (fullDays.years.length) {
    const candidates = [...new Set(fullDays.years.flatMap((year) => [year - 1, year, year + 1]))]
      .map((year) => `${year}-${monthDay}`)
      .filter(fits);
    return nearestTo(fullDays.sortedDays, candidates, 183);
  }
  return Array.from({ length: 8 }, (_, k) => `${Number(latest.slice(0, 4)) + k}-${monthDay}`).find(
    (candidate) => candidate >= latest && fits(candidate),
  );
}

/** The candidate day nearest to any of the given days (sorted, counted from EPOCH_DAY), if within `maxDays`. */
function nearestTo(sortedDays: number[], candidates: string[], maxDays: number): string | undefined {
  const distance = (candidate: string) => distanceToNearest(sortedDays, daysBetween(candidate, EPOCH_DAY));
  const best = candidates.sort((a, b) => distance(a) - distance(b))[0];
  return best !== undefined && distance(best) <= maxDays ? best : undefined;
}

/** The distance from a day to the nearest of sorted days, found by binary search. */
function distanceToNearest(sortedDays: number[], day: number): number {
  let low = 0;
  let high = sortedDays.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sortedDays[middle] as number) < day) low = middle + 1;
    else high = middle;
  }
  const after = sortedDays[low];
  const before = sortedDays[low - 1];
  return Math.min(
    after === undefined ? Number.POSITIVE_INFINITY : after - day,
    before === undefined ? Number.POSITIVE_INFINITY : day - before,
  );
}
