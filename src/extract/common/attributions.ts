import type { PatternRule } from "../../base/rule.js";
import { matches } from "../../base/trace.js";
import type { ActorMention, AnyMention, Attribution } from "../../model/mentions.js";
import type { ExtractContext } from "../types.js";

/** A reporting verb after a source ("Haque said"), or before it (`before`: "said Haque"). */
export interface ReportingVerbRule extends PatternRule {
  readonly before: RegExp;
}

/** A language's words for who says what. */
export interface AttributionRules {
  /** "according to" right before a source. */
  accordingTo: PatternRule;
  reportingVerb: ReportingVerbRule;
  /** An actor that "claimed" something: attached as a claim. */
  claim: PatternRule;
}

/** How much text before and after a speaker its attribution words may take. */
const BEFORE_SPEAKER = 20;
const AFTER_SPEAKER = 80;

/** The rule that makes a speaker the source of its sentence, if any. */
function attributionRule(text: string, speaker: ActorMention, rules: AttributionRules): PatternRule | null {
  const before = text.slice(Math.max(0, speaker.start - BEFORE_SPEAKER), speaker.start);
  const after = text.slice(speaker.end, speaker.end + AFTER_SPEAKER);
  if (speaker.value.role === "source") {
    if (matches(rules.accordingTo, before)) return rules.accordingTo;
    if (matches(rules.reportingVerb, after) || rules.reportingVerb.before.test(before)) return rules.reportingVerb;
  } else if (speaker.value.role === "actor" && !speaker.value.generic && matches(rules.claim, after))
    return rules.claim;
  return null;
}

/**
 * Who says what: a source named in a sentence with "according to", or next to a reporting verb, is attached to
 * every other mention of that sentence; an actor that "claimed" something is attached as a claim.
 */
export function attachAttributions(context: ExtractContext, mentions: AnyMention[], rules: AttributionRules): void {
  const bySentence = new Map<number, Attribution>();
  for (const speaker of mentions) {
    if (speaker.kind !== "actor") continue;
    const rule = attributionRule(context.text, speaker, rules);
    if (!rule || bySentence.has(speaker.sentence)) continue;
    const { start, end, text } = speaker;
    bySentence.set(speaker.sentence, { start, end, text, source: speaker.value.canonical, rule: rule.id });
  }
  for (const mention of mentions) {
    const attribution = bySentence.get(mention.sentence);
    if (attribution && !(mention.start === attribution.start && mention.end === attribution.end))
      mention.attribution = attribution;
  }
}
