import type { Locale } from "../locale.js";
import { extractActors } from "./actors/index.js";
import { CRIMINAL_PAST, EXECUTION_STYLE, ORGANISED_CRIME } from "./actors/organised-crime.js";
import { attachAttributions } from "./attribution/index.js";
import { EN_DATES } from "./dates/index.js";
import { EN_QUANTITIES } from "./numbers/index.js";
import { EN_PLACE_WORDS } from "./places/index.js";

/** English: dates (chrono-node), actors and sources, places, quantities, then who said what. */
export const EN: Locale = {
  code: "en",
  dates: EN_DATES,
  actors: extractActors,
  places: EN_PLACE_WORDS,
  organisedCrime: ORGANISED_CRIME,
  executionStyle: EXECUTION_STYLE,
  criminalPast: CRIMINAL_PAST,
  quantities: EN_QUANTITIES,
  attributions: attachAttributions,
};
