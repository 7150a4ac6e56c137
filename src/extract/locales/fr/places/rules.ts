import type { PatternRule, Rule } from "../../../../base/rule.js";
import { WORD_END, WORD_START, words } from "../../../../base/words.js";
import type { InstitutionRule, NeighbourhoodRule, WordListRule } from "../../../places/types.js";
import {
  EN_PLACE_AFTER_PREPOSITION,
  EN_PLACE_KIND_BEFORE_NAME,
  EN_PLACE_NAME_WITH_KIND,
  EN_PLACE_NEIGHBOURHOOD,
  EN_PLACE_NOT_A_PLACE,
  EN_PLACE_ORGANISATION_NAME,
  EN_PLACE_PERSON_TITLE,
  EN_PLACE_PERSON_VERB,
  EN_PLACE_SPEAKER_PLACE,
  EN_PLACE_SPELLING_VARIANT,
  EN_PLACE_VICINITY_OF_TOWN,
  EN_PLACE_WEAPON_NAME,
} from "../../en/places/rules.js";
import { FR_NOT_PLACES, FR_PERSON_TITLES, FR_PLACE_PREPOSITIONS } from "./words.js";

// French words around place names, as the rules the place stage runs (src/extract/places/). French pages quote
// English names and wire copy, so most French rules are the English pattern or list with the French words added.
// (Lookbehinds rather than \b before words that may start with an accent, as "à".)

const union = <T>(a: ReadonlySet<T>, b: Iterable<T>): ReadonlySet<T> => new Set([...a, ...b]);
/** The English pattern or the French one. */
const either = (a: RegExp, b: RegExp) => new RegExp(`${a.source}|${words(b).source}`, "iu");

// ── Mentions ─────────────────────────────────────────────────────────────────────────────────────────────────────

export const FR_PLACE_NAME_WITH_KIND = {
  id: "fr/place/name-with-kind",
  kind: "mention",
  description:
    "Un nom précédé ou suivi du genre de lieu qu'il est (« la commune de Solenzo », « Kaya district ») est ce lieu.",
  examples: [
    "Des hommes armés ont attaqué la commune de Solenzo dimanche.",
    "Trois villages ont été attaqués dans la province du Soum.",
  ],
  pattern: EN_PLACE_NAME_WITH_KIND.pattern,
} as const satisfies PatternRule;

export const FR_PLACE_QUALIFIES_PLACE_BEFORE = {
  id: "fr/place/qualifies-place-before",
  kind: "mention",
  description:
    "Une zone entre parenthèses ou après une virgule derrière un lieu (« Kouka (Banwa) ») est elle-même un lieu.",
  examples: ["Des soldats ont été tués à Toéni (Sourou) samedi.", "Les réfugiés ont quitté Kaya (Sanmatenga) lundi."],
} as const satisfies Rule;

export const FR_PLACE_AFTER_PREPOSITION = {
  id: "fr/place/after-preposition",
  kind: "mention",
  description: "Un nom connu après un mot qui annonce un lieu (« à Djibo », « près de Kaya », « vers Dori »).",
  examples: ["Une embuscade a fait douze morts à Djibo jeudi.", "Cette semaine, des soldats ont patrouillé à Kaya."],
  list: union(EN_PLACE_AFTER_PREPOSITION.list, FR_PLACE_PREPOSITIONS),
} as const satisfies WordListRule;

export const FR_PLACE_GAZETTEER_NAME = {
  id: "fr/place/gazetteer-name",
  kind: "mention",
  description: "Un nom capitalisé que le gazetier connaît comme lieu important, sans mot autour qui le dise.",
  examples: ["Ouagadougou a décrété un couvre-feu après les violences.", "Bamako a accueilli le sommet régional."],
} as const satisfies Rule;

