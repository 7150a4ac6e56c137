import type { Rule } from "../base/rule.js";
import { EXTRACT_ACTOR_RULES } from "./actors/rules.js";
import { EN_ACTOR_RULES } from "./locales/en/actors/rules.js";
import { EN_ATTRIBUTION_RULES } from "./locales/en/attribution/rules.js";
import { FR_ACTOR_RULES } from "./locales/fr/actors/organised-crime.js";

/** Every rule of the mention stage: language-neutral mechanisms first, then each locale's. */
export const EXTRACT_RULES: readonly Rule[] = [
  ...EXTRACT_ACTOR_RULES,
  ...EN_ACTOR_RULES,
  ...EN_ATTRIBUTION_RULES,
  ...FR_ACTOR_RULES,
];
