import type { PatternRule } from "../../../../base/rule.js";
import { leanWords, wordStartAfter } from "../../../actors/word-start-after.js";
import { ACCORDING_TO_BEFORE } from "../actors/words.js";

/** Who says what: the rules that attach a source (or a claiming group) to the other mentions of its sentence. */

export const ACCORDING_TO = {
  id: "en/attribution/according-to",
  kind: "mention",
  description: 'A source after "according to" vouches for what its sentence says ("according to the NRC").',
  examples: ["According to the NRC, violence drove 40,000 people from their homes last year."],
  pattern: ACCORDING_TO_BEFORE,
} as const satisfies PatternRule;

/** A reporting verb before the source: "said the spokesman", "told AFP". */
const VERB_THEN_SOURCE = wordStartAfter(/(said|told|reported|claimed|added|stated)\s+$/i);

export const REPORTING_VERB = {
  id: "en/attribution/reporting-verb",
  kind: "mention",
  description:
    'A source next to a reporting verb in its sentence ("Haque, reporting from Dakar, said…", "said a spokesman").',
  examples: [
    "Police said four people were killed in Kisumu on Monday.",
    "Gunmen killed four villagers near Kaya, reported Reuters.",
  ],
  // "Haque said", "Haque, reporting from Dakar, claimed that …": a reporting verb after the source.
  pattern: leanWords(
    /^[^.;]{0,60}?\b(said|says|told|reported|reporting|reports|stated|added|claimed|continued|explained|confirmed|announced|noted|wrote|pointed out)\b/i,
  ),
  before: VERB_THEN_SOURCE,
} as const satisfies PatternRule & { before: RegExp };

export const CLAIM = {
  id: "en/attribution/claim",
  kind: "mention",
  description: 'A named group that "claimed" something is attached to its sentence as a claim.',
  examples: ["JNIM claimed the attack on the Boni base on Saturday."],
  counterexamples: ["Gunmen claimed the lives of four farmers."],
  pattern: leanWords(/^\s+(claimed|has claimed|have claimed|claims)\b/i),
} as const satisfies PatternRule;

export const EN_ATTRIBUTION_RULES = [ACCORDING_TO, REPORTING_VERB, CLAIM];
