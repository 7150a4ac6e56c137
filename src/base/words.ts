/**
 * Word boundaries that know letters outside ASCII. JavaScript's `\b` (even with the u flag) sees only [A-Za-z0-9_]
 * as word characters, so `\btué\b` never matches "tué" and `\bété\b` matches inside "préparé": every pattern in
 * every locale is built through these helpers instead.
 */

import { oneSidedBoundaries } from "./regex-source.js";

/**
 * A letter, mark or digit of any script, or "_". Written as ranges rather than `[\p{L}\p{M}\p{N}_]`: V8 builds a
 * property class anew for every pattern, and under the i flag that costs about half a millisecond a boundary (five
 * times these ranges), paid by every process for hundreds of patterns. The ranges hold every letter, mark and digit
 * of the scripts news is written in (Latin, Greek, Cyrillic, Arabic, Hebrew, the Indic scripts, CJK, Hangul) and
 * leave out the punctuation and symbol blocks in between (dashes, curly quotes, bullets, currency, arrows).
 */
const WORD_CHAR = String.raw`[\w\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\u2DFF\u3005-\u3007\u3040-\uD7FF\uF900-\uFDFF\uFE70-\uFEFF\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFDC]`;

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