export const FR_PLACE_SPELLING_VARIANT = {
  id: "fr/place/spelling-variant",
  kind: "mention",
  description:
    "Un mot que le gazetier ne connaît que sous une transcription plus lâche est un lieu après « à », « dans », « près de », ou avec un nom de genre.",
  examples: [
    "Un drone a frappé un marché à Tinzahuaten dimanche.",
    "Des soldats sont morts dans la localité de Tinzahuaten.",
  ],
  pattern: either(EN_PLACE_SPELLING_VARIANT.pattern, /(?<!\p{L})(à|au|aux|dans|près de|près d['’])\s*$/iu),
} as const satisfies PatternRule;

export const FR_PLACE_REGION_ABBREVIATION = {
  id: "fr/place/region-abbreviation",
  kind: "mention",
  description: "Une région abrégée après une ville et une virgule (« Bannu, KPK ») est cette région.",
  examples: ["Un attentat a fait trois morts à Bannu, KPK, lundi."],
} as const satisfies Rule;

export const FR_PLACE_COUNTRY_ABBREVIATION = {
  id: "fr/place/country-abbreviation",
  kind: "mention",
  description: "L'abréviation d'un pays en capitales (« la RDC » s'écrit DRC en anglais, « les US ») nomme ce pays.",
  examples: ["Des milliers de réfugiés ont fui vers la DRC."],
} as const satisfies Rule;

export const FR_PLACE_DISTANCE_FROM_TOWN = {
  id: "fr/place/distance-from-town",
  kind: "mention",
  description:
    "Une distance sans direction depuis une ville (« à 12 km de Macomia ») est un point près de cette ville.",
  examples: [
    "Des insurgés ont tendu une embuscade à 12 km de Macomia lundi.",
    "Une embuscade a fait cinq morts à 30 km de Djibo.",
  ],
  pattern: words(
    /(?:à\s+)?(?:(?:environ|quelque|près de|plus de|moins de|une)\s+)?(?<distance>\d+(?:[.,]\d+)?)\s*(?<unit>km|kms|kilomètres|kilomètre)\s+(?:de|du|d['’])\s*(?:la\s+|l['’])?$/iu,
  ),
} as const satisfies PatternRule;

export const FR_PLACE_DISTANCE_BEARING_FROM_TOWN = {
  id: "fr/place/distance-bearing-from-town",
  kind: "mention",
  description:
    "Une distance et une direction depuis une ville (« à 40 km au nord de Kaya ») est le point qu'elles donnent.",
  examples: ["Dix villageois ont été tués à 40 km au nord de Kaya dimanche."],
  pattern: words(
    /(?:à\s+)?(?:(?:environ|quelque|près de|plus de|moins de|une)\s+)?(?<distance>\d+(?:[.,]\d+)?|[a-zéè]+)\s*(?<unit>km|kms|kilomètres|kilomètre)\s+(?:au|à l['’])\s*(?<bearing>nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest)\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’])?$/iu,
  ),
} as const satisfies PatternRule;

export const FR_PLACE_VICINITY_OF_TOWN = {
  id: "fr/place/vicinity-of-town",
  kind: "mention",
  description:
    "Une ville après « près de », « non loin de », « à la périphérie de » situe l'événement à 25 km environ.",
  examples: [
    "Des bandits ont volé du bétail à la périphérie de Dori jeudi.",
    "Un engin explosif a tué deux civils près d'Arbinda.",
  ],
  pattern: either(
    EN_PLACE_VICINITY_OF_TOWN.pattern,
    /(?<!\p{L})(près\s+de|près\s+d['’]|non\s+loin\s+de|aux\s+environs\s+de|dans\s+les\s+environs\s+de|à\s+la\s+périphérie\s+de|en\s+périphérie\s+de|à\s+proximité\s+de|autour\s+de)\s*(?:la\s+(?:ville|localité|commune)\s+de\s+)?$/iu,
  ),
} as const satisfies PatternRule;

export const FR_PLACE_BETWEEN_TOWNS = {
  id: "fr/place/between-towns",
  kind: "mention",
  description:
    "« entre Djibo et Namssiguia » : le point à mi-chemin de deux villes à moins de 300 km l'une de l'autre.",
  examples: [
    "Un car a sauté sur une mine entre Djibo et Namssiguia mardi.",
    "Des combats ont éclaté entre Goma et Rutshuru.",
  ],
  pattern: words(new RegExp(String.raw`${WORD_START}(between|entre)\s+$`, "iu")),
} as const satisfies PatternRule;

// ── Cues ─────────────────────────────────────────────────────────────────────────────────────────────────────────

export const FR_PLACE_KIND_BEFORE_NAME = {
  id: "fr/place/kind-before-name",
  kind: "cue",
  description: "Un nom de genre avant un nom (« le village d'Essakane ») dit quel genre de lieu il est.",
  examples: [
    "Des hommes armés ont attaqué le village de Essakane la nuit.",
    "Trois villages ont été attaqués dans la province du Soum.",
  ],
  pattern: either(
    EN_PLACE_KIND_BEFORE_NAME.pattern,
    new RegExp(
      String.raw`${WORD_START}(village|ville|localité|hameau|quartier|commune|département|cercle|préfecture|secteur|arrondissement|territoire|province|région)\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’])?$`,
      "iu",
    ),
  ),
} as const satisfies PatternRule;

export const FR_PLACE_COMPASS_PART = {
  id: "fr/place/compass-part",
  kind: "resolver",
  description:
    "Une partie cardinale d'un pays (« le nord du Liban », « l'est du Burkina Faso ») est sa région de ce nom quand il en a une (gouvernorat du Nord, région de l'Est) ; sinon le pays.",
  examples: ["Des hommes armés ont tué quatre éleveurs dans un village du nord du Cameroun lundi."],
  counterexamples: ["Des hommes armés ont tué quatre éleveurs dans le nord du Mali lundi."],
  pattern: words(/\b(nord|sud|est|ouest)\s+(?:du|de\s+la|de\s+l['’]|de)\s*$/iu),
} as const satisfies PatternRule;

export const FR_PLACE_ORIGIN = {
  id: "fr/place/origin",
  kind: "cue",
  description:
    "Un lieu après « assaillants venus de », « hommes armés en provenance du » est d'où venaient les auteurs.",
  examples: [
    "Des assaillants venus du Niger ont attaqué un village du Tillabéri.",
    "Des hommes armés venant du Mali ont incendié un marché à Seytenga.",
  ],
  counterexamples: ["Des assaillants ont attaqué un village du Tillabéri."],
  pattern: words(
    /(?<!\p{L})(assaillants|attaquants|hommes armés|djihadistes|jihadistes|terroristes|rebelles|bandits|éleveurs|soldats|réfugiés|migrants)\s+(?:(?:venus?|venant|en provenance)\s+)?(?:du|de la|de l['’]|d['’]|des|de)\s*$/iu,
  ),
} as const satisfies PatternRule;

export const FR_PLACE_ORGANISATION_NAME = {
  id: "fr/place/organisation-name",
  kind: "cue",
  description:
    "Un lieu qui nomme un gouvernement ou une organisation (« le gouvernement de Niamey », « les autorités de N'Djamena », « les membres du syndicat de Mopti ») dit où elle siège, pas où l'événement a eu lieu.",
  examples: [
    "Le gouvernement de Niamey a annoncé que des soldats ont repoussé une attaque près d'Ayorou.",
    "Selon les autorités de Bamako, des jihadistes ont tué neuf soldats près de Douentza.",
  ],
  counterexamples: ["Des jihadistes ont tué neuf soldats près de Douentza, selon les autorités."],
  pattern: EN_PLACE_ORGANISATION_NAME.pattern,
  before: either(
    EN_PLACE_ORGANISATION_NAME.before,
    /(?<!\p{L})(?:gouvernement|autorités|pouvoir|régime|junte|ministère|membres?|partisans|militants)\s+(?:de|du|d['’])\s*(?:la\s+|l['’])?$/iu,
  ),
} as const satisfies InstitutionRule;

export const FR_PLACE_SPEAKER_PLACE = {
  id: "fr/place/speaker-place",
  kind: "cue",
  description:
    "Un lieu entre une source et un verbe de parole (« des responsables à Maradi ont indiqué ») est l'endroit où elle parle, pas le lieu de l'événement.",
  examples: ["Des responsables à Maradi ont indiqué que des bandits ont enlevé six personnes à Guidan Roumdji."],
  counterexamples: ["Des bandits ont enlevé six personnes à Guidan Roumdji, ont indiqué des responsables."],
  pattern: either(
    EN_PLACE_SPEAKER_PLACE.pattern,
    /^,?\s+(?:a|ont)\s+(?:déclaré|indiqué|affirmé|annoncé|dit|précisé|confirmé|ajouté)\b/iu,
  ),
  before: either(
    EN_PLACE_SPEAKER_PLACE.before,
    /(?<!\p{L})(?:ministère|police|responsables?|autorités|armée|gouverneur|sources?(?:\s+\p{L}+)?|porte-parole|ambassade)\s+(?:à|au|en)\s+$/iu,
  ),
} as const satisfies InstitutionRule;

// ── Filters ──────────────────────────────────────────────────────────────────────────────────────────────────────

export const FR_PLACE_PERSON_TITLE = {
  id: "fr/place/person-title",
  kind: "filter",
  description: "Un nom connu après un titre (« le président Traoré », « le maire Kaya ») est celui d'une personne.",
  examples: ["Le maire Kaya a annoncé la réouverture du marché.", "Le capitaine Kaya a pris la parole."],
  list: union(EN_PLACE_PERSON_TITLE.list, FR_PERSON_TITLES),
} as const satisfies WordListRule;

export const FR_PLACE_PERSON_VERB = {
  id: "fr/place/person-verb",
  kind: "filter",
  description: "Un nom connu avant « a déclaré », « a affirmé » est celui d'une personne, sauf après une préposition.",
  examples: ["Les soldats ont patrouillé. Kenema a déclaré que la nuit était calme."],
  pattern: either(
    EN_PLACE_PERSON_VERB.pattern,
    new RegExp(
      String.raw`^,?\s+(a déclaré|a affirmé|a indiqué|a annoncé|a dit|a expliqué|a précisé|a ajouté|a confié|a assuré)${WORD_END}`,
      "iu",
    ),
  ),
} as const satisfies PatternRule;

export const FR_PLACE_WEAPON_NAME = {
  id: "fr/place/weapon-name",
  kind: "filter",
  description: "Un nom connu avant « roquettes », « missiles » (« des roquettes Grad ») désigne une arme.",
  examples: ["Les rebelles ont tiré des Grad roquettes sur le camp."],
  pattern: either(
    EN_PLACE_WEAPON_NAME.pattern,
    new RegExp(String.raw`^\s+(roquettes?|missiles?|drones?|lance-roquettes?|obusiers?|fusils?)${WORD_END}`, "iu"),
  ),
} as const satisfies PatternRule;

export const FR_PLACE_ACCORDING_TO = {
  id: "fr/place/according-to",
  kind: "filter",
  description: "Un nom après « selon » ou « d'après » est une source qui parle, pas un lieu.",
  examples: [
    "Trois personnes sont mortes, selon Kenema, un responsable local.",
    "Selon Mopti, la situation est calme.",
  ],
  pattern: words(new RegExp(String.raw`${WORD_START}(according\s+to|selon|d['’]après)\s+$`, "iu")),
} as const satisfies PatternRule;

export const FR_PLACE_NEIGHBOURHOOD = {
  id: "fr/place/neighbourhood",
  kind: "filter",
  description:
    "Une partie de ville (« le quartier de Rimkièta », « le secteur 22 ») n'est pas une ville homonyme ailleurs.",
  examples: [
    "Des coups de feu ont été entendus dans le quartier de Dassasgho à Ouagadougou.",
    "Des jeunes ont manifesté dans le quartier de Dapoya à Ouagadougou.",
  ],
  before: either(EN_PLACE_NEIGHBOURHOOD.before, /(?<![\p{L}-])(quartier|secteur)\s+(de\s+)?$/iu),
  after: EN_PLACE_NEIGHBOURHOOD.after,
  noun: EN_PLACE_NEIGHBOURHOOD.noun,
} as const satisfies NeighbourhoodRule;

export const FR_PLACE_NOT_A_PLACE = {
  id: "fr/place/not-a-place",
  kind: "filter",
  description:
    "Un mot capitalisé qui n'est presque jamais un lieu (« Selon », « Lundi »), même si un village le porte.",
  examples: ["Selon la police, quatre hommes ont été arrêtés."],
  list: union(EN_PLACE_NOT_A_PLACE.list, FR_NOT_PLACES),
} as const satisfies WordListRule;

/** Every French place rule, for the registry. */
export const FR_PLACE_RULES: readonly Rule[] = [
  FR_PLACE_NAME_WITH_KIND,
  FR_PLACE_QUALIFIES_PLACE_BEFORE,
  FR_PLACE_AFTER_PREPOSITION,
  FR_PLACE_GAZETTEER_NAME,
  FR_PLACE_SPELLING_VARIANT,
  FR_PLACE_REGION_ABBREVIATION,
  FR_PLACE_COUNTRY_ABBREVIATION,
  FR_PLACE_DISTANCE_FROM_TOWN,
  FR_PLACE_DISTANCE_BEARING_FROM_TOWN,
  FR_PLACE_VICINITY_OF_TOWN,
  FR_PLACE_BETWEEN_TOWNS,
  FR_PLACE_KIND_BEFORE_NAME,
  FR_PLACE_ORIGIN,
  FR_PLACE_COMPASS_PART,
  FR_PLACE_ORGANISATION_NAME,
  FR_PLACE_SPEAKER_PLACE,
  FR_PLACE_PERSON_TITLE,
  FR_PLACE_PERSON_VERB,
  FR_PLACE_WEAPON_NAME,
  FR_PLACE_ACCORDING_TO,
  FR_PLACE_NEIGHBOURHOOD,
  FR_PLACE_NOT_A_PLACE,
];
