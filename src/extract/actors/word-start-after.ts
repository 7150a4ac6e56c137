import { hasTopLevelAlternative } from "../../base/regex-source.js";
import { WORD_START, words } from "../../base/words.js";

/**
 * A word start checked after the match rather than before it, for the actor rules read over whole texts and many
 * slices: a pattern that opens with a lookbehind keeps V8 from skipping to the letters it can start with, so it is
 * tried at every position.
 */

/**
 * `words(pattern)` with a word start checked after the match rather than before it, for a pattern tried at
 * every position of a text: the check re-reads the match backwards, so a match is kept when a reading of the
 * pattern that ends where it ends starts a word, and `test` answers as `words(/\b…/)` does. (No backreferences or
 * named groups: the pattern is written twice.)
 * @example wordStartAfter(/(?:drugs?|cartels?)\b/i).test("xdrugs") // false
 */
export function wordStartAfter(pattern: RegExp): RegExp {
  const { source, flags } = words(pattern);
  // (A closing `\b` was checked by the forward match, where the backward reading ends: it is read once.)
  const closing =
    pattern.source.endsWith("\\b") && !pattern.source.endsWith("\\\\b") && !hasTopLevelAlternative(pattern.source);
  const reread = closing ? words(new RegExp(pattern.source.slice(0, -2), pattern.flags)).source : source;
  return new RegExp(`(?:${source})(?<=${WORD_START}(?:${reread}))`, flags);
}
