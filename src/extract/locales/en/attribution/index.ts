import type { ActorMention, AnyMention, Attribution } from "../../../../model/mentions.js";
import type { ExtractContext } from "../../../types.js";

// "Haque said", "Haque, reporting from Dakar, claimed that …": a reporting verb after the source, in its sentence.
const REPORTING_VERB =
  /^[^.;]{0,60}?\b(said|says|told|reported|reporting|reports|stated|added|claimed|continued|explained|confirmed|announced|noted|wrote|pointed out)\b/i;
const VERB_THEN_SOURCE = /\b(said|told|reported|claimed|added|stated)\s+$/i;
const ACCORDING_TO = /\baccording\s+to\s+(?:the\s+|a\s+|an\s+)?$/i;
const CLAIMED = /^\s+(claimed|has claimed|have claimed|claims)\b/i;

/**
 * Who says what: a source named in a sentence with "according to", or next to a reporting verb, is attached to
 * every other mention of that sentence; an actor that "claimed" something is attached as a claim.
 */
export function attachAttributions(context: ExtractContext, mentions: AnyMention[]): void {
  const { text } = context;
  const speakers = mentions.filter((m): m is ActorMention => m.kind === "actor");
  const bySentence = new Map<number, Attribution>();
  for (const speaker of speakers) {
    const before = text.slice(Math.max(0, speaker.start - 20), speaker.start);
    const after = text.slice(speaker.end, speaker.end + 80);
    let rule: string | null = null;
    if (speaker.value.role === "source" && ACCORDING_TO.test(before)) rule = "en/attribution/according-to";
    else if (speaker.value.role === "source" && (REPORTING_VERB.test(after) || VERB_THEN_SOURCE.test(before)))
      rule = "en/attribution/reporting-verb";
    else if (speaker.value.role === "actor" && !speaker.value.generic && CLAIMED.test(after))
      rule = "en/attribution/claim";
    if (!rule || bySentence.has(speaker.sentence)) continue;
    bySentence.set(speaker.sentence, {
      start: speaker.start,
      end: speaker.end,
      text: speaker.text,
      source: speaker.value.canonical,
      rule,
    });
  }
  for (const mention of mentions) {
    const attribution = bySentence.get(mention.sentence);
    if (attribution && !(mention.start === attribution.start && mention.end === attribution.end))
      mention.attribution = attribution;
  }
}
