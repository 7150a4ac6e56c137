import type { ActorMention, PlaceMention } from "../model/mentions.js";
import { iso2Of } from "../sources/countries.js";

/** How much less a place named in a background sentence ("attacks began in Nigeria in 2009") says. */
const HISTORY_WEIGHT = 0.25;

/**
 * The country most of the document's places are in, weighted by confidence, and that its one-country groups name;
 * places in `history` sentences weigh little.
 */
export function mainCountry(
  places: PlaceMention[],
  actors: ActorMention[] = [],
  history: ReadonlySet<number> = new Set(),
): string | null {
  const weights = new Map<string, number>();
  for (const place of places) {
    if (!place.value.country) continue;
    // A country or a region named as such ("Shan State", "Yangon Region") says more than a town name, which may be
    // a word that happens to name a town somewhere else.
    const weight = (place.value.precision === 3 ? 2 : 1) * (history.has(place.sentence) ? HISTORY_WEIGHT : 1);
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
