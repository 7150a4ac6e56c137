import type { PatternRule } from "../../../../base/rule.js";
import { words } from "../../../../base/words.js";
import { wordStartAfter } from "../../../actors/word-start-after.js";
import { ACCORDING_TO_BEFORE, POSSESSIVE_BETWEEN } from "./words.js";

/** Named people who speak are sources: "Haque said", "according to Haque", "Al Jazeera's Nicholas Haque". */

/** A person's name: "Nicholas Haque", "Col. Abdoul Diallo", "Haque". */
export const PERSON_NAME = words(
  /(?<![\p{L}'’])\p{Lu}[\p{Ll}\p{M}-]+(?:['’](?!s\b)\p{L}+)?(?:\s+\p{Lu}[\p{Ll}\p{M}-]+(?:['’](?!s\b)\p{L}+)?){0,2}/gu,
);

export const PERSON_SAYS = {
  id: "en/actor/person-says",
  kind: "mention",
  description:
    'A name followed directly by a reporting verb ("Haque said") is a source; "Dakar, Senegal, claimed" is not.',
  examples: ["Moussa Diallo said the soldiers left at noon.", "Ibrahim Sow warned of new attacks on the town."],
  pattern: words(
    /^\s+(said|says|told|added|stated|reported|claimed|continued|explained|warned|wrote|tweeted|noted|insisted|declared|announced|confirmed|denied|urged|argued|asked)\b/i,
  ),
} as const satisfies PatternRule;

export const ACCORDING_TO_PERSON = {
  id: "en/actor/according-to-person",
  kind: "mention",
  description: 'A name after "according to" is a source ("according to Haque").',
  examples: ["The convoy was hit twice, according to Amadou Toure.", "Nine died, according to Fatima Bello."],
  pattern: ACCORDING_TO_BEFORE,
} as const satisfies PatternRule;

export const OUTLET_REPORTER = {
  id: "en/actor/outlet-reporter",
  kind: "mention",
  description: "A name after an outlet's possessive is its reporter, a source (\"Al Jazeera's Nicholas Haque\").",
  examples: ["Al Jazeera's Nicholas Haque, reporting from Dakar, described the scene."],
  pattern: POSSESSIVE_BETWEEN,
} as const satisfies PatternRule;

export const SPEAKER_PLACE = {
  id: "en/actor/speaker-place",
  kind: "filter",
  description: 'A name after a preposition is where the speaker is, not who speaks ("Police in Cotonou said").',
  examples: ["Police in Cotonou said two suspects were held."],
  pattern: wordStartAfter(/(in|at|from|near|of|to)\s+$/i),
} as const satisfies PatternRule;
