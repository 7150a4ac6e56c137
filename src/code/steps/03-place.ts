import type { PlaceMention, PlaceValue } from "../../model/mentions.js";
import { choosePlace } from "../fields/place.js";
import type { TypeStep } from "./01-type.js";
import { type CodingInput, type EventScope, startsWithin } from "./input.js";

export interface PlaceStep {
  place: PlaceMention | null;
  country: string | null;
  /** The capital an event the report puts only in a region or a country is placed at (precision 3). */
  seat: PlaceValue["seat"];
  /** The village the report named and no gazetteer knows, placed at this area instead. */
  unplaced: PlaceValue["unplaced"];
}

/**
 * Step 3, the place (`choosePlace`), among the places that are not what a protest is about. (A country a protest is
 * about, "condemning the aggression on Gaza" in Dhaka, is not where it was; at home the words are too often the
 * scene's: "protested against attacks in the Kakuma camp".)
 */
export function codePlace(input: CodingInput, scope: EventScope, type: TypeStep): PlaceStep {
  const { places } = scope;
  const about = (p: PlaceMention) => startsWithin(input.grievances, p);
  const homes = new Set(places.filter((p) => !about(p)).map((p) => p.value.country));
  const candidates = homes.size === 0 ? places : places.filter((p) => !about(p) || homes.has(p.value.country));
  const place = choosePlace(
    candidates,
    scope.core,
    scope.anchor,
    type.trigger.start,
    input.history,
    input.facts.mainCountry,
    input.context.text,
    {
      stateOwner: input.language.stateOwner,
      borderCountry: input.language.borderCountry,
      words: input.words,
      naming: input.naming,
    },
    unnamedSettlement(input, scope),
  );
  // ACLED places an event the report puts only in a region or a country at its capital, at precision 3.
  const seat = place?.value.precision === 3 ? place.value.seat : undefined;
  // (Not for a point measured from a town, "40 km north of Kaya", which is located on its own; "near Kaya" is Kaya.)
  const unplaced = place?.value.relative?.bearing ? undefined : place?.value.unplaced;
  return { place, country: place?.value.country ?? null, seat, unplaced };
}

/** Whether the event's sentences refer to a settlement without its name ("the town, near the border, was struck"). */
function unnamedSettlement(input: CodingInput, scope: EventScope): boolean {
  const { text, sentences } = input.context;
  return scope.core.some((index) => {
    const sentence = sentences[index];
    // (Tested, not yet fired: the rule fires where it moves the place, in choosePlace.)
    return !!sentence && input.words.unnamedSettlement.pattern.test(text.slice(sentence.start, sentence.end));
  });
}
