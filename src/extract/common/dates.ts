import type * as chrono from "chrono-node";
import type { DateMention, ExtractContext } from "../types.js";
import { addDays, isoDay, lastWeekdayOnOrBefore } from "./calendar.js";
import { sentenceIndexAt } from "./spans.js";

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
    if (!date && hasDay && hasMonth)
      mention.value.monthDay = `${String(components.get("month")).padStart(2, "0")}-${String(components.get("day")).padStart(2, "0")}`;
    if (precision === 2 && date) mention.value.range = { from: date, to: addDays(date, 6) };
    mentions.push(mention);
  }
  return mentions;
}
