import type { Rule } from "../base/rule.js";
import { EN_PLACE_RULES } from "./locales/en/places/rules.js";
import { FR_PLACE_RULES } from "./locales/fr/places/rules.js";
import { PLACE_RULES } from "./places/rules.js";

/** Every rule of the mention stage: language-neutral mechanisms first, then each locale's. */
export const EXTRACT_RULES: readonly Rule[] = [...PLACE_RULES, ...EN_PLACE_RULES, ...FR_PLACE_RULES];
