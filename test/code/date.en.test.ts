import { describe } from "node:test";
import { type RowAsserting, runTable } from "../helpers/coding.js";

/**
 * When, in English reports: every row asserts the event's date and its precision (1 the day, 2 the week, 3 the
 * month; `null`: no date can be told). Reports are published on Sunday 25 August 2024 unless a row says otherwise.
 * Dates the report gives for something else (a caption, a past attack) are in negatives.en.test.ts.
 */
const ROWS: RowAsserting<"event_date" | "time_precision">[] = [
  {
    text: "Gunmen killed three traders on the road to Kaya, Burkina Faso, on Tuesday.",
    why: "a weekday is the last one before the publication day",
    event_date: "2024-08-20",
    time_precision: 1,
    spans: { event_date: ["on Tuesday"] },
  },
  {
    text: "Soldiers clashed with militants near Djibo, Burkina Faso, yesterday.",
    why: "'yesterday' is the day before publication",
    event_date: "2024-08-24",
    time_precision: 1,
    spans: { event_date: ["yesterday"] },
  },
  {
    text: "Gunmen abducted five farmers near Gusau, Nigeria, on Saturday night.",
    why: "a weekday's night is that day",
    event_date: "2024-08-24",
    time_precision: 1,
  },
  {
    text: "On 14 July, militants burned a health centre in Arbinda, Burkina Faso.",
    why: "a day and month without a year are in the publication's year when that is not in the future",
    event_date: "2024-07-14",
    time_precision: 1,
    spans: { event_date: ["On 14 July"] },
  },
  {
    text: "On Wednesday, 21 August, militants shelled an army camp near Mopti, Mali.",
    why: "a weekday with its date is one day",
    event_date: "2024-08-21",
    time_precision: 1,
    spans: { event_date: ["On Wednesday, 21 August"] },
  },
  {
    text: "Hundreds of people marched in Niamey, Niger, last week against fuel prices.",
    why: "'last week' is known to the week",
    event_date: "2024-08-18",
    time_precision: 2,
  },
  {
    text: "Militants attacked an army post near Diapaga, Burkina Faso, on Sunday, the army said on Monday.",
    published: "2024-08-27",
    why: "the day of a statement is not the day of the event",
    event_date: "2024-08-25",
    time_precision: 1,
    spans: { event_date: ["on Sunday"] },
  },
  {
    text: "Human Rights Watch said Friday that militias massacred dozens of civilians near Solenzo, Burkina Faso.",
    published: "2025-03-15",
    why: "the day of a statement bounds the event at week precision",
    event_date: "2025-03-14",
    time_precision: 2,
  },
  {
    text: "Gunmen killed four farmers near Gusau, Nigeria, on Tuesday.",
    published: null,
    why: "a weekday with no publication day is no date",
    event_date: null,
    time_precision: null,
  },
  {
    text: "Gunmen killed four farmers near Gusau, Nigeria, on 3 March 2023.",
    published: null,
    why: "a full date needs no publication day",
    event_date: "2023-03-03",
    time_precision: 1,
  },
  {
    text: "On 3 June, gunmen burned a market in Tera, Niger.",
    published: null,
    why: "a day and month with no year and no publication day is no date",
    event_date: null,
    time_precision: null,
  },
  {
    text: "Gunmen burned a school in Djibo, Burkina Faso, that the army had reopened a year ago, on Thursday.",
    why: "a day counted back in years is background; the weekday dates the event",
    event_date: "2024-08-22",
    time_precision: 1,
    spans: { event_date: ["on Thursday"] },
  },
  {
    text: "The police chief of Maiduguri, Nigeria, on Saturday confirmed that gunmen killed six fishermen on Friday.",
    why: "a reporting verb right after a date dates the statement; the event keeps its own day",
    event_date: "2024-08-23",
    time_precision: 1,
    spans: { event_date: ["on Friday"] },
  },
];

describe("English dates: when the event was", () => runTable(ROWS));
