import type { PlaceWords } from "../../../places/types.js";
import { EN_PLACE_WORDS } from "../../en/places/index.js";
import { FR_NUMBER_WORDS } from "../numbers/index.js";
import {
  FR_PLACE_ACCORDING_TO,
  FR_PLACE_AFTER_PREPOSITION,
  FR_PLACE_BETWEEN_TOWNS,
  FR_PLACE_COMPASS_PART,
  FR_PLACE_COUNTRY_ABBREVIATION,
  FR_PLACE_DISTANCE_BEARING_FROM_TOWN,
  FR_PLACE_DISTANCE_FROM_TOWN,
  FR_PLACE_GAZETTEER_NAME,
  FR_PLACE_KIND_BEFORE_NAME,
  FR_PLACE_NAME_WITH_KIND,
  FR_PLACE_NEIGHBOURHOOD,
  FR_PLACE_NOT_A_PLACE,
  FR_PLACE_ORGANISATION_NAME,
  FR_PLACE_ORIGIN,
  FR_PLACE_PERSON_TITLE,
  FR_PLACE_PERSON_VERB,
  FR_PLACE_QUALIFIES_PLACE_BEFORE,
  FR_PLACE_REGION_ABBREVIATION,
  FR_PLACE_SPEAKER_PLACE,
  FR_PLACE_SPELLING_VARIANT,
  FR_PLACE_VICINITY_OF_TOWN,
  FR_PLACE_WEAPON_NAME,
} from "./rules.js";
import { FR_BEARINGS, FR_DEMONYMS, FR_KIND_NOUNS } from "./words.js";

/**
 * French words around place names: "à Djibo", "la commune de Solenzo", "à 40 km au nord de Kaya". French pages
 * quote English names and wire copy, so the English rules that have no French words (a street, an institution, a
 * possessive) stay as they are.
 */
export const FR_PLACE_WORDS: PlaceWords = {
  ...EN_PLACE_WORDS,
  locale: "fr",
  rules: {
    ...EN_PLACE_WORDS.rules,
    nameWithKind: FR_PLACE_NAME_WITH_KIND,
    qualifiesPlaceBefore: FR_PLACE_QUALIFIES_PLACE_BEFORE,
    afterPreposition: FR_PLACE_AFTER_PREPOSITION,
    gazetteerName: FR_PLACE_GAZETTEER_NAME,
    spellingVariant: FR_PLACE_SPELLING_VARIANT,
    regionAbbreviation: FR_PLACE_REGION_ABBREVIATION,
    countryAbbreviation: FR_PLACE_COUNTRY_ABBREVIATION,
    distanceFromTown: FR_PLACE_DISTANCE_FROM_TOWN,
    distanceBearingFromTown: FR_PLACE_DISTANCE_BEARING_FROM_TOWN,
    vicinityOfTown: FR_PLACE_VICINITY_OF_TOWN,
    betweenTowns: FR_PLACE_BETWEEN_TOWNS,
    kindBeforeName: FR_PLACE_KIND_BEFORE_NAME,
    origin: FR_PLACE_ORIGIN,
    compassPart: FR_PLACE_COMPASS_PART,
    organisationName: FR_PLACE_ORGANISATION_NAME,
    speakerPlace: FR_PLACE_SPEAKER_PLACE,
    personTitle: FR_PLACE_PERSON_TITLE,
    personVerb: FR_PLACE_PERSON_VERB,
    weaponName: FR_PLACE_WEAPON_NAME,
    accordingTo: FR_PLACE_ACCORDING_TO,
    neighbourhood: FR_PLACE_NEIGHBOURHOOD,
    notAPlace: FR_PLACE_NOT_A_PLACE,
  },
  kindNouns: { ...EN_PLACE_WORDS.kindNouns, ...FR_KIND_NOUNS },
  // "près d'Arbinda": the preposition is "de".
  elisions: new Map([["d", "de"]]),
  and: "(?:and|et)",
  demonyms: { ...EN_PLACE_WORDS.demonyms, ...FR_DEMONYMS },
  numberWords: FR_NUMBER_WORDS,
  bearings: FR_BEARINGS,
  kmPerUnit: { ...EN_PLACE_WORDS.kmPerUnit, kilomètres: 1, kilomètre: 1 },
};
