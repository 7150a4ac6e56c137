import type { Rule } from "../base/rule.js";
import { ACTOR_RULES } from "./fields/actor-rules.js";
import { DATE_RULES } from "./fields/date.js";
import { PLACE_RULES } from "./fields/place.js";
import { TYPE_OVERRIDES } from "./fields/type-overrides.js";
import { EN_ACTOR_CUES } from "./locales/en/actor-cues.js";
import { EN_CODE_CUES, EN_TYPE_CUES } from "./locales/en/cues.js";
import { EN_FIELD_RULES } from "./locales/en/field-words.js";
import { EN_TRIGGERS } from "./locales/en/triggers.js";
import { ES_TRIGGERS } from "./locales/es/triggers.js";
import { FR_ACTOR_CUES } from "./locales/fr/actor-cues.js";
import { FR_CODE_CUES } from "./locales/fr/cues.js";
import { FR_FIELD_RULES } from "./locales/fr/field-words.js";
import { FR_TRIGGERS } from "./locales/fr/triggers.js";
import { IT_TRIGGERS } from "./locales/it/triggers.js";
import { PT_TRIGGERS } from "./locales/pt/triggers.js";
import { TYPE_STEP_RULES } from "./steps/01-type.js";
import { FATALITIES_RULES } from "./steps/05-fatalities.js";

/** Every rule of the coding stage: the codebook's steps and overrides, then each locale's words. */
export const CODE_RULES: readonly Rule[] = [
  ...TYPE_STEP_RULES,
  ...TYPE_OVERRIDES,
  ...DATE_RULES,
  ...PLACE_RULES,
  ...ACTOR_RULES,
  ...FATALITIES_RULES,
  ...EN_TRIGGERS.flat(),
  ...EN_CODE_CUES,
  ...EN_TYPE_CUES,
  ...EN_FIELD_RULES,
  ...EN_ACTOR_CUES,
  ...FR_TRIGGERS.flat(),
  ...FR_CODE_CUES,
  ...FR_FIELD_RULES,
  ...FR_ACTOR_CUES,
  ...ES_TRIGGERS.flat(),
  ...PT_TRIGGERS.flat(),
  ...IT_TRIGGERS.flat(),
];
