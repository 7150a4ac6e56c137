import { fired } from "../../base/trace.js";
import type { PlaceMention } from "../../model/mentions.js";
import type { Boundaries } from "../../sources/boundaries/boundaries.js";
import type { Gazetteer } from "../../sources/gazetteer/gazetteer.js";
import type { ExtractContext } from "../types.js";
import { type CountryCue, spanAt } from "./02-cues.js";
import { resolveSpans } from "./04-resolution.js";
import type { PlaceContext } from "./ranking.js";
import { PLACE_COUNTRY_OF_ACTORS, PLACE_HEARTLAND_OF_ACTORS } from "./rules.js";
import type { PlaceWords } from "./types.js";

/** How strongly the words must point to one country: a one-country group, or two demonyms or state forces. */
const SURE_WEIGHT = 1;
/** How strongly where no other country is named at all: one demonym. */
const ONLY_WEIGHT = 0.5;

/**
 * A report that names no place the gazetteer knows ("ONLF attacks Ethiopian soldiers") is still in the one country its
 * actors and demonyms point to, clearly more than to any other (one demonym is enough where they name no other
 * country): the country, at its seat, from the first words that name it (ACLED codes every event to a country, at
 * geo_precision 3 when nothing finer is known); in the admin-1
 * area where a group named mostly fights there, if the lexicon knows one ("ONLF" in Ethiopia's Somali region). Null
 * when a place already gives a country, or when the words point nowhere in particular.
 */
export function countryOfActors(
  context: ExtractContext,
  gazetteer: Gazetteer,
  cues: Map<string, CountryCue>,
  placeContext: PlaceContext,
  words: PlaceWords,
  boundaries: Boundaries | undefined,
): PlaceMention | null {
  const [first, second] = [...cues].sort((a, b) => b[1].weight - a[1].weight);
  // (One demonym is enough where it is the only country the report names: "the Congolese capital". A lone state
  // force's acronym is left to the actors' own rule, COUNTRY_OF_ACTOR: "KDF soldiers".)
  const sure = !second && first?.[1].demonym ? ONLY_WEIGHT : SURE_WEIGHT;
  if (!first || first[1].weight < sure || (second && second[1].weight >= first[1].weight)) return null;
  const [iso2, cue] = first;
  const country = gazetteer.country(iso2);
  if (!country) return null;
  const resolve = (start: number, text: string, name: string, rule: string) => {
    const span = spanAt(context, start, text, name, null, rule);
    const [mention] = resolveSpans(context, gazetteer, [span], placeContext, words, boundaries);
    return mention?.value.country === country.name ? mention : undefined;
  };
  const { heartland } = cue;
  const inHeartland =
    heartland && resolve(heartland.start, heartland.text, heartland.area, PLACE_HEARTLAND_OF_ACTORS.id);
  if (inHeartland) {
    fired(PLACE_HEARTLAND_OF_ACTORS);
    return { ...inHeartland, confidence: Math.min(inHeartland.confidence, 0.4) };
  }
  const mention = resolve(cue.first.start, cue.first.text, country.name, PLACE_COUNTRY_OF_ACTORS.id);
  if (!mention) return null;
  fired(PLACE_COUNTRY_OF_ACTORS);
  return { ...mention, confidence: Math.min(mention.confidence, 0.5) };
}
