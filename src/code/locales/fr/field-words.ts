import { EN_FIELD_WORDS } from "../en/field-words.js";
import type { FieldWords } from "../field-words.js";

/**
 * French reports are read with the English field words today (figures joined by "and", a subject's opening words,
 * travel before a place): French words of their own would change what French reports are coded as, a change to make
 * with French examples to check it, not in a restructuring.
 */
export const FR_FIELD_WORDS: FieldWords = EN_FIELD_WORDS;
