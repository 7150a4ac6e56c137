import { describe } from "node:test";
import { type RowAsserting, runTable } from "../helpers/coding.js";

/**
 * How many events one English report holds: a separate attack elsewhere is its own event; one at the same place and
 * day is not. Every row asserts the number of events and each event's place, date and toll.
 */
const ROWS: RowAsserting<"location" | "event_date" | "fatalities">[] = [
  {
    text: "Gunmen killed 12 villagers in Arbinda, Burkina Faso, on Sunday. Residents said the attackers came on motorbikes. In a separate attack on Friday, militants killed five soldiers near Djibo.",
    why: "a separate attack elsewhere is its own event, with its own place, date and toll",
    events: 2,
    actor1: "Unidentified Armed Group (Burkina Faso)",
    location: "Aribinda",
    event_date: "2024-08-25",
    fatalities: 12,
    actor2: "Civilians (Burkina Faso)",
    sub_event_type: "Attack",
    spans: { fatalities: ["12"] },
    later: [
      {
        location: "Djibo",
        event_date: "2024-08-23",
        fatalities: 5,
        actor1: "Unidentified Armed Group (Burkina Faso)",
        actor2: "Military Forces of Burkina Faso",
        sub_event_type: "Armed clash",
        spans: { fatalities: ["five"] },
      },
    ],
  },
  {
    text: "Gunmen killed 12 villagers in Arbinda, Burkina Faso, on Sunday. In a separate incident in Arbinda on Sunday, a shop was looted.",
    why: "a 'separate' incident at the same place and day adds to the one event",
    location: "Aribinda",
    event_date: "2024-08-25",
    fatalities: 12,
    tags: ["looting"],
    knownFailures: { tags: "the shop looted at the same place and day is part of the one event (today [])" },
  },
];

describe("English reports with several events", () => runTable(ROWS));
