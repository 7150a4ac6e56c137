import { describe } from "node:test";
import { type Row, runTable } from "../helpers/coding.js";

/** French reports that must yield no event: disasters, accidents, diplomacy. Published on Monday 26 February 2024. */
const ROWS: (Row & { events: 0 })[] = [
  {
    text: "Des inondations ont fait 12 morts à Niamey lundi.",
    why: "des inondations ne sont pas un événement",
    events: 0,
  },
  {
    text: "Un accident de la route a fait trois morts près de Kaolack, au Sénégal, samedi.",
    why: "un accident de la route n'est pas un événement",
    events: 0,
  },
  {
    text: "Le ministre des Affaires étrangères a effectué une visite à Bamako mardi.",
    why: "une visite diplomatique n'est pas un événement",
    events: 0,
  },
  {
    text: "Un incendie accidentel a ravagé le grand marché de Ouagadougou dimanche.",
    why: "un incendie accidentel n'est pas une destruction de biens",
    events: 0,
  },
];

describe("French negatives: no event", () => runTable(ROWS, { language: "fr", published: "2024-02-26" }));
