import { fired } from "../../base/trace.js";
import type { Span } from "../../model/index.js";
import type { PlaceMention } from "../../model/mentions.js";
import type { Boundaries } from "../../sources/boundaries/boundaries.js";
import type { Gazetteer, Place } from "../../sources/gazetteer/gazetteer.js";
import type { ExtractContext } from "../types.js";
import { type CountryCue, spanAt } from "./02-cues.js";
import { inRegionOfDistrict, resolveSpans } from "./04-resolution.js";
import type { PlaceContext } from "./ranking.js";
import { PLACE_COUNTRY_OF_ACTORS, PLACE_HEARTLAND_OF_ACTORS, PLACE_REGION_OF_DISTRICT } from "./rules.js";
import type { Found, PlaceWords } from "./types.js";

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
  taken: readonly Span[] = [],
): PlaceMention | null {
  const [first, second] = [...cues].sort((a, b) => b[1].weight - a[1].weight);
  // (A district of the country the words point to most says more than they do: even one state force will do.)
  const leading = first && (!second || second[1].weight < first[1].weight) ? first[0] : undefined;
  const district = leading && districtNamed(context, gazetteer, leading, words, taken);
  if (district) return inRegionOfDistrict(context, gazetteer, district.span, district.region, words, boundaries);
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

// One or two capitalised words ("Fizi", "Bulo Burto"): a name the report may give a district by.
const CAPITALISED_NAME = /(?<!\p{L})\p{Lu}\p{Ll}{3,}(?:[ -]\p{Lu}\p{Ll}{2,})?/gu;
const NAME_PARTS = /[ -]/;

/**
 * "FARDC soldiers occupied Dimbelenge": in a report that names no place the gazetteer knows, a capitalised name that
 * no layer knows as a place of the country the words point to, but that one district of that country bears, says in
 * which admin-1 area of it the event is (PLACE_REGION_OF_DISTRICT): finer than the country's seat.
 */
function districtNamed(
  context: ExtractContext,
  gazetteer: Gazetteer,
  iso2: string,
  words: PlaceWords,
  taken: readonly Span[],
): { span: Found; region: Place } | null {
  for (const match of context.text.matchAll(CAPITALISED_NAME)) {
    // (Not a word of an actor's name: "Mayi Mayi Yakutumba".)
    if (taken.some((span) => span.start <= match.index && match.index < span.end)) continue;
    // (The two words together, then the first alone: "Bulo Burto", "Walikale Territory".)
    const [whole] = match;
    const names = NAME_PARTS.test(whole) ? [whole, whole.split(NAME_PARTS)[0] ?? ""] : [whole];
    for (const name of names) {
      if (words.rules.notAPlace.list.has(name.toLowerCase()) || words.demonyms[name.toLowerCase()]) continue;
      // (Known there as a place, it would have been read as one; known only abroad, it is no place of the report's.)
      if (gazetteer.has(name) && gazetteer.candidates(name).some((place) => place.countryCode === iso2)) continue;
      const region = gazetteer.regionOfDistrict(name, iso2);
      if (region) return { span: spanAt(context, match.index, name, name, null, PLACE_REGION_OF_DISTRICT.id), region };
    }
  }
  return null;
}
