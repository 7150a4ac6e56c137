import { EN } from "../en/index.js";
import type { Locale } from "../locale.js";
import { FR_DATES } from "./dates/index.js";

/**
 * French: dates by chrono-node's French parser. Actors, places and quantities still use the English rules (names
 * and digits carry over; French casualty words do not yet): see the README's limits.
 */
export const FR: Locale = { ...EN, code: "fr", dates: FR_DATES };
