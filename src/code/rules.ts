import type { Rule } from "../base/rule.js";

/** Every rule of the coding stage: the codebook's steps and overrides, then each locale's words. */
export const CODE_RULES: readonly Rule[] = [];
