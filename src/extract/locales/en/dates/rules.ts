import type { PatternRule, Rule } from "../../../../base/rule.js";
import { words } from "../../../../base/words.js";

const PUBLISHED = "2024-08-25";

export const EN_DATE_CHRONO = {
  id: "en/date/chrono",
  kind: "mention",
  description: 'A date as chrono-node reads it: a day written out ("12 August 2024") or counted from publication.',
  examples: [
    { text: "Gunmen attacked Tanga village on 12 August 2024.", published: PUBLISHED },
    { text: "Soldiers repelled an attack on the Djibo base yesterday.", published: PUBLISHED },
  ],
} as const satisfies Rule;

export const EN_DATE_WEEKDAY_BEFORE_PUBLICATION = {
  id: "en/date/weekday-before-publication",
  kind: "mention",
  description: 'A weekday alone ("on Saturday") is the most recent such day on or before publication.',
  examples: [
    { text: "Jihadists raided a market in Kaya on Saturday.", published: PUBLISHED },
    { text: "Police said on Tuesday that two traders had been abducted.", published: PUBLISHED },
  ],
} as const satisfies Rule;

export const EN_DATE_WEEKDAY_WITH_MODIFIER = {
  id: "en/date/weekday-with-modifier",
  kind: "mention",
  description:
    'A weekday with "last", "past" or "next" is the one chrono-node counts: "last Monday" said on a Monday is a week before.',
  examples: [
    { text: "Last Sunday, militants torched two trucks near Dori.", published: PUBLISHED },
    { text: "The bodies were recovered on the road to Gao past Friday.", published: PUBLISHED },
  ],
  counterexamples: [{ text: "On Sunday, militants torched two trucks near Dori.", published: PUBLISHED }],
  pattern: words(/\b(last|past|next)\s+\p{L}+day\b/iu),
} as const satisfies PatternRule;

export const EN_DATE_RANGE_END = {
  id: "en/date/range-end",
  kind: "mention",
  description:
    'A range written with a word ("from 14 August to Thursday", "from May 2 until May 6") names its last day too, as a mention of its own; the event keeps the first.',
  examples: [
    { text: "Herders grazed the fields of Dori from 14 August to Thursday without incident.", published: PUBLISHED },
    { text: "The curfew in Kaya held from Aug. 10 until Aug. 20, officials said.", published: PUBLISHED },
  ],
  counterexamples: [{ text: "Clashes on August 20-21 killed 16 people in Djibo.", published: PUBLISHED }],
  pattern: words(/\s+(?:to|until|till|through|thru)\s+/i),
} as const satisfies PatternRule;

export const EN_DATE_RELATIVE_WEEK = {
  id: "en/date/relative-week",
  kind: "mention",
  description: 'A week with no number ("last week") dates an event to within that week.',
  examples: [
    { text: "Last week, militants burned three schools near Fada.", published: PUBLISHED },
    { text: "Herders and farmers clashed earlier this week in Mopti.", published: PUBLISHED },
  ],
  pattern: words(/week/i),
} as const satisfies PatternRule;

export const EN_DATE_MONTH = {
  id: "en/date/month",
  kind: "mention",
  description: 'A month with no day ("in July") dates an event to that month.',
  examples: [
    { text: "Militants attacked Djibo in July, killing dozens.", published: PUBLISHED },
    { text: "In June 2023 the army retook the town of Ménaka.", published: PUBLISHED },
  ],
} as const satisfies Rule;

export const EN_DATE_WEEKDAY_BEFORE_WRITTEN_DATE = {
  id: "en/date/weekday-before-written-date",
  kind: "resolver",
  description:
    "With no publication day, a weekday alone is the last such day on or before the latest full date the report writes.",
  examples: [
    "Rebels shelled the camp late on Monday. (Picture taken on Friday, 14 June 2024.)",
    "The convoy was ambushed on Wednesday, the army said in a statement dated 9 May 2024.",
  ],
} as const satisfies Rule;

