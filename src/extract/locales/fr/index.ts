import { EN } from "../en/index.js";
import type { Locale } from "../locale.js";
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
  organisedCrime: new RegExp(
    `${EN.organisedCrime.source}|(?<!\\p{L})(gangs?|cartels?|trafic de drogue|trafiquants?|narco\\p{L}*|crime organisé|ligotée?s?|menottée?s?|torturée?s?|décapitée?s?|démembrée?s?)(?!\\p{L})`,
    "iu",
  ),
  criminalPast: new RegExp(
    `${EN.criminalPast.source}|(?<!\\p{L})(casier judiciaire|connue? des services de police|recherchée? pour|impliquée? dans (?:le |un )?trafic)(?!\\p{L})`,
    "iu",
  ),
  executionStyle: new RegExp(
    `${EN.executionStyle.source}|(?<!\\p{L})(corps (?:sans vie )?(?:a été |ont été )?retrouvés?|exécutée?s?|escadrons? de la mort)(?!\\p{L})`,
    "iu",
  ),
};
