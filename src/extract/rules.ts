import type { Rule } from "../base/rule.js";
import { EXTRACT_ACTOR_RULES } from "./actors/rules.js";
import { EN_ACTOR_RULES } from "./locales/en/actors/rules.js";
import { EN_ATTRIBUTION_RULES } from "./locales/en/attribution/rules.js";
import { EN_DATE_RULES } from "./locales/en/dates/rules.js";
import { EN_QUANTITY_RULES } from "./locales/en/numbers/rules.js";
import { EN_PLACE_RULES } from "./locales/en/places/rules.js";
import { ES_DATE_RULES } from "./locales/es/dates/rules.js";
import { FR_ACTOR_RULES } from "./locales/fr/actors/organised-crime.js";
import { FR_DATE_RULES } from "./locales/fr/dates/rules.js";
import { FR_QUANTITY_RULES } from "./locales/fr/numbers/rules.js";
import { FR_PLACE_RULES } from "./locales/fr/places/rules.js";
import { PLACE_RULES } from "./places/rules.js";

/** Every rule of the mention stage: language-neutral mechanisms first, then each locale's. */
export const EXTRACT_RULES: readonly Rule[] = [
  ...EXTRACT_ACTOR_RULES,
  ...PLACE_RULES,
  ...EN_DATE_RULES,
  ...EN_ACTOR_RULES,
  ...EN_PLACE_RULES,
  ...EN_QUANTITY_RULES,
  ...EN_ATTRIBUTION_RULES,
  ...FR_DATE_RULES,
  ...FR_ACTOR_RULES,
  ...FR_PLACE_RULES,
  ...FR_QUANTITY_RULES,
  ...ES_DATE_RULES,
];
