import { coveredSpans } from "../../base/spans.js";
import type { Span } from "../../model/index.js";
import type { ActorMention, PlaceMention } from "../../model/mentions.js";
import type { Boundaries } from "../../sources/boundaries/boundaries.js";
import type { Gazetteer } from "../../sources/gazetteer/gazetteer.js";
import type { ExtractContext } from "../types.js";
import { abbreviationSpans, countryWordSpans, findPlaceSpans } from "./01-candidates.js";
import {
  countryCues,
  countryWeights,
  heartlandAreas,
  linkAppositions,
  monitoredLines,
  monitoredTowns,
} from "./02-cues.js";
import { documentContext, resolveSpans } from "./04-resolution.js";
import { relativePlaces } from "./05-relative.js";
import { countryOfActors } from "./06-country-of-actors.js";
import type { Found, PlaceWords } from "./types.js";

export { seatOf } from "./04-resolution.js";
export type { PlaceRules, PlaceWords } from "./types.js";

/**
 * Place mentions, in stages: candidates (gazetteer names in capitalised sequences, abbreviations), cues (the words
 * that make them places and say what kind), named filters (the words that make them persons, weapons, streets),
 * resolution in two passes (countries and clear places first, then the rest near them), then relative places:
 * "40 km north of Kaya" (a point by bearing and distance), "near Djibo" (within ~25 km), "between X and Y".
 * `actors` (and sources) are spans already taken that are never places; the countries they name weigh in. A place
 * named only in `history` sentences (background: "the group took up arms in Nigeria in 2009") does not keep the
 * report from the country its actors point to.
 *
 * @example
 * extractPlaces(context("Gunmen attacked a convoy near Djibo."), gazetteer, [], EN_PLACE_WORDS)
 * // → [{ text: "Djibo", rule: EN_PLACE_VICINITY_OF_TOWN.id, value: { country: "Burkina Faso", … } }]
 */
export function extractPlaces(
  context: ExtractContext,
  gazetteer: Gazetteer,
  actors: ActorMention[],
  words: PlaceWords,
  { boundaries, history }: { boundaries?: Boundaries; history?: ReadonlySet<number> } = {},
): PlaceMention[] {
  const excluded: Span[] = actors;
  const spans = withoutInnerSpans([
    ...findPlaceSpans(context, gazetteer, excluded, words),
    ...abbreviationSpans(context, words),
    ...countryWordSpans(context, words),
  ]);
  linkAppositions(context, spans);
  const cues = countryCues(context, actors, words);
  const placeContext = documentContext(
    gazetteer,
    spans,
    countryWeights(cues),
    heartlandAreas(context, actors, words),
    monitoredTowns(context, gazetteer, words),
    monitoredLines(context, words),
  );
  const mentions = resolveSpans(context, gazetteer, spans, placeContext, words, boundaries);
  const found = [...mentions, ...relativePlaces({ context, gazetteer, boundaries, words }, mentions)];
  const country = found.some((m) => m.value.country && !history?.has(m.sentence))
    ? null
    : countryOfActors(context, gazetteer, cues, placeContext, words, boundaries, actors);
  return (country ? [...found, country] : found).sort((a, b) => a.start - b.start);
}

/** A candidate inside a longer one ("Kaya" in "Kaya district") gives way to it; the rest in text order. */
function withoutInnerSpans(spans: Found[]): Found[] {
  const covered = coveredSpans(spans);
  return spans.filter((span) => !covered.has(span)).sort((a, b) => a.start - b.start);
}
