import type { ActorMention, AnyMention, Attribution } from "../../../../model/mentions.js";
import type { ExtractContext } from "../../../types.js";
import { ACCORDING_TO, CLAIM, REPORTING_VERB } from "./rules.js";

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
    if (speaker.value.role === "source" && ACCORDING_TO.pattern.test(before)) rule = ACCORDING_TO.id;
    else if (
      speaker.value.role === "source" &&
      (REPORTING_VERB.pattern.test(after) || REPORTING_VERB.before.test(before))
    )
      rule = REPORTING_VERB.id;
    else if (speaker.value.role === "actor" && !speaker.value.generic && CLAIM.pattern.test(after)) rule = CLAIM.id;
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
