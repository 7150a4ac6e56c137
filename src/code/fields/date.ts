import type { DateMention } from "../../model/mentions.js";

export interface ChosenDate {
  date: string;
  precision: 1 | 2 | 3;
  mention: DateMention | null;
}

/**
 * The event's date: a dated mention, neither future nor the day of a statement ("HRW said Friday"), in the event's
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
    (d) => d.value.date && !d.value.future && !d.value.dateline && !d.value.statement && !captions.has(d.sentence),
  );
  const inCore = usable.filter((d) => coreSentences.includes(d.sentence));
  const best =
    usable.find((d) => d.sentence === anchor) ??
    inCore.sort((a, b) => Math.abs(a.sentence - anchor) - Math.abs(b.sentence - anchor))[0] ??
    usable.find((d) => d.sentence <= anchor + 2) ??
    usable.find(
      (d) =>
        reportingSentences.has(d.sentence) &&
        d.value.precision === 1 &&
        (!publishedDay || (d.value.date as string) <= publishedDay),
    );
  if (best?.value.date) return { date: best.value.date, precision: best.value.precision, mention: best };
  const statement = dates.find(
    (d) => d.value.statement && d.value.date && !d.value.future && coreSentences.includes(d.sentence),
  );
  if (statement?.value.date) return { date: statement.value.date, precision: 2, mention: statement };
  return publishedDay ? { date: publishedDay, precision: 2, mention: null } : null;
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
