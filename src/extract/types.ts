import type { Span } from "../model/index.js";
import type { CrimeSigns } from "../sources/actors/acled-conventions.js";

/** What every extraction rule reads: the cleaned text, its sentences and the publication date (if known). */
export interface ExtractContext {
  text: string;
  sentences: Span[];
  /** `YYYY-MM-DD` of publication, or null when unknown: relative dates then stay unresolved. */
  publishedDay: string | null;
  /**
   * The day actors are named as of (ISGS was "Islamic State (Greater Sahara)" until 2022): publication, else the
   * latest full date the text states, else null (today's names).
   */
  namingDay?: string | null;
  language: string;
  /** What the report shows of organised crime (`CrimeSigns`). */
  crimeSigns?: CrimeSigns;
}
