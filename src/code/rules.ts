import type { Rule } from "../base/rule.js";
import { ACTOR_RULES } from "./fields/actor-rules.js";
import { DATE_RULES } from "./fields/date.js";
import { PLACE_RULES } from "./fields/place.js";
import { EN_FIELD_RULES } from "./locales/en/field-words.js";
import { TYPE_STEP_RULES } from "./steps/01-type.js";
import { FATALITIES_RULES } from "./steps/05-fatalities.js";

/** Every rule of the coding stage: the codebook's steps and overrides, then each locale's words. */
export const CODE_RULES: readonly Rule[] = [
  ...TYPE_STEP_RULES,
  ...DATE_RULES,
  ...PLACE_RULES,
  ...ACTOR_RULES,
  ...FATALITIES_RULES,
  ...EN_FIELD_RULES,
];
