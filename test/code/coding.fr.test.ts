import { describe } from "node:test";
import { type RowAsserting, runTable } from "../helpers/coding.js";

/**
 * French reports, every field asserted on every row: type, sides, place, date and toll. The reports are published on
 * Monday 26 February 2024.
 */
const ROWS: RowAsserting<
  | "event_type"
  | "sub_event_type"
  | "actor1"
  | "actor2"
  | "country"
  | "admin1"
  | "location"
  | "event_date"
  | "time_precision"
  | "fatalities"
>[] = [
  {
    text: "Des hommes armés ont attaqué une mosquée à Natiaboani dimanche, tuant au moins 14 fidèles.",
    why: "une attaque contre des fidèles est une violence contre des civils, avec son bilan",
    event_type: "Violence against civilians",
    sub_event_type: "Attack",
    actor1: "Unidentified Armed Group (Burkina Faso)",
    actor2: "Civilians (Burkina Faso)",
    country: "Burkina Faso",
    admin1: "Est",
    location: "Natiaboani",
    event_date: "2024-02-25",
    time_precision: 1,
    fatalities: 14,
  },
  {
    text: "Mardi, des jihadistes du JNIM ont ordonné aux habitants de quitter le village et interdit les cultures.",
    why: "des jihadistes qui chassent les habitants et interdisent les cultures : « Other »",
    event_type: "Strategic developments",
    sub_event_type: "Other",
    actor1: "JNIM: Group for Support of Islam and Muslims",
    actor2: null,
    country: null,
    admin1: null,
    location: null,
    event_date: "2024-02-20",
    time_precision: 1,
    fatalities: 0,
    knownFailures: {
      actor2: 'no second side is named; an armed group with no country is no actor (today "Unidentified Armed Group")',
    },
  },
  {
    text: "Une frappe de drone a touché un marché près de Tinzaouaten, faisant 21 morts.",
    why: "une frappe de drone est une frappe aérienne",
    event_type: "Explosions/Remote violence",
    sub_event_type: "Air/drone strike",
    actor1: "Unidentified Armed Group (Mali)",
    actor2: null,
    country: "Mali",
    admin1: "Kidal",
    location: "Ti-n-Zaouâtene",
    event_date: "2024-02-26",
    time_precision: 2,
    fatalities: 21,
  },
];

describe("French event coding", () => runTable(ROWS, { language: "fr", published: "2024-02-26" }));
