import { daysBetween } from "../../base/calendar.js";
import type { Rule } from "../../base/rule.js";
import { fired } from "../../base/trace.js";
import type { DateMention } from "../../model/mentions.js";

export interface ChosenDate {
  date: string;
  precision: 1 | 2 | 3;
  mention: DateMention | null;
}

export const DATE_WEEKDAY_OF_WRITTEN_DAY = {
  id: "code/date/weekday-before-written-day",
  kind: "resolver",
  description:
    "A sentence that writes a full date and then a weekday of the days before it tells the event on the weekday: the written date is when it was told.",
  examples: [
    {
      text: "On Monday 26 August 2024, the army said it had killed twenty militants in an operation on Sunday near Tessit.",
      published: "2024-08-27",
    },
    {
      text: "Le mardi 12 mars 2024, la police a annoncé avoir arrêté trois suspects lors d'une opération dimanche à Kaya.",
      published: "2024-03-13",
    },
  ],
  counterexamples: [
    { text: "On Monday 26 August 2024, gunmen killed four farmers near Tessit.", published: "2024-08-27" },
  ],
} as const satisfies Rule;

export const DATE_IN_ANCHOR = {
  id: "code/date/in-first-sentence",
  kind: "resolver",
  description: "The event's date is the date its first sentence gives, when it gives one.",
  examples: [
    { text: "On Tuesday, gunmen killed four farmers in Gwoza.", published: "2024-03-08" },
    { text: "Militants stormed a police station in Bannu on 4 June, killing three officers.", published: "2024-06-06" },
  ],
  counterexamples: [
    { text: "Militants stormed a police station in Bannu, killing three officers.", published: "2024-06-06" },
  ],
} as const satisfies Rule;

export const DATE_NEAREST = {
  id: "code/date/nearest-in-event",
  kind: "resolver",
  description: "Else the date nearest the first sentence among the event's own sentences.",
  examples: [
    {
      text: "Gunmen killed four farmers in Gwoza, local officials said. The attack took place on 3 March.",
      published: "2024-03-08",
    },
    {
      text: "Rioters set fire to the town hall of Koudougou. Residents said it happened on Saturday night.",
      published: "2024-06-04",
    },
  ],
} as const satisfies Rule;

export const DATE_SOON_AFTER = {
  id: "code/date/soon-after",
  kind: "resolver",
  description: "Else a date in an earlier sentence or in the two after the first, outside the event's own sentences.",
  examples: [
    {
      text: "Tuesday 12 March was market day in Kaya. Gunmen attacked the market and killed four traders.",
      published: "2024-03-14",
    },
  ],
} as const satisfies Rule;

export const DATE_LATER_REPORT = {
  id: "code/date/later-report",
  kind: "resolver",
  description:
    'Else a day told further down in a sentence that reports violence ("in the May 10 attack"), not after publication.',
  examples: [
    {
      text: "Gunmen killed four farmers in Gwoza. Residents fled. Schools closed. Markets shut. Roads emptied. In the 3 March attack, a school was burnt.",
      published: "2024-03-08",
    },
    {
      text: "Bandits abducted 20 pupils from a school in Kuriga. Parents gathered. Officials met. Troops deployed. Police searched. During the 7 March raid, a teacher was shot.",
      published: "2024-03-10",
    },
  ],
} as const satisfies Rule;

export const DATE_OF_STATEMENT = {
  id: "code/date/statement-day",
  kind: "resolver",
  description: "With no date of the event, the day a statement about it was made, at week precision.",
  examples: [
    { text: "Gunmen killed four farmers in Gwoza, the police said on Friday.", published: "2024-03-09" },
    {
      text: "Soldiers killed seven suspected jihadists near Tessit, the army said in a statement on Monday.",
      published: "2024-03-14",
    },
  ],
} as const satisfies Rule;

export const DATE_OF_PUBLICATION = {
  id: "code/date/publication-week",
  kind: "resolver",
  description: "With no date in the report at all, its publication day, at week precision and inferred.",
  examples: [
    { text: "Gunmen killed four farmers in Gwoza.", published: "2024-03-09" },
    { text: "Rebels seized the town of Rubaya after heavy fighting with the army.", published: "2024-05-02" },
  ],
  counterexamples: [{ text: "Gunmen killed four farmers in Gwoza on 3 March 2024.", published: "2024-03-09" }],
} as const satisfies Rule;

