import type { PatternRule, Rule } from "../../../../base/rule.js";
import { words } from "../../../../base/words.js";
import type { ReportingVerbRule } from "../../../common/attributions.js";

export const EN_ATTRIBUTION_ACCORDING_TO = {
  id: "en/attribution/according-to",
  kind: "mention",
  description: 'A source after "according to" is the source of every other mention in its sentence.',
  examples: ["Gunmen killed four herders near Djibo on Sunday, according to AFP."],
  counterexamples: ["Gunmen killed four herders near Djibo on Sunday."],
  pattern: words(/\baccording\s+to\s+(?:the\s+|a\s+|an\s+)?$/i),
} as const satisfies PatternRule;

export const EN_ATTRIBUTION_REPORTING_VERB = {
  id: "en/attribution/reporting-verb",
  kind: "mention",
  description:
    'A source next to a reporting verb ("Reuters reported", "told AFP") is the source of every other mention in its sentence.',
  examples: ["Reuters reported that soldiers had killed six civilians in Kidal."],
  // "Haque said", "Haque, reporting from Dakar, claimed that …": a reporting verb after the source, in its sentence.
  pattern: words(
    /^[^.;]{0,60}?\b(said|says|told|reported|reporting|reports|stated|added|claimed|continued|explained|confirmed|announced|noted|wrote|pointed out)\b/i,
  ),
  before: words(/\b(said|told|reported|claimed|added|stated)\s+$/i),
} as const satisfies ReportingVerbRule;

export const EN_ATTRIBUTION_CLAIM = {
  id: "en/attribution/claim",
  kind: "mention",
  description: 'An armed group that "claimed" something is the source of its sentence\'s mentions, as a claim.',
  examples: ["JNIM claimed the attack on the army post in Boulkessi, which killed 12 soldiers."],
  pattern: words(/^\s+(claimed|has claimed|have claimed|claims)\b/i),
} as const satisfies PatternRule;

/** English attribution rules. */
export const EN_ATTRIBUTION_RULES: readonly Rule[] = [
  EN_ATTRIBUTION_ACCORDING_TO,
  EN_ATTRIBUTION_REPORTING_VERB,
  EN_ATTRIBUTION_CLAIM,
];
