import { words } from "../../../../base/words.js";
import type { ScopeCue } from "../../../common/quantities.js";

/*
 * Words in a sentence that place its figures outside the reported event: periods ("last year", "since 2015",
 * "over the past decade"), totals ("in total this year", "nationwide") and the history of a conflict.
 */
const MONTH = String.raw`(?:(?:early|late|mid-?)\s*)?(?:january|february|march|april|may|june|july|august|september|october|november|december)`;
const PUBLISHED = "2024-08-25";

export const EN_SCOPE_LAST_PERIOD = {
  id: "en/scope/last-period",
  kind: "cue",
  description: 'A figure in a sentence about the last year, month or decade is background ("last year").',
  examples: [{ text: "Violence killed over 8,400 people in Burkina Faso last year.", published: PUBLISHED }],
  counterexamples: [{ text: "Gunmen killed four villagers in Djibo last night.", published: PUBLISHED }],
  pattern: words(/\b(last|previous|past|preceding) (year|decade|month|months|years|decades)\b/i),
} as const satisfies ScopeCue;

export const EN_SCOPE_OVER_THE_PAST = {
  id: "en/scope/over-the-past",
  kind: "cue",
  description: 'A figure told over the past years, months or weeks is background ("over the past three years").',
  examples: [
    { text: "Over the past three years, bandits have kidnapped 1,200 people in Zamfara.", published: PUBLISHED },
  ],
  counterexamples: [{ text: "Over the weekend, bandits kidnapped 12 people in Zamfara.", published: PUBLISHED }],
  pattern: words(/\b(over|in|during) the (past|last|previous) (\w+ )?(years?|decades?|months?|weeks)\b/i),
} as const satisfies ScopeCue;

export const EN_SCOPE_SINCE_YEAR = {
  id: "en/scope/since-year",
  kind: "cue",
  description:
    'A figure counted since a year or since a conflict began is background ("since 2015"), unless a superlative ranks the event ("deadliest since 2019").',
  examples: [{ text: "Since 2015, the insurgency has killed 20,000 people in the Sahel.", published: PUBLISHED }],
  counterexamples: [{ text: "It was the deadliest attack since 2019: 40 soldiers were killed.", published: PUBLISHED }],
  pattern: words(
    new RegExp(
      String.raw`\bsince (?:${MONTH} )?(19|20)\d\d\b|\bsince the (start|beginning|outbreak) of\b|\bsince (it|the (conflict|war|insurgency|crisis|violence|fighting|hostilities)) (began|started|erupted|intensified|escalated|broke out)\b`,
      "i",
    ),
  ),
  rankable: true,
} as const satisfies ScopeCue;

export const EN_SCOPE_IN_YEAR = {
  id: "en/scope/in-year",
  kind: "cue",
  description: "\"In March 2020, …\": a figure in another year than the publication's is another event's.",
  examples: [{ text: "In March 2020, jihadists killed 30 soldiers at the Boulkessi camp.", published: PUBLISHED }],
  counterexamples: [
    { text: "In August 2024, jihadists killed 30 soldiers at the Boulkessi camp.", published: PUBLISHED },
  ],
  pattern: words(new RegExp(String.raw`\b(in|during|throughout|by) (?:${MONTH} )?(19|20)\d\d\b`, "i")),
  otherYearOnly: true,
} as const satisfies ScopeCue;

export const EN_SCOPE_WHOLE_YEAR = {
  id: "en/scope/whole-year",
  kind: "cue",
  description:
    'A figure counted over a whole year is a yearly total, background, whichever year ("during the year 2017", "throughout the year").',
  examples: [
    { text: "During the year 2017, 66 people were lynched in the province.", published: PUBLISHED },
    { text: "Throughout the year, bandits killed 400 people in Zamfara.", published: PUBLISHED },
    { text: "Over the course of the year, the militia abducted 120 villagers.", published: PUBLISHED },
  ],
  counterexamples: [{ text: "Earlier in the week, bandits killed 40 people in Zamfara.", published: PUBLISHED }],
  pattern: words(/\b(during|throughout|over|in the course of|over the course of|for) the (whole |entire )?year\b/i),
} as const satisfies ScopeCue;

