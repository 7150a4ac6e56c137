import { EN } from "../en/index.js";
import type { Locale } from "../locale.js";
import { FR_CRIMINAL_PAST, FR_EXECUTION_STYLE, FR_ORGANISED_CRIME } from "./actors/organised-crime.js";
import { FR_DATES } from "./dates/index.js";
import { FR_QUANTITIES } from "./numbers/index.js";
import { FR_PLACE_WORDS } from "./places/index.js";

/**
 * French: dates by chrono-node's French parser, French words for casualties and around place names. Actors still
 * use the English lexicon rules (names and acronyms carry over): see the README's limits.
 */
export const FR: Locale = {
  ...EN,
  code: "fr",
  dates: FR_DATES,
  quantities: FR_QUANTITIES,
  places: FR_PLACE_WORDS,
  organisedCrime: FR_ORGANISED_CRIME,
  criminalPast: FR_CRIMINAL_PAST,
  executionStyle: FR_EXECUTION_STYLE,
};
