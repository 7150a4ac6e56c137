import { words } from "../../../../base/words.js";
import type { QuantityLanguage } from "../../../common/quantities.js";
import { EN_COUNTED } from "./counted.js";
import {
  EN_QUANTITY_BARE_VICTIM,
  EN_QUANTITY_BOUNDED_NUMBER,
  EN_QUANTITY_COMPARISON,
  EN_QUANTITY_DEATHS_WITHOUT_COUNT,
  EN_QUANTITY_DENIED,
  EN_QUANTITY_HEDGED,
  EN_QUANTITY_KILLED_SOMEONE,
  EN_QUANTITY_NOT_A_COUNT,
  EN_QUANTITY_NUMBER,
  EN_QUANTITY_ONE_KILLED_PASSIVE,
  EN_QUANTITY_PRONOUN_VICTIM,
  EN_QUANTITY_RANGE,
  EN_QUANTITY_RELATIVE_CLAUSE,
  EN_QUANTITY_SINGLE_PERSON,
  EN_QUANTITY_SPLIT_TOLL,
  EN_QUANTITY_STATED_TOLL,
  EN_QUANTITY_SURVIVED,
  EN_QUANTITY_THINGS,
  EN_QUANTITY_UNVERIFIED,
  EN_QUANTITY_VAGUE_WORD,
} from "./rules.js";
import { EN_SCOPE_CUES } from "./scope.js";
import { EN_NUMBER_WORDS } from "./words.js";

/** English words for counting people, read by the shared quantity rules (src/extract/common/quantities.ts). */
export const EN_QUANTITIES: QuantityLanguage = {
  numberWords: EN_NUMBER_WORDS,
  rules: {
    number: EN_QUANTITY_NUMBER,
    boundedNumber: EN_QUANTITY_BOUNDED_NUMBER,
    range: EN_QUANTITY_RANGE,
    vagueWord: EN_QUANTITY_VAGUE_WORD,
    deathsWithoutCount: EN_QUANTITY_DEATHS_WITHOUT_COUNT,
    statedToll: EN_QUANTITY_STATED_TOLL,
    splitToll: EN_QUANTITY_SPLIT_TOLL,
    bareVictim: EN_QUANTITY_BARE_VICTIM,
    oneVictim: [EN_QUANTITY_ONE_KILLED_PASSIVE, EN_QUANTITY_PRONOUN_VICTIM, EN_QUANTITY_KILLED_SOMEONE],
    notACount: EN_QUANTITY_NOT_A_COUNT,
    things: EN_QUANTITY_THINGS,
    singlePerson: EN_QUANTITY_SINGLE_PERSON,
    relativeClause: EN_QUANTITY_RELATIVE_CLAUSE,
    denied: EN_QUANTITY_DENIED,
    survived: EN_QUANTITY_SURVIVED,
    unverified: EN_QUANTITY_UNVERIFIED,
    hedged: EN_QUANTITY_HEDGED,
    comparison: EN_QUANTITY_COMPARISON,
    counted: EN_COUNTED,
    backgroundCues: EN_SCOPE_CUES,
  },
  modifiers: {
    "more than": "open-above",
    over: "open-above",
    "upwards of": "open-above",
    "at least": "open-above",
    "up to": "up-to",
    "at most": "up-to",
    "as many as": "up-to",
    "fewer than": "below",
    "less than": "below",
  },
  single: words(/^(a|an|the)$/i),
  definite: words(/^the$/i),
  peopleNouns: words(
    /^\s+(?:(?:\w+\s+){0,2})(people|persons|civilians|soldiers|troops|villagers|residents|fighters|militants|worshippers|women|children|men|policemen|officers|gendarmes|students|passengers|farmers|traders|miners|workers|members|individuals|victims|militiamen|insurgents|jihadists|terrorists|bandits|attackers|assailants|gunmen|herders|protesters|demonstrators)\b/i,
  ),
  clauseBreak: words(/[,;]\s|\s(?:as (?:a )?(?:reprisal|retaliation)|in (?:reprisal|retaliation))\b/gi),
  thousands: words(/^\d{1,3}(,\d{3})+$/),
  // (", including eight fighters," and "—mostly tourists—")
  insertedPart: words(
    /,\s*(?:including|among them|among whom|of whom|most of them|mostly)\b[^,.;]{1,60},|\s*[—–]\s*[^—–.;]{1,60}[—–]\s*/i,
  ),
  listContinuation: words(/^\s+(?:\p{L}+\s+){0,2}(?:and|,)\s+$/iu),
};