export const EN_SCOPE_MONTHS_AGO = {
  id: "en/scope/months-ago",
  kind: "cue",
  description:
    'A figure of months or years ago is an earlier event\'s ("over a month ago", "two years ago"); days ago may still be the event\'s.',
  examples: [
    { text: "In the same village a school principal was killed over a month ago.", published: PUBLISHED },
    { text: "Two years ago, gunmen killed 40 worshippers in the same church.", published: PUBLISHED },
  ],
  counterexamples: [{ text: "Two days ago, gunmen killed five farmers near Gboko.", published: PUBLISHED }],
  pattern: words(/\b(months|years|decades|a month|a year|a decade|one month|one year) ago\b/i),
} as const satisfies ScopeCue;

export const EN_SCOPE_YEAR_RANGE = {
  id: "en/scope/year-range",
  kind: "cue",
  description: 'A figure over a span of years is background ("between 2019 and 2023").',
  examples: [{ text: "Between 2019 and 2023, attacks killed 6,000 civilians in the region.", published: PUBLISHED }],
  counterexamples: [{ text: "Between 20 and 30 civilians were killed in the attack.", published: PUBLISHED }],
  pattern: words(/\bbetween (\w+ )?(19|20)\d\d and (\w+ )?(19|20)\d\d\b|\bfrom (19|20)\d\d to (19|20)\d\d\b/i),
} as const satisfies ScopeCue;

export const EN_SCOPE_THIS_YEAR = {
  id: "en/scope/this-year",
  kind: "cue",
  description: 'A figure counted so far this year is a running total, background ("so far this year").',
  examples: [{ text: "So far this year, 300 people have been killed in the state.", published: PUBLISHED }],
  counterexamples: [{ text: "On Saturday, 30 people were killed in the state.", published: PUBLISHED }],
  pattern: words(/\b(so far )?this year\b|\bso far in (19|20)\d\d\b|\bsince january\b/i),
} as const satisfies ScopeCue;

export const EN_SCOPE_PER_PERIOD = {
  id: "en/scope/per-period",
  kind: "cue",
  description:
    'A rate ("500 killed a year", "annually") is background; spans of time ("in just over a month") are not.',
  examples: [{ text: "Snakebites and raids kill about 500 herders a year in the region.", published: PUBLISHED }],
  counterexamples: [{ text: "Troops killed 12 militants in just over a month near Kidal.", published: PUBLISHED }],
  // "500 killed a year" is a rate; "in just over a month", "for a day" are spans of time, and "a month extension",
  // "a year ago" no rate at all: a rate ends its clause or comes before a preposition.
  pattern: words(
    /(?<!\b(over|than|within|in|for|about|nearly|almost|after|under) )\b(per|a|each|every) (year|month|day)\b(?=\s*([,.;:)]|$)|\s+(in|on|since|across|and|or|for|from|to|over|during|between|because|at|by|nationwide|worldwide)\b)|\bannual(ly)?\b|\byearly\b/i,
  ),
} as const satisfies ScopeCue;

export const EN_SCOPE_NATIONWIDE = {
  id: "en/scope/nationwide",
  kind: "cue",
  description: 'A figure for the whole country or region is background ("nationwide", "across the country").',
  examples: [{ text: "Floods and clashes have displaced 2 million people across the country.", published: PUBLISHED }],
  counterexamples: [
    { text: "Unions called a nationwide strike after police shot dead two protesters in Lagos.", published: PUBLISHED },
  ],
  // (Not the adjective: "during the nationwide anti-quota movement", "a nationwide strike" is one event.)
  pattern: words(
    /\b((nationwide|country-?wide)(?!\s+(?!(since|in|this|last|so|over|during|and|or|as|at|by|for|from|to|on|the|a|an|according|were|was|have|has|had|are|is|while|when)\b)[a-z])|across the (country|region|sahel|nation)|in the (country|region) as a whole)\b/i,
  ),
} as const satisfies ScopeCue;

