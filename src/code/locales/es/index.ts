import type { CodingLanguage } from "../coding-language.js";
import { EN_CODING } from "../en/index.js";
import { ES_TRIGGERS } from "./triggers.js";

/**
 * Spanish coding: its own trigger words, then the English ones (pages quote English names and wire copy); every other
 * cue is English, so a Spanish report is found and typed, its sides and figures read as English rules can.
 */
export const ES_CODING: CodingLanguage = { ...EN_CODING, triggers: [...ES_TRIGGERS, ...EN_CODING.triggers] };
