import { type OverlapIndex, overlapIndex, sentenceIndexAt } from "../../../../base/spans.js";
import { matches } from "../../../../base/trace.js";
import type { ActorMention } from "../../../../model/mentions.js";
import type { ExtractContext } from "../../../types.js";
import { ACCORDING_TO_PERSON, OUTLET_REPORTER, PERSON_NAME, PERSON_SAYS, SPEAKER_PLACE } from "./speaker-rules.js";
import { CAPITALISED_FUNCTION_WORDS } from "./words.js";

/**
 * Named people who speak, as sources: "Haque said", "according to Haque", "Al Jazeera's Nicholas Haque" (a name
 * after a source the lexicon knows and its possessive).
 */
export function speakingPeople(context: ExtractContext, known: ActorMention[]): ActorMention[] {
  const { text } = context;
  const people: ActorMention[] = [];
  const knownSpans = overlapIndex(known);
  for (const match of text.matchAll(PERSON_NAME)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (knownSpans.some(start, end)) continue;
    const before = text.slice(Math.max(0, start - 25), start);
    const rule = speakerRule(context, knownSpans, start, before, text.slice(end, end + 20));
    if (!rule) continue;
    // ("Police in Cotonou said": a name after a preposition is where the speaker is, not who speaks.)
    if (rule === PERSON_SAYS && matches(SPEAKER_PLACE, before)) continue;
    // Sentence-initial function words are not names: "Despite the support, …".
    if (CAPITALISED_FUNCTION_WORDS.has(match[0])) continue;
    people.push({
      kind: "actor",
      start,
      end,
      text: match[0],
      rule: rule.id,
      confidence: 0.7,
      sentence: sentenceIndexAt(context.sentences, start),
      value: { name: match[0], canonical: match[0], inter: null, role: "source", generic: false, country: null },
    });
  }
  return people;
}

/** Characters an outlet's possessive and the spaces after it can take ("'s  "). */
const POSSESSIVE_REACH = 12;

/** Which of the speaker rules makes the name at `start` a source, if any. */
function speakerRule(
  context: ExtractContext,
  known: OverlapIndex<ActorMention>,
  start: number,
  before: string,
  after: string,
): typeof PERSON_SAYS | typeof ACCORDING_TO_PERSON | typeof OUTLET_REPORTER | null {
  if (PERSON_SAYS.pattern.test(after)) return PERSON_SAYS;
  if (ACCORDING_TO_PERSON.pattern.test(before)) return ACCORDING_TO_PERSON;
  // (Only a source ending just before the name can own it with "'s ": reading every source was quadratic.)
  const afterSource = known.some(
    start - POSSESSIVE_REACH,
    start,
    (m) => m.value.role === "source" && m.end < start && OUTLET_REPORTER.pattern.test(context.text.slice(m.end, start)),
  );
  return afterSource ? OUTLET_REPORTER : null;
}
