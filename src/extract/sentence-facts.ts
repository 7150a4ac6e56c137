import type { ActorMention, PlaceMention } from "../model/mentions.js";
import type { QuantityLanguage } from "./common/quantities.js";
import { sentenceBackground } from "./common/quantities.js";
import { mainCountry } from "./main-country.js";
import type { ExtractContext, SentenceFacts } from "./types.js";

/**
 * What the mention stage found out about the report's sentences and places, for coding: the report's main country,
 * and the sentences its background cues mark (history from their first word, or another event told apart).
 */
export function sentenceFacts(
  sentences: Pick<SentenceFacts, "background" | "otherEvent">,
  places: PlaceMention[],
  actors: ActorMention[],
): SentenceFacts {
  return { mainCountry: mainCountry(places, actors, sentences.background), ...sentences };
}

/** The sentences background cues mark: history from their first word, or another event told apart. */
export function backgroundSentences(
  context: ExtractContext,
  quantities: QuantityLanguage,
): Pick<SentenceFacts, "background" | "otherEvent"> {
  const background = new Set<number>();
  const otherEvent = new Set<number>();
  context.sentences.forEach((sentence, index) => {
    const cue = sentenceBackground(quantities, sentence.text, context.publishedDay);
    if (cue?.otherEvent) otherEvent.add(index);
    if (cue?.whole) background.add(index);
  });
  return { background, otherEvent };
}
