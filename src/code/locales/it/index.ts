import type { CodingLanguage } from "../coding-language.js";
import { EN_CODING } from "../en/index.js";
import { IT_TRIGGERS } from "./triggers.js";

/**
 * Italian coding: its own trigger words, then the English ones (pages quote English names and wire copy); every other
 * cue is English, so a Italian report is found and typed, its sides and figures read as English rules can.
 */
export const IT_CODING: CodingLanguage = { ...EN_CODING, triggers: [...IT_TRIGGERS, ...EN_CODING.triggers] };
