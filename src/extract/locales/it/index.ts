import { EN } from "../en/index.js";
import type { Locale } from "../locale.js";

/** Italian: the English rules (dates, figures and place cues in Italian are not read yet; see the README's limits). */
export const IT: Locale = { ...EN, code: "it" };
