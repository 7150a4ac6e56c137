import type * as chrono from "chrono-node";
import { addDays, daysBetween, isoDay, isRealDay, lastWeekdayOnOrBefore, weekdayOf } from "../../base/calendar.js";
import { sentenceIndexAt } from "../../base/spans.js";
import type { DateMention } from "../../model/mentions.js";
import type { ExtractContext } from "../types.js";

export interface DateLocale {
  /** The locale's chrono parser (chrono-node's casual parser, possibly with extra parsers). */
  parser: chrono.Chrono;
  /** Words before an expression that put it in the future ("next Monday", "will … on Monday"). */
  futureCue: RegExp;
  /** Words right before an expression that date a statement ("said Friday", "told AFP on Monday"). */
  statementCue: RegExp;
  /** Expressions too vague to date an event ("now", "today" in a quote is fine; "recently" is not). */
  ignored: RegExp;
  locale: string;
}

/**
 * Dates by chrono-node, resolved against the publication day. Chrono reads "on Saturday" as the nearest Saturday,
 * which can be after publication; news reports the past, so a weekday alone is moved to the most recent such day
 * on or before publication. With no publication day, only fully stated dates get a value; the rest stay null.
 */
export function extractDates(context: ExtractContext, locale: DateLocale): DateMention[] {
  const reference = context.publishedDay
    ? new Date(`${context.publishedDay}T12:00:00Z`)
    : new Date("2000-01-01T12:00:00Z");
  const results = locale.parser.parse(context.text, { instant: reference, timezone: 0 }, { forwardDate: false });
  const mentions: DateMention[] = [];
  const writtenWeekdays = new Map<DateMention, number>();
  for (const result of results) {
    if (locale.ignored.test(result.text)) continue;
    // chrono sometimes keeps the comma or full stop after an expression ("on Sunday,").
    const expression = result.text.replace(/[\s,.;:]+$/, "");
    const start = result.index;
    const end = start + expression.length;
    const components = result.start;
    const hasDay = components.isCertain("day");
    const hasMonth = components.isCertain("month");
    const weekdayOnly = components.isCertain("weekday") && !hasDay;
    // "around 8:00 a.m": a time of day with no day of its own dates nothing (chrono would give it the reference day).
    if (components.isCertain("hour") && !hasDay && !hasMonth && !weekdayOnly && !components.isCertain("year")) continue;
    const vaguePeriod =
      /\b(week|month|year)s?\b/i.test(result.text) && !/\d/.test(result.text)
        ? /week/i.test(result.text)
          ? "week"
          : "longer"
        : null;
    const before = context.text.slice(Math.max(0, start - 40), start);
    const beyondPublication =
      context.publishedDay !== null &&
      components.date().getTime() > reference.getTime() + 86_400_000 * (weekdayOnly ? 7 : 1);
    const future = locale.futureCue.test(before) || beyondPublication;
    const statement = locale.statementCue.test(before);
    let date: string | null = isoDay(
      components.get("year") ?? 0,
      components.get("month") ?? 1,
      components.get("day") ?? 1,
    );
    let precision: 1 | 2 | 3 = 1;
    let rule = `${locale.locale}/date/chrono`;
    if (vaguePeriod === "longer") continue; // "this month", "last year": background periods, not event dates
    if (weekdayOnly) {
      rule = `${locale.locale}/date/weekday-before-publication`;
      if (context.publishedDay && !future)
        date = lastWeekdayOnOrBefore(context.publishedDay, components.get("weekday") ?? 0);
    } else if (vaguePeriod === "week") {
      precision = 2;
      rule = `${locale.locale}/date/relative-week`;
    } else if (!hasDay && hasMonth) {
      precision = 3;
      rule = `${locale.locale}/date/month`;
    }
    // Only a written year makes a date independent of the publication day ("yesterday" is certain to chrono).
    const needsReference = !/\b\d{4}\b/.test(result.text);
    if (needsReference && !context.publishedDay) date = null;
    const mention: DateMention = {
      kind: "date",
      start,
      end,
      text: expression,
      rule,
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
    if (result.end && components.isCertain("day") && result.end.isCertain("day")) {
      const to = isoDay(result.end.get("year") ?? 0, result.end.get("month") ?? 1, result.end.get("day") ?? 1);
      if (date && to > date) mention.value.range = { from: date, to };
    }
    if (weekdayOnly && !context.publishedDay) mention.value.range = undefined;
    if (weekdayOnly) mention.value.weekday = components.get("weekday") ?? 0;
    if (!date && hasDay && hasMonth && writesItsDay(result))
      mention.value.monthDay = `${String(components.get("month")).padStart(2, "0")}-${String(components.get("day")).padStart(2, "0")}`;
    if (precision === 2 && date) mention.value.range = { from: date, to: addDays(date, 6) };
    if (components.isCertain("weekday") && hasDay) writtenWeekdays.set(mention, components.get("weekday") ?? 0);
    mentions.push(mention);
  }
  if (!context.publishedDay) dateFromWrittenYears(mentions, writtenWeekdays, locale);
  return mentions;
}

/**
 * "July 25", "le 30 juillet": a day of the month written as such; not "for three days", "yesterday" or
 * "overnight", whose day chrono counts from the reference and which name no day without a publication date.
 */
function writesItsDay(result: chrono.ParsedResult): boolean {
  const relative = [...result.start.tags()].some(
    (tag) => tag.startsWith("result/relative") || tag.startsWith("casualReference/"),
  );
  return !relative && /\d/.test(result.text);
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
  locale: DateLocale,
): void {
  const written = mentions.filter((m) => m.value.stated && m.value.date && !m.value.future);
  const fullDays = written.flatMap((m) => (m.value.precision === 1 && m.value.date ? [m.value.date] : []));
  const latest = written
    .flatMap((m) => (m.value.date ? [m.value.date] : []))
    .sort()
    .at(-1);
  if (!latest) return;
  const latestFullDay = [...fullDays].sort().at(-1);
  for (const mention of mentions) {
    const { monthDay, weekday: weekdayAlone } = mention.value;
    if (mention.value.date || mention.value.future) continue;
    if (weekdayAlone !== undefined && latestFullDay) {
      mention.value.date = lastWeekdayOnOrBefore(latestFullDay, weekdayAlone);
      mention.rule = `${locale.locale}/date/weekday-before-written-date`;
      mention.confidence = 0.4;
      continue;
    }
    if (!monthDay) continue;
    const weekday = writtenWeekdays.get(mention);
    const fits = (day: string) => isRealDay(day) && (weekday === undefined || weekdayOf(day) === weekday);
    const day = fullDays.length
      ? nearestTo(
          fullDays,
          fullDays.flatMap((full) => [-1, 0, 1].map((k) => `${Number(full.slice(0, 4)) + k}-${monthDay}`)).filter(fits),
          183,
        )
      : Array.from({ length: 8 }, (_, k) => `${Number(latest.slice(0, 4)) + k}-${monthDay}`).find(
          (candidate) => candidate >= latest && fits(candidate),
        );
    if (!day) continue;
    mention.value.date = day;
    mention.rule = `${locale.locale}/date/year-from-written-dates`;
    mention.confidence = 0.5;
  }
}

/** The candidate day nearest to any of the given days, if within `maxDays`. */
function nearestTo(days: string[], candidates: string[], maxDays: number): string | undefined {
  const distance = (candidate: string) => Math.min(...days.map((day) => Math.abs(daysBetween(candidate, day))));
  const best = candidates.sort((a, b) => distance(a) - distance(b))[0];
  return best !== undefined && distance(best) <= maxDays ? best : undefined;
}
