import type { CodingLanguage } from "../coding-language.js";
import { EN_CODING } from "../en/index.js";
import { PT_TRIGGERS } from "./triggers.js";

/**
 * Portuguese coding: its own trigger words, then the English ones (pages quote English names and wire copy); every other
 * cue is English, so a Portuguese report is found and typed, its sides and figures read as English rules can.
 */
export const PT_CODING: CodingLanguage = { ...EN_CODING, triggers: [...PT_TRIGGERS, ...EN_CODING.triggers] };
