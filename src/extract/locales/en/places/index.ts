import type { PlaceWords } from "../../../common/places.js";
import { EN_NUMBER_WORDS } from "../numbers/words.js";
import { COUNTRY_ABBREVIATIONS, REGION_ABBREVIATIONS } from "./abbreviations.js";
import { DEMONYMS } from "./demonyms.js";
import { BEARINGS, BETWEEN, DISTANCE_BEARING, DISTANCE_ONLY, KM_PER_UNIT, VICINITY } from "./relative.js";
import { NOT_PLACES, PERSON_TITLES, PERSON_VERBS, PLACE_KIND_SUFFIXES, PLACE_PREPOSITIONS } from "./words.js";

/** English words around place names. */
export const EN_PLACE_WORDS: PlaceWords = {
  locale: "en",
  prepositions: PLACE_PREPOSITIONS,
  strongPreposition: /\b(in|near|at|outside)\s+$/i,
  kindNouns: PLACE_KIND_SUFFIXES,
  kindAfter:
    /^\s+(local government area|village|town|city|camp|market|airport|air ?base|military base|prison|hospital|police station|locality|district|department|commune|municipality|county|lga|area|township|cercle|territory|province|region|state|governorate|oblast|division)\b/i,
  kindBefore:
    /\b(village|town|city|commune|district|department|province|region|state|locality|hamlet|municipality|county)\s+of\s+(the\s+)?$/i,
  and: "and",
  personTitles: PERSON_TITLES,
  personVerbs: PERSON_VERBS,
  weaponAfter: /^\s+(rockets?|missiles?|launchers?|drones?|howitzers?|rifles?)\b/i,
  // (Not "road" or "highway": "the Lamu-Malindi road" names the towns it runs between.)
  landmarkAfter:
    /^\s+(street|st\.|avenue|boulevard|square|roundabout|bridge|lane|national park|(game|forest|wildlife|nature) reserve|conservancy)\b/i,
  neighbourhood: {
    // (Spanish, Portuguese and Filipino words too: ACLED's English notes keep them.)
    before:
      /(?<![\p{L}-])(colonia|barrio|bairro|vila|jardim|favela|comunidade|barangay|sitio|purok)\s+((la|el|los|las|do|da|dos|das|the)\s+)?$/iu,
    after: /^\s+(neighbou?rhoods?|quarters?|suburbs?|slums?|favelas?)\b/iu,
    noun: /^(colonia|barrio|bairro|vila|jardim|favela|comunidade|barangay|sitio|purok)$/iu,
  },
  accordingTo: /\baccording\s+to\s+$/i,
  originBefore:
    /\b(attackers|assailants|raiders|gunmen|militants|fighters|militiamen|militias?|bandits|herders|pastoralists|rebels|insurgents|jihadists|troops|soldiers|refugees|migrants)\s+(?:(?:coming|who came|crossing|crossed)\s+)?from\s+(?:the\s+)?(?:neighbou?ring\s+)?$/i,
  notPlaces: NOT_PLACES,
  demonyms: DEMONYMS,
  regionAbbreviations: REGION_ABBREVIATIONS,
  countryAbbreviations: COUNTRY_ABBREVIATIONS,
  numberWords: EN_NUMBER_WORDS,
  relative: {
    distanceBearing: DISTANCE_BEARING,
    distanceOnly: DISTANCE_ONLY,
    bearings: BEARINGS,
    kmPerUnit: KM_PER_UNIT,
    vicinity: VICINITY,
    between: BETWEEN,
  },
};
