import type { DateMention } from "../../model/mentions.js";
import { type ChosenDate, chooseDate, chooseMonthDayHint, chooseWeekdayHint } from "../fields/date.js";
import type { CodingInput, EventScope } from "./input.js";

export interface DateStep {
  date: ChosenDate | null;
  /** With no date at all, the weekday or the day and month the report gives. */
  weekdayHint: DateMention | null;
  monthDayHint: DateMention | null;
}

/** Step 2, the date (`chooseDate`), or with none, the hints the report gives of it. */
export function codeDate(input: CodingInput, scope: EventScope): DateStep {
  const { dates, core, anchor, reporting } = scope;
  const date = chooseDate(dates, core, anchor, input.context.publishedDay, input.captions, reporting);
  return {
    date,
    weekdayHint: date ? null : chooseWeekdayHint(dates, core),
    monthDayHint: date ? null : chooseMonthDayHint(dates, core),
  };
}
