import { EN } from "../en/index.js";
import type { Locale } from "../locale.js";
import { ES_DATES } from "./dates/index.js";

/**
 * Spanish: dates by chrono-node's Spanish parser; figures, place cues and actors still use the English rules (names
 * and acronyms carry over): see the README's limits.
 */
export const ES: Locale = { ...EN, code: "es", dates: ES_DATES };
