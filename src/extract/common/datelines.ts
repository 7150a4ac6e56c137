import { fired, matches } from "../../base/trace.js";
import type { DateMention } from "../../model/mentions.js";
import type { ExtractContext } from "../types.js";
import type { DateLocale } from "./date-locale.js";

/** How far into a report a dateline may stand. */
const DATELINE_REACH = 400;
/** How much else a line may hold for a date on it to stand alone ("Published 12 March 2024"). */
const ALONE_SLACK = 25;
/**
 * A word of a sentence: one starting in lower case ("the", "killed"). A page's header after the date that opens it has
 * none, only capitalised menu words, numbers and marks ("Saturday, 25 October 2025 Advertise With Us E-paper").
 */
const SENTENCE_WORD = /(?:^|[^\p{L}'’-])\p{Ll}/u;

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
    const pageDay = aloneOnItsLine || opensPageHeader(text, date);
    if (pageDay) fired(locale.rules.dateline);
    if (pageDay || matches(locale.rules.dateline, before)) date.value.dateline = true;
  }
  return dates;
}

/**
 * A written date that opens the text, followed on its line by the page's header words only: the day the page was
 * shown or published ("Saturday, 25 October 2025 Advertise With Us E-paper"), not the event's.
 */
function opensPageHeader(text: string, date: DateMention): boolean {
  if (!date.value.stated || text.slice(0, date.start).trim() !== "") return false;
  const lineEnd = text.indexOf("\n", date.end);
  return !SENTENCE_WORD.test(text.slice(date.end, lineEnd === -1 ? text.length : lineEnd));
}
