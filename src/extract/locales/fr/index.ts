import { EN } from "../en/index.js";
import type { Locale } from "../locale.js";
import { FR_DATES } from "./dates/index.js";
import { FR_QUANTITIES } from "./numbers/index.js";

/**
 * French: dates by chrono-node's French parser and French words for casualties. Actors and places still use the
 * English rules (names, acronyms and capitalised place names carry over): see the README's limits.
 */
export const FR: Locale = { ...EN, code: "fr", dates: FR_DATES, quantities: FR_QUANTITIES };