export const EN_DATE_YEAR_FROM_WRITTEN_DATES = {
  id: "en/date/year-from-written-dates",
  kind: "resolver",
  description:
    "With no publication day, a day and month without a year take their year from the dates the report writes with one.",
  examples: [
    "Soldiers raided the village on 3 May. The unit had been deployed there in January 2023.",
    "On 8 March 2022, police arrested a trader. He had been warned on 2 March by the same officers.",
  ],
} as const satisfies Rule;

export const EN_DATE_YEAR_FROM_WEEKDAY = {
  id: "en/date/year-from-weekday",
  kind: "resolver",
  description:
    'With no publication day and no year written anywhere, a weekday with its day and month ("on Monday, March 31") is the latest such day up to today: the weekday fixes the year.',
  examples: ["Gunmen stormed the prison of Mirebalais on Monday, March 31, and freed its inmates."],
} as const satisfies Rule;

export const EN_DATE_BACKGROUND_PERIOD = {
  id: "en/date/background-period",
  kind: "filter",
  description: 'A period named with no number ("this month", "last year") dates no event; a week is kept as a week.',
  examples: [
    { text: "Violence has killed over 8,000 people in Burkina Faso last year.", published: PUBLISHED },
    { text: "Attacks on schools have risen this month.", published: PUBLISHED },
  ],
  counterexamples: [{ text: "Attacks on schools rose in March 2024.", published: PUBLISHED }],
  pattern: words(/\b(week|month|year)s?\b/i),
} as const satisfies PatternRule;

export const EN_DATE_COUNTED_BACK = {
  id: "en/date/counted-back",
  kind: "mention",
  description:
    'Months or years counted back from publication ("a year ago", "six months earlier") name that day, as what the news is compared with, never as the event\'s date.',
  examples: [
    { text: "Exports fell to $2 billion from $3.1 billion a year ago.", published: PUBLISHED },
    { text: "Two years ago, the same militia had burned the market of Fada.", published: PUBLISHED },
    { text: "Fuel cost half as much six months earlier, traders in Gao said.", published: PUBLISHED },
  ],
  counterexamples: [{ text: "Violence has killed over 8,000 people in Burkina Faso last year.", published: PUBLISHED }],
  pattern: words(
    /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|\d+)\s+(?:years?|months?)\s+(?:ago|earlier|before)\b/i,
  ),
} as const satisfies PatternRule;

export const EN_DATE_FUTURE = {
  id: "en/date/future",
  kind: "cue",
  description: 'Words before a date that put it in the future ("next Monday", "will vote on Sunday").',
  examples: [
    { text: "Elections are scheduled for next Sunday in Niger.", published: PUBLISHED },
    { text: "The rebels will hold talks on Friday in Doha.", published: PUBLISHED },
  ],
  counterexamples: [{ text: "The rebels held talks on Friday in Doha.", published: PUBLISHED }],
  pattern: words(/\b(next|coming|will|would|expected|scheduled|planned|due|upcoming)\b[^.]{0,25}$/i),
} as const satisfies PatternRule;

export const EN_DATE_STATEMENT = {
  id: "en/date/statement",
  kind: "cue",
  description: 'Words right before a date that date a statement, not the event ("said Friday", "told AFP on Monday").',
  examples: [
    { text: "Three soldiers were killed in Kidal, the army said on Friday.", published: PUBLISHED },
    { text: "Gunmen abducted a priest, a church official told AFP on Monday.", published: PUBLISHED },
  ],
  counterexamples: [{ text: "Gunmen abducted a priest on Monday in Kaduna.", published: PUBLISHED }],
  pattern: words(
    /\b(said|says|told [\p{L}.]+(?: [\p{L}.]+)?|announced|stated|added|confirmed|declared|tweeted|wrote|reported|in a statement)\s+(?:on\s+|late\s+|early\s+)?$/iu,
  ),
} as const satisfies PatternRule;

