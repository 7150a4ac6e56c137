import { WORD_START, words } from "../../base/words.js";

/**
 * Cheaper Unicode word boundaries for the actor rules, which run on every report. `words()` turns each `\b` into
 * a four-sided lookaround over every letter of every script; compiling that under the i and u flags costs about a
 * millisecond a boundary, and a lookaround at a pattern's start keeps V8 from skipping to the letters it can start
 * with. Both helpers match exactly what `words()` matches.
 */

const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;
const HALF_START = `(?<!${WORD_CHAR})`;
const HALF_END = `(?!${WORD_CHAR})`;
const LITERAL_WORD_CHAR = /^[A-Za-z0-9_]$/;
const QUANTIFIER = /^[?*{]$/;

/** The length of the token at `i`: an escape (`\s`, `\p{L}`, `\u00e9`, `\x41`) or one character. */
function tokenLength(source: string, i: number): number {
  if (source[i] !== "\\") return 1;
  const escaped = /^\\(?:[pPk]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|[\s\S])/.exec(
    source.slice(i),
  );
  return escaped?.[0].length ?? 1;
}

/**
 * `words(pattern)` with a `\b` next to a literal letter of the pattern looking on the other side only: before
 * "found" in `\bfound` a boundary is "no letter before", after "tied" in `tied\b` "no letter after".
 * @example leanWords(/\bdrugs?\b/i).test("drugs") // true
 */
export function leanWords(pattern: RegExp): RegExp {
  const { source } = pattern;
  let out = "";
  let inClass = false;
  let lastWasLetter = false;
  for (let i = 0; i < source.length; ) {
    const length = tokenLength(source, i);
    const token = source.slice(i, i + length);
    if (token === "\\b" && !inClass) {
      const next = source[i + 2] ?? "";
      const nextIsLetter = LITERAL_WORD_CHAR.test(next) && !QUANTIFIER.test(source[i + 3] ?? "");
      out += lastWasLetter ? HALF_END : nextIsLetter ? HALF_START : token;
    } else out += token;
    if (token === "[") inClass = true;
    else if (token === "]") inClass = false;
    lastWasLetter = !inClass && LITERAL_WORD_CHAR.test(token);
    i += length;
  }
  return words(new RegExp(out, pattern.flags));
}

/** Whether the pattern is `a|b` at its top level (a closing `\b` then belongs to the last alternative only). */
function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i += tokenLength(source, i)) {
    const char = source[i];
    if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (char === "|" && depth === 0) return true;
  }
  return false;
}

/**
 * `leanWords(pattern)` with a word start checked after the match rather than before it, for a pattern tried at
 * every position of a text: the check re-reads the match backwards, so a match is kept when a reading of the
 * pattern that ends where it ends starts a word, and `test` answers as `words(/\b…/)` does. (No backreferences or
 * named groups: the pattern is written twice.)
 * @example wordStartAfter(/(?:drugs?|cartels?)\b/i).test("xdrugs") // false
 */
export function wordStartAfter(pattern: RegExp): RegExp {
  const { source, flags } = leanWords(pattern);
  // (A closing `\b` was checked by the forward match, where the backward reading ends: it is read once.)
  const closing =
    pattern.source.endsWith("\\b") && !pattern.source.endsWith("\\\\b") && !hasTopLevelAlternative(pattern.source);
  const reread = closing ? leanWords(new RegExp(pattern.source.slice(0, -2), pattern.flags)).source : source;
  return new RegExp(`(?:${source})(?<=${WORD_START}(?:${reread}))`, flags);
}
