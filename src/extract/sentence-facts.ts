import type { ActorMention, PlaceMention } from "../model/mentions.js";
import { iso2Of } from "../sources/countries.js";
import type { QuantityLanguage } from "./common/quantities.js";
import { backgroundCueName, isBackgroundSentence } from "./common/quantities.js";
import type { ExtractContext, SentenceFacts } from "./types.js";

/**
 * What the mention stage found out about the report's sentences and places, for coding: the report's main country,
 * and the sentences its background cues mark (history from their first word, or another event told apart).
 */
export function sentenceFacts(
  context: ExtractContext,
  quantities: QuantityLanguage,
  places: PlaceMention[],
  actors: ActorMention[],
): SentenceFacts {
  const background = new Set<number>();
  const otherEvent = new Set<number>();
  context.sentences.forEach((sentence, index) => {
    const cue = backgroundCueName(quantities, sentence.text, context.publishedDay);
    if (cue === null) return;
    if (cue === "other-event") otherEvent.add(index);
    if (isBackgroundSentence(quantities, sentence.text, context.publishedDay)) background.add(index);
  });
  return { mainCountry: mainCountry(places, actors), background, otherEvent };
}

/** The country most of the document's places are in, weighted by confidence, and that its one-country groups name. */
export function mainCountry(places: PlaceMention[], actors: ActorMention[] = []): string | null {
  const weights = new Map<string, number>();
  for (const place of places) {
    if (!place.value.country) continue;
    // A country or a region named as such ("Shan State", "Yangon Region") says more than a town name, which may be
    // a word that happens to name a town somewhere else.
    const weight = place.value.precision === 3 ? 2 : 1;
    weights.set(place.value.country, (weights.get(place.value.country) ?? 0) + weight * place.confidence);
  }
  // A group that fights in one country only ("QSD fighters") vouches for that country among those the places name.
  for (const actor of actors) {
    const iso2 = actor.value.role === "actor" && !actor.value.generic && actor.value.inter !== 1 && actor.value.country;
    const named = iso2 && places.find((p) => p.value.iso3 && iso2Of(p.value.iso3) === iso2)?.value.country;
    if (named) weights.set(named, (weights.get(named) ?? 0) + 1);
  }
  return [...weights].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
