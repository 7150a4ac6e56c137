import type { Rule } from "../base/rule.js";
import { TYPE_OVERRIDES } from "./fields/type-overrides.js";
import { EN_CODE_CUES, EN_TYPE_CUES } from "./locales/en/cues.js";
import { EN_TRIGGERS } from "./locales/en/triggers.js";
import { FR_CODE_CUES } from "./locales/fr/cues.js";
import { FR_TRIGGERS } from "./locales/fr/triggers.js";

/** Every rule of the coding stage: the codebook's steps and overrides, then each locale's words. */
export const CODE_RULES: readonly Rule[] = [
  ...TYPE_OVERRIDES,
  ...EN_TRIGGERS.flat(),
  ...EN_CODE_CUES,
  ...EN_TYPE_CUES,
  ...FR_TRIGGERS.flat(),
  ...FR_CODE_CUES,
];
