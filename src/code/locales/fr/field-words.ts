import type { PatternRule } from "../../../base/rule.js";
import { words } from "../../../base/words.js";
import { EN_FIELD_WORDS, EN_SCENE_STATED, EN_UNNAMED_SETTLEMENT } from "../en/field-words.js";
import type { FieldWords } from "../field-words.js";

export const FR_SCENE_STATED = {
  id: "fr/scene/stated",
  kind: "resolver",
  description:
    "Le lieu qu'une phrase donne comme celui de l'événement (« l'attaque a eu lieu près de Garsen », « la frappe s'est produite à Ménaka ») est la scène, où que soit cette phrase.",
  examples: [
    "Des hommes armés ont tué quatre commerçants au Niger dimanche. L'attaque a eu lieu près d'Ayorou, selon la police.",
    "Une frappe de drone a tué six combattants au Mali lundi. La frappe s'est produite à Ménaka.",
  ],
  counterexamples: ["Des hommes armés ont tué quatre commerçants près d'Ayorou dimanche."],
  pattern: new RegExp(
    `${EN_SCENE_STATED.pattern.source}|${words(/(?:a eu lieu|s['’]est (?:produite?|déroulée?)|est survenue?)\s+(?:\p{Ll}+\s+){0,2}?(?:à|au|aux|en|dans|près\s+d(?:e|u|es|['’])|aux environs\s+d(?:e|u|es|['’]))\s*(?:la\s+|l['’])?(?:[\p{Ll}-]+\s+){0,3}?(?:d(?:e|u|es)\s+|d['’])?$/iu).source}`,
    "iu",
  ),
} as const satisfies PatternRule;

export const FR_UNNAMED_SETTLEMENT = {
  id: "fr/scene/unnamed-settlement",
  kind: "resolver",
  description:
    "Un événement que ses phrases ne placent que dans un pays ou une région mais qui renvoient à « la ville » ou « le village » a eu lieu dans la localité que le rapport nomme ailleurs, dans ce pays, même dans une phrase de contexte.",
  examples: [
    "Des drones ont frappé la ville dimanche, tuant neuf commerçants au Mali. Depuis 2012, Tessit est le théâtre de combats entre jihadistes et armée.",
  ],
  counterexamples: [
    "Des drones ont frappé un marché dimanche, tuant neuf commerçants au Mali. Depuis 2012, Tessit est le théâtre de combats entre jihadistes et armée.",
  ],
  pattern: new RegExp(
    `${EN_UNNAMED_SETTLEMENT.pattern.source}|${words(/\b(?:la|cette)\s+(?:ville|localité|commune)\b|\b(?:le|ce)\s+(?:village|hameau)\b/iu).source}`,
    "iu",
  ),
} as const satisfies PatternRule;

/**
 * French reports are read with the English field words (figures joined by "and", a subject's opening words, travel
 * before a place), but for the sentence that says where the event took place and the settlement it refers back to,
 * which French writes in its own words.
 */
export const FR_FIELD_WORDS: FieldWords = {
  ...EN_FIELD_WORDS,
  sceneStated: FR_SCENE_STATED,
  unnamedSettlement: FR_UNNAMED_SETTLEMENT,
};

/** The French field rules, for the registry. */
export const FR_FIELD_RULES = [FR_SCENE_STATED, FR_UNNAMED_SETTLEMENT] as const;
