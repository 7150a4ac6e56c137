import { EN } from "../en/index.js";
import type { Locale } from "../locale.js";

/** Portuguese: the English rules (dates, figures and place cues in Portuguese are not read yet; see the README's limits). */
export const PT: Locale = { ...EN, code: "pt" };