export const EN_DATE_STATEMENT_AFTER = {
  id: "en/date/statement-after",
  kind: "cue",
  description:
    'A reporting verb right after a date ("the governor on Sunday confirmed", "police on 3 May said") dates the statement, not the event.',
  examples: [
    { text: "The governor of Borno on Sunday confirmed that gunmen had killed nine fishermen.", published: PUBLISHED },
    { text: "Police in Kaduna on Friday, August 23, said bandits abducted a pastor.", published: PUBLISHED },
    { text: "A local chief on Saturday told reporters that the village had been burned.", published: PUBLISHED },
  ],
  counterexamples: [{ text: "Gunmen on Sunday killed nine fishermen near Baga.", published: PUBLISHED }],
  pattern: words(/^\s*,?\s*(?:said|says|confirmed|announced|stated|declared|told|reported|disclosed)\b/i),
} as const satisfies PatternRule;

export const EN_DATE_IGNORED = {
  id: "en/date/ignored",
  kind: "filter",
  description:
    'Expressions too vague to date an event ("now", "the day", "a week"), and a lone month name in lower case ("held a march"). "Today" is not one: it is the publication day.',
  examples: [
    { text: "Students held a march in Ouagadougou to demand the release of a teacher.", published: PUBLISHED },
    { text: "Now, residents of Kaya are afraid to go to the fields.", published: PUBLISHED },
  ],
  counterexamples: [
    { text: "Students rallied in Ouagadougou on 3 March 2024.", published: PUBLISHED },
    { text: "Today, students rallied in Ouagadougou.", published: PUBLISHED },
  ],
  // (A lone month name in lower case is the word: "held a march", "they may".)
  pattern: words(/^(?:[Nn]ow|[Tt]he (day|week)|[Aa] (day|week)|march|may)$/),
} as const satisfies PatternRule;

export const EN_DATE_WEEKDAY_ABBREVIATION = {
  id: "en/date/weekday-abbreviation-in-name",
  kind: "filter",
  description:
    "A weekday's abbreviation alone names no day but a name's part (an acronym, a company's name), unless a day number or a full stop follows it.",
  examples: [
    { text: "Members of FRI-WP rallied in Ternate on 10 December 2017.", published: PUBLISHED },
    { text: "Workers of the Chit Thu garment factory went on strike in Yangon on 3 May 2019.", published: PUBLISHED },
  ],
  counterexamples: [{ text: "Posted Thu. 12 December 2019: gunmen attacked a bus near Kidal.", published: PUBLISHED }],
  pattern: /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i,
  dated: /^\.|^,?\s*\d/,
} as const satisfies PatternRule & { dated: RegExp };

export const EN_DATE_NAME_WITH_DATE = {
  id: "en/date/name-with-date",
  kind: "filter",
  description:
    'A day and month that are part of a movement\'s or an alliance\'s name ("the March 23 Movement", "the April 6 Youth Movement", "the Movement of 19 April") date nothing.',
  examples: [
    { text: "Fighters of the March 23 Movement (M23) seized Goma on Monday.", published: PUBLISHED },
    { text: "Members of the April 6 Youth Movement marched in Cairo on Friday.", published: PUBLISHED },
    { text: "The Movement of 19 April laid down its arms in Bogotá on Tuesday.", published: PUBLISHED },
  ],
  counterexamples: [{ text: "On 23 March, the movement's fighters entered Goma.", published: PUBLISHED }],
  // (Names are capitalised: "on March 23 movement stopped" is a date.)
  before: /\b(?:Movement|Alliance|Coalition|Front|Revolution) of (?:the )?$/,
  after: /^(?:th)?\s+(?:[A-Z][a-z]+\s+){0,2}(?:Movement|Alliance|Coalition|Front|Revolution)\b/,
} as const satisfies Rule & { before: RegExp; after: RegExp };

