import { fired, matches } from "../../base/trace.js";
import type { DateMention } from "../../model/mentions.js";
import type { ExtractContext } from "../types.js";
import type { DateLocale } from "./date-locale.js";

/** How far into a report a dateline may stand. */
const DATELINE_REACH = 400;
/** How much else a line may hold for a date on it to stand alone ("Published 12 March 2024"). */
const ALONE_SLACK = 25;

/**
 * Dates at the top of a page that date the page, not the event: alone on a short line near the start, or after a
 * "date" label or an upper-case place ("ABIDJAN, March 15, 2025 (AFP) -").
 */
export function markDatelines(context: ExtractContext, dates: DateMention[], locale: DateLocale): DateMention[] {
  const { text } = context;
  for (const date of dates) {
    if (date.start > DATELINE_REACH) continue;
    const lineStart = text.lastIndexOf("\n", date.start - 1) + 1;
    const lineEnd = text.indexOf("\n", date.end);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    const before = text.slice(lineStart, date.start);
    const aloneOnItsLine = line.length - date.text.length <= ALONE_SLACK && !locale.eventPreposition.test(date.text);
    if (aloneOnItsLine) fired(locale.rules.dateline);
    if (aloneOnItsLine || matches(locale.rules.dateline, before)) date.value.dateline = true;
  }
  return dates;
}
