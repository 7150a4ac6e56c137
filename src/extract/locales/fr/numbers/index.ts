import { words } from "../../../../base/words.js";
import type { QuantityLanguage } from "../../../common/quantities.js";
import { FR_COUNTED } from "./counted.js";
import {
  FR_QUANTITY_BARE_VICTIM,
  FR_QUANTITY_BOUNDED_NUMBER,
  FR_QUANTITY_COMPARISON,
  FR_QUANTITY_DEATHS_WITHOUT_COUNT,
  FR_QUANTITY_DENIED,
  FR_QUANTITY_HEDGED,
  FR_QUANTITY_NOT_A_COUNT,
  FR_QUANTITY_NUMBER,
  FR_QUANTITY_ONE_KILLED_PASSIVE,
  FR_QUANTITY_RANGE,
  FR_QUANTITY_RELATIVE_CLAUSE,
  FR_QUANTITY_SINGLE_PERSON,
  FR_QUANTITY_STATED_TOLL,
  FR_QUANTITY_SURVIVED,
  FR_QUANTITY_THINGS,
  FR_QUANTITY_UNVERIFIED,
  FR_QUANTITY_VAGUE_WORD,
} from "./rules.js";
import { FR_SCOPE_CUES } from "./scope.js";
import { FR_NUMBER_WORDS } from "./words.js";

export { FR_NUMBER_WORDS } from "./words.js";

/** French words for counting people ("au moins 15 civils tués", "une vingtaine de morts", "8 400 personnes"). */
export const FR_QUANTITIES: QuantityLanguage = {
  numberWords: FR_NUMBER_WORDS,
  rules: {
    number: FR_QUANTITY_NUMBER,
    boundedNumber: FR_QUANTITY_BOUNDED_NUMBER,
    range: FR_QUANTITY_RANGE,
    vagueWord: FR_QUANTITY_VAGUE_WORD,
    deathsWithoutCount: FR_QUANTITY_DEATHS_WITHOUT_COUNT,
    statedToll: FR_QUANTITY_STATED_TOLL,
    bareVictim: FR_QUANTITY_BARE_VICTIM,
    oneVictim: [FR_QUANTITY_ONE_KILLED_PASSIVE],
    notACount: FR_QUANTITY_NOT_A_COUNT,
    things: FR_QUANTITY_THINGS,
    singlePerson: FR_QUANTITY_SINGLE_PERSON,
    relativeClause: FR_QUANTITY_RELATIVE_CLAUSE,
    denied: FR_QUANTITY_DENIED,
    survived: FR_QUANTITY_SURVIVED,
    unverified: FR_QUANTITY_UNVERIFIED,
    hedged: FR_QUANTITY_HEDGED,
    comparison: FR_QUANTITY_COMPARISON,
    counted: FR_COUNTED,
    backgroundCues: FR_SCOPE_CUES,
  },
  modifiers: {
    "au moins": "open-above",
    "plus de": "open-above",
    "pas moins de": "open-above",
    "jusqu'à": "up-to",
    "moins de": "below",
  },
  single: words(/^(un|une)$/i),
  // (French "the" is never one person on its own.)
  definite: words(/^(?!)$/),
  peopleNouns: words(
    /^\s+(?:de\s+|d')?(?:[\p{L}'’-]+\s+){0,2}?(personnes|civils|soldats|militaires|villageois|habitants|fidèles|femmes|enfants|hommes|policiers|gendarmes|élèves|passagers|jihadistes|djihadistes|terroristes|assaillants|combattants|membres|individus|victimes)\b/iu,
  ),
  clauseBreak: words(
    /[,;]\s|\s(?:en représailles|en guise de représailles)(?!\p{L})|\s(?:as (?:a )?(?:reprisal|retaliation)|in (?:reprisal|retaliation))\b/giu,
  ),
  thousands: words(/^\d{1,3}([  .]\d{3})+$/),
  insertedPart: words(
    /,\s*(?:dont|parmi (?:eux|elles|lesquels|lesquelles)|en majorité|pour la plupart)(?!\p{L})[^,.;]{1,60},/iu,
  ),
  listContinuation: words(/^\s+(?:\p{L}+\s+){0,2}(?:et|,)\s+$/iu),
};
