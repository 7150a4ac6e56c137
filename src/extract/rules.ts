import type { Rule } from "../base/rule.js";

/** Every rule of the mention stage: language-neutral mechanisms first, then each locale's. */
export const EXTRACT_RULES: readonly Rule[] = [];
