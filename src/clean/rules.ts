import type { Rule } from "../base/rule.js";
import { DEBRIS_RULES } from "./debris-rules.js";

/** Every rule of the clean stage. */
export const CLEAN_RULES: readonly Rule[] = DEBRIS_RULES;
