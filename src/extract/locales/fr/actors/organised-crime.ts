import type { PatternRule } from "../../../../base/rule.js";
import { words } from "../../../../base/words.js";
import { CRIMINAL_PAST, EXECUTION_STYLE, ORGANISED_CRIME } from "../../en/actors/organised-crime.js";

/**
 * The English signs of organised crime (names and words of the trade carry over into French reports), and their
 * French words.
 */
const orEnglish = (english: PatternRule, french: RegExp): RegExp =>
  words(new RegExp(`${english.pattern.source}|${french.source}`, "iu"));

export const FR_ORGANISED_CRIME = {
  id: "fr/actor/organised-crime",
  kind: "cue",
  description: "Des gangs, la drogue, les marques des meurtres de cartel : là où l'ACLED code les gangs.",
  examples: ["Des hommes armés liés au trafic de drogue ont abattu un homme.", "Le corps était ligoté."],
  counterexamples: ["Des hommes armés ont tué un paysan dans son champ près de Kaya."],
  pattern: orEnglish(
    ORGANISED_CRIME,
    /(?<!\p{L})(gangs?|cartels?|trafic de drogue|trafiquants?|narco\p{L}*|crime organisé|ligotée?s?|menottée?s?|torturée?s?|décapitée?s?|démembrée?s?)(?!\p{L})/u,
  ),
} as const satisfies PatternRule;

export const FR_CRIMINAL_PAST = {
  id: "fr/actor/criminal-past",
  kind: "cue",
  description: "Le passé judiciaire d'une victime (« un casier judiciaire ») : là où l'ACLED code les gangs.",
  examples: ["Des hommes armés ont tué deux villageois près de Jacmel. Ils avaient un casier judiciaire."],
  pattern: orEnglish(
    CRIMINAL_PAST,
    /(?<!\p{L})(casier judiciaire|connue? des services de police|recherchée? pour|impliquée? dans (?:le |un )?trafic)(?!\p{L})/u,
  ),
} as const satisfies PatternRule;

export const FR_EXECUTION_STYLE = {
  id: "fr/actor/execution-style",
  kind: "cue",
  description: "Un meurtre de type exécution : des corps retrouvés, un escadron de la mort.",
  examples: ["Trois corps ont été retrouvés au bord de la route.", "Deux hommes ont été exécutés à Gao."],
  counterexamples: ["Deux hommes sont morts dans un accident de bus."],
  pattern: orEnglish(
    EXECUTION_STYLE,
    /(?<!\p{L})(corps (?:sans vie )?(?:a été |ont été )?retrouvés?|exécutée?s?|escadrons? de la mort)(?!\p{L})/u,
  ),
} as const satisfies PatternRule;

export const FR_ACTOR_RULES = [FR_ORGANISED_CRIME, FR_CRIMINAL_PAST, FR_EXECUTION_STYLE];