export const EN_SCOPE_CONFLICT_TOTAL = {
  id: "en/scope/conflict-total",
  kind: "cue",
  description: 'The toll of a whole conflict is background ("the war has killed", "have killed thousands").',
  examples: [{ text: "The conflict has killed 20,000 people in the north.", published: PUBLISHED }],
  counterexamples: [{ text: "The raid has killed 15 people, the governor said.", published: PUBLISHED }],
  pattern: words(
    /\b(the (conflict|war|insurgency|crisis|violence) (has|have) (killed|displaced|claimed)|(has|have) killed (tens of )?thousands|double the previous|death toll for the year)\b/i,
  ),
} as const satisfies ScopeCue;

export const EN_SCOPE_DECADE = {
  id: "en/scope/decade",
  kind: "cue",
  description: 'A figure over a decade is background ("in more than a decade of violence").',
  examples: [
    {
      text: "More than a decade of fighting has displaced 3 million people in the Lake Chad basin.",
      published: PUBLISHED,
    },
  ],
  counterexamples: [{ text: "Gunmen killed 3 herders over a grudge that went back decades.", published: PUBLISHED }],
  pattern: words(/\b(a|the past|over a|nearly a|more than a) decade\b/i),
} as const satisfies ScopeCue;

export const EN_SCOPE_OTHER_EVENT = {
  id: "en/scope/other-event",
  kind: "cue",
  description: 'Another event\'s toll is background ("in a separate attack", "a week after a blast killed eight").',
  examples: [
    { text: "In a separate attack, gunmen killed six farmers in Bauchi.", published: PUBLISHED },
    { text: "The raid came two weeks after a bombing killed 18 people at the market.", published: PUBLISHED },
  ],
  counterexamples: [
    { text: "Two days after learning of the layoffs, 300 workers marched in Kano.", published: PUBLISHED },
  ],
  // "another attack", "a separate incident", "a week after a bomb blast … killed eight": another event's toll ("eight
  // days after being told their plant would close" is no other event).
  pattern: words(
    /\b(another|a separate|an earlier|a previous|a similar|the previous|last month's|last week's) (\w+ ){0,2}(attack|incident|bombing|blast|raid|strike|bomb|massacre|explosion|ambush|assault|killing)s?\b|\b(a|one|two|three|several|\w+) (days?|weeks?|months?) (earlier|prior)\b|\b(days?|weeks?|months?) (after|before) (\S+ ){0,5}?(attacks?|incidents?|bombings?|blasts?|raids?|strikes?|massacres?|explosions?|ambush(es)?|assaults?|killings?|killed|clash(es)?|fighting|violence)\b/i,
  ),
  otherEvent: true,
} as const satisfies ScopeCue;

export const EN_SCOPE_COMPILATION = {
  id: "en/scope/compilation",
  kind: "cue",
  description: 'A tally over a series of events is background ("a spate of attacks", "cumulative").',
  examples: [
    { text: "A spate of attacks on churches has killed 40 worshippers in the diocese.", published: PUBLISHED },
  ],
  counterexamples: [{ text: "An attack on a church killed 4 worshippers in the diocese.", published: PUBLISHED }],
  pattern: words(
    /\b(compilation|tally|cumulative|(wave|series|spate|string) of (\w+ )?(massacres|attacks|killings|strikes)|millions (of people )?(displaced|have fled)|deaths and millions)\b/i,
  ),
} as const satisfies ScopeCue;

/** English scope cues, in the order they are tried: the first that matches names the background. */
export const EN_SCOPE_CUES = [
  EN_SCOPE_LAST_PERIOD,
  EN_SCOPE_OVER_THE_PAST,
  EN_SCOPE_SINCE_YEAR,
  EN_SCOPE_IN_YEAR,
  EN_SCOPE_WHOLE_YEAR,
  EN_SCOPE_MONTHS_AGO,
  EN_SCOPE_YEAR_RANGE,
  EN_SCOPE_THIS_YEAR,
  EN_SCOPE_PER_PERIOD,
  EN_SCOPE_NATIONWIDE,
  EN_SCOPE_CONFLICT_TOTAL,
  EN_SCOPE_DECADE,
  EN_SCOPE_OTHER_EVENT,
  EN_SCOPE_COMPILATION,
] as const;
