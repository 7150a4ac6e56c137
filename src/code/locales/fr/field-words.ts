import type { PatternRule } from "../../../base/rule.js";
import { words } from "../../../base/words.js";
import { EN_FIELD_WORDS, EN_SCENE_STATED } from "../en/field-words.js";
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

/**
 * French reports are read with the English field words (figures joined by "and", a subject's opening words, travel
 * before a place), but for the sentence that says where the event took place, which French writes in its own words.
 */
export const FR_FIELD_WORDS: FieldWords = { ...EN_FIELD_WORDS, sceneStated: FR_SCENE_STATED };

/** The French field rules, for the registry. */
export const FR_FIELD_RULES = [FR_SCENE_STATED] as const;