export const EN_DATE_DATELINE = {
  id: "en/date/dateline",
  kind: "cue",
  description:
    'A date at the top of a page alone on its line, opening the page before its header words, or after a "date" label, an upper-case place or a weekday, dates the page, not the event.',
  examples: [
    "KAYA, 3 March 2024 (AFP) - Gunmen killed two herders near the town.",
    "date 2024-03-11\nGunmen abducted pupils from a school in Kuriga on Thursday.",
    "Tuesday, November 4, 2025 Subscribe Log In E-Paper\nGunmen abducted pupils from a school in Kuriga on Thursday.",
  ],
  counterexamples: ["On 3 March 2023, gunmen attacked a village near Kaya and killed two herders."],
  // No "i" flag: with it, \p{Lu} would match lower-case letters too and any short clause would pass for a place.
  pattern: words(
    /^\s*(?:[Dd]ate\s+|\p{Lu}[\p{Lu} .'-]{2,30},\s*|(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday),\s*)$/u,
  ),
} as const satisfies PatternRule;

/** A preposition that opens a date ("on 3 March", "in 2023"): the story's date, never a dateline. */
export const EN_EVENT_PREPOSITION = words(/^(on|in|at|since|by)\b/i);

export const EN_DATE_OVERNIGHT = {
  id: "en/date/overnight",
  kind: "mention",
  description: '"Overnight" in a report means the night before it was published (chrono-node does not read it).',
  examples: [{ text: "Overnight, gunmen stormed a police post in Kaya.", published: PUBLISHED }],
  // (chrono runs it over the whole text: the word first, then its start, lets the scan look for the word alone.)
  pattern: words(/overnight(?<=\bovernight)\b/i),
} as const satisfies PatternRule;

export const EN_DATE_HOLIDAY = {
  id: "en/date/holiday",
  kind: "mention",
  description:
    'A holiday on a fixed day of the calendar ("Christmas Day", "New Year\'s Eve", "Thanksgiving") is its most recent day on or before publication (chrono-node does not read them).',
  examples: [
    {
      text: "Militants raided a church in Yelwata on Christmas Eve, killing eleven worshippers.",
      published: "2025-01-03",
    },
    { text: "A car bomb went off outside a hotel in Mogadishu on New Year's Day.", published: "2025-01-04" },
    { text: "The boy was rescued at sea on Thanksgiving Day, the coast guard said.", published: "2024-12-10" },
  ],
  counterexamples: [{ text: "The Christmas market in Jos reopened after the attack.", published: "2025-01-03" }],
  // (The day names the holiday: "the Christmas market" is a market.)
  pattern: words(
    /\b(christmas(?: day| eve)|new year['’]s (?:day|eve)|thanksgiving(?: day)?)\b(?! market| tree| party| dinner| meal| holiday)/i,
  ),
} as const satisfies PatternRule;

export const EN_DATE_BETWEEN_TWO_DAYS = {
  id: "en/date/between-two-days",
  kind: "mention",
  description:
    'An event told over two days ("between 21 and 22 April 2020") starts on the first (chrono reads the second).',
  examples: [{ text: "Between 9 and 10 June 2021, raiders burned a market in Solhan." }],
  pattern: words(
    /between(?<=\bbetween)\s+(\d{1,2})\s+and\s+\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+(\d{4}))?\b/i,
  ),
} as const satisfies PatternRule;

/** English date rules, in the order the date stage applies them. */
export const EN_DATE_RULES: readonly Rule[] = [
  EN_DATE_NAME_WITH_DATE,
  EN_DATE_CHRONO,
  EN_DATE_OVERNIGHT,
  EN_DATE_BETWEEN_TWO_DAYS,
  EN_DATE_HOLIDAY,
  EN_DATE_IGNORED,
  EN_DATE_WEEKDAY_ABBREVIATION,
  EN_DATE_BACKGROUND_PERIOD,
  EN_DATE_COUNTED_BACK,
  EN_DATE_WEEKDAY_BEFORE_PUBLICATION,
  EN_DATE_WEEKDAY_WITH_MODIFIER,
  EN_DATE_RANGE_END,
  EN_DATE_RELATIVE_WEEK,
  EN_DATE_MONTH,
  EN_DATE_FUTURE,
  EN_DATE_STATEMENT,
  EN_DATE_STATEMENT_AFTER,
  EN_DATE_WEEKDAY_BEFORE_WRITTEN_DATE,
  EN_DATE_YEAR_FROM_WRITTEN_DATES,
  EN_DATE_YEAR_FROM_WEEKDAY,
  EN_DATE_DATELINE,
];