export const DATE_RULES: readonly Rule[] = [
  DATE_WEEKDAY_OF_WRITTEN_DAY,
  DATE_IN_ANCHOR,
  DATE_NEAREST,
  DATE_SOON_AFTER,
  DATE_LATER_REPORT,
  DATE_OF_STATEMENT,
  DATE_OF_PUBLICATION,
];

/**
 * The event's date: a dated mention, neither future, background ("a year ago") nor the day of a statement ("HRW said
 * Friday"), in the event's
 * first sentence, else the nearest one in the event's sentences, else the first no more than two sentences after
 * its first, else the first in a later sentence that reports violence ("in the May 10 attack, …", "between March 10
 * and 11, militias killed …": reports often date the event only further down), not after publication. With none, the day of a
 * statement about it at week precision (the event came before), else the publication day at week precision, inferred.
 */
export function chooseDate(
  dates: DateMention[],
  coreSentences: number[],
  anchor: number,
  publishedDay: string | null,
  captions: Set<number>,
  reportingSentences: Set<number>,
): ChosenDate | null {
  const usable = dates.filter(
    (d) =>
      d.value.date &&
      !d.value.future &&
      !d.value.background &&
      !d.value.dateline &&
      !d.value.statement &&
      !captions.has(d.sentence),
  );
  const inCore = usable.filter((d) => coreSentences.includes(d.sentence));
  const resolvers: [Rule, () => DateMention | undefined][] = [
    [DATE_WEEKDAY_OF_WRITTEN_DAY, () => weekdayBeforeWrittenDay(usable.filter((d) => d.sentence === anchor))],
    [DATE_IN_ANCHOR, () => usable.find((d) => d.sentence === anchor)],
    [DATE_NEAREST, () => inCore.sort((a, b) => Math.abs(a.sentence - anchor) - Math.abs(b.sentence - anchor))[0]],
    [DATE_SOON_AFTER, () => usable.find((d) => d.sentence <= anchor + 2)],
    [
      DATE_LATER_REPORT,
      () =>
        usable.find(
          (d) =>
            reportingSentences.has(d.sentence) &&
            d.value.precision === 1 &&
            (!publishedDay || (d.value.date as string) <= publishedDay),
        ),
    ],
  ];
  for (const [rule, pick] of resolvers) {
    const best = pick();
    if (!best) continue;
    // (A pick is always dated: `usable` holds dated mentions only.)
    fired(rule);
    return { date: best.value.date as string, precision: best.value.precision, mention: best };
  }
  return statementDay(dates, coreSentences) ?? publicationWeek(publishedDay);
}

/** A weekday after a full written date in one sentence, naming one of the six days before it. */
function weekdayBeforeWrittenDay(sentenceDates: DateMention[]): DateMention | undefined {
  const written = sentenceDates.find((d) => d.value.stated && d.value.precision === 1);
  if (!written?.value.date) return undefined;
  const writtenDay = written.value.date;
  return sentenceDates.find(
    (d) =>
      d.start > written.end &&
      d.value.weekday !== undefined &&
      !d.value.stated &&
      d.value.date !== null &&
      d.value.date < writtenDay &&
      daysBetween(writtenDay, d.value.date) <= 6,
  );
}

/** The day of a statement about the event ("the police said on Friday"): the event came before, that week. */
function statementDay(dates: DateMention[], coreSentences: number[]): ChosenDate | null {
  const statement = dates.find(
    (d) => d.value.statement && d.value.date && !d.value.future && coreSentences.includes(d.sentence),
  );
  if (!statement?.value.date) return null;
  fired(DATE_OF_STATEMENT);
  return { date: statement.value.date, precision: 2, mention: statement };
}

function publicationWeek(publishedDay: string | null): ChosenDate | null {
  if (!publishedDay) return null;
  fired(DATE_OF_PUBLICATION);
  return { date: publishedDay, precision: 2, mention: null };
}

/** With no date at all: a day and month without a year ("le 30 juillet") in the event's sentences. */
export function chooseMonthDayHint(dates: DateMention[], coreSentences: number[]): DateMention | null {
  return (
    dates.find((d) => d.value.monthDay !== undefined && !d.value.future && coreSentences.includes(d.sentence)) ?? null
  );
}

/**
 * With no date at all: a bare weekday ("on Tuesday", or "reported this Monday": close enough to compare) in the
 * event's sentences, the only time the report gives.
 */
export function chooseWeekdayHint(dates: DateMention[], coreSentences: number[]): DateMention | null {
  return (
    dates.find((d) => d.value.weekday !== undefined && !d.value.future && coreSentences.includes(d.sentence)) ?? null
  );
}
