import * as chrono from "chrono-node";
import type { DateLocale } from "../../../common/dates.js";

const parser = chrono.en.casual.clone();
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
// "overnight" in a report means the night before it was published, which chrono does not read.
parser.parsers.push({
  pattern: () => /\b(overnight)\b/i,
  extract: (context) => {
    const day = new Date(context.reference.instant);
    day.setUTCDate(day.getUTCDate() - 1);
    return { day: day.getUTCDate(), month: day.getUTCMonth() + 1, year: day.getUTCFullYear() };
  },
});

// "between 21 and 22 April 2020" (chrono reads only the second day): an event told over two days starts on the first.
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
parser.parsers.push({
  pattern: () =>
    /\bbetween\s+(\d{1,2})\s+and\s+\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+(\d{4}))?\b/i,
  extract: (_context, match) => ({
    day: Number(match[1]),
    month: MONTHS.indexOf((match[2] ?? "").toLowerCase()) + 1,
    ...(match[3] ? { year: Number(match[3]) } : {}),
  }),
});

export const EN_DATES: DateLocale = {
  locale: "en",
  parser,
  // "next Monday", "will vote on Sunday", "is expected on Friday"
  futureCue: /\b(next|coming|will|would|expected|scheduled|planned|due|upcoming)\b[^.]{0,25}$/i,
  statementCue:
    /\b(said|says|told [\p{L}.]+(?: [\p{L}.]+)?|announced|stated|added|confirmed|declared|tweeted|wrote|reported|in a statement)\s+(?:on\s+|late\s+|early\s+)?$/iu,
  // (A lone month name in lower case is the word: "held a march", "they may".)
  ignored:
    /^(?:[Nn]ow|[Tt]oday|[Tt]onight|[Tt]his (morning|afternoon|evening)|[Tt]he (day|week)|[Aa] (day|week)|march|may)$/,
};
