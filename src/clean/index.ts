import type { RawReport } from "../ingest/index.js";
import type { Aside } from "../model/index.js";
import { normalizeCharacters } from "./01-normalize-characters.js";
import { removeDebris } from "./02-remove-debris.js";

export { attachmentDate } from "./attachment-date.js";
export { guessLanguage, type LanguageGuess } from "./language.js";

/** A report's narrative text, the reference every evidence span points into, and what was set aside from it. */
export interface CleanText {
  text: string;
  asides: Aside[];
}

/**
 * RawReport → CleanText: normalize characters, then drop forum furniture into asides.
 * @example cleanReport(report).text // the article's sentences without "[attachment deleted by admin]"
 */
export function cleanReport(report: RawReport): CleanText {
  const { text, asides } = removeDebris(normalizeCharacters(report.text));
  return { text, asides: [...report.asides, ...asides] };
}
