/**
 * Word boundaries that know letters outside ASCII. JavaScript's `\b` (even with the u flag) sees only [A-Za-z0-9_]
 * as word characters, so `\btué\b` never matches "tué" and `\bété\b` matches inside "préparé": every pattern in
 * every locale is built through these helpers instead.
 */

import { oneSidedBoundaries } from "./regex-source.js";

const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;

/** The exact meaning of `\b`, with letters of every script as word characters. */
export const WORD_BOUNDARY = String.raw`(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`;

/** Not preceded by a letter or digit: the start of a word. */
export const WORD_START = String.raw`(?<!${WORD_CHAR})`;

/** Not followed by a letter or digit: the end of a word. */
export const WORD_END = String.raw`(?!${WORD_CHAR})`;

/**
 * The same pattern with every `\b` a Unicode word boundary and the u flag set. Write patterns as usual
 * (`words(/\b(tué|tués)\b/i)`); a pattern that is not valid under the u flag throws here, at load, not on a report.
 * A `\b` next to a letter the pattern spells becomes the one-sided edge it can only be (`oneSidedBoundaries`): the
 * same matches, built and run several times faster.
 * @example words(/\b(killed|dead)\b/i).source // (?<!W)(killed|dead)(?!W), W a letter, mark, digit or "_"
 */
export function words(pattern: RegExp): RegExp {
  const flags = pattern.flags.includes("u") ? pattern.flags : `${pattern.flags}u`;
  const edged = oneSidedBoundaries(pattern.source, { start: WORD_START, end: WORD_END });
  return new RegExp(unicodeBoundaries(edged), flags);
}

/** `\b` outside character classes, as WORD_BOUNDARY; `\\b` (an escaped backslash and a b) stays. */
function unicodeBoundaries(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === "\\") {
      const next = source[i + 1];
      out += next === "b" && !inClass ? WORD_BOUNDARY : `\\${next ?? ""}`;
      i++;
      continue;
    }
    if (char === "[") inClass = true;
    else if (char === "]") inClass = false;
    out += char;
  }
  return out;
}

/** A pattern matching any of the words or phrases as whole words, longest first so "tués" wins over "tué". */
export function wordList(list: readonly string[], flags = "i"): RegExp {
  const alternatives = [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"));
  return new RegExp(`${WORD_START}(?:${alternatives.join("|")})${WORD_END}`, flags.includes("u") ? flags : `${flags}u`);
}
