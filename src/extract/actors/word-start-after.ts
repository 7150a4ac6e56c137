import { WORD_END, WORD_START, words } from "../../base/words.js";

/**
 * Cheaper Unicode word boundaries for the actor rules, which run on every report. `words()` turns each `\b` into
 * a four-sided lookaround over every letter of every script; compiling that under the i and u flags costs about a
 * millisecond a boundary, and a lookaround at a pattern's start keeps V8 from skipping to the letters it can start
 * with. Both helpers match what `words()` matches (`wordStartAfter` adds the word start to the whole pattern).
 */

/** One character that is surely a word character: a letter or digit written as itself, `\w`, `\d`, `\p{L}`… */
const WORD_ATOM = /^(?:[A-Za-z0-9_]|\\[wd]|\\p\{(?:L|Lu|Ll|M|N)\}|\[(?:[A-Za-z0-9_](?:-[A-Za-z0-9_])?)+\])$/;
const OPTIONAL = /^(?:[?*]|\{0,?\d*\})/;
const GROUP_OPENING = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z]\w*>))?/;
// The tokens of a pattern's source: an escape, a class, a count and a quantifier (each possibly lazy).
const ESCAPE = /^\\(?:[pPk]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|[\s\S])/;
const CLASS = /^\[(?:\\[\s\S]|[^\]\\])*\]/;
const COUNT = /^\{\d*,?\d*\}\??/;
const QUANTIFIER = /^[?*+]\??/;
const REPEATS = /^[?*+{]/;

/** The length of the token at `i`: an escape (`\s`, `\p{L}`, `\u00e9`), a class, a count (`{0,60}`) or a character. */
function tokenLength(source: string, i: number): number {
  if (!"\\[{?*+(".includes(source[i] ?? "")) return 1;
  const rest = source.slice(i);
  const token =
    ESCAPE.exec(rest) ?? CLASS.exec(rest) ?? COUNT.exec(rest) ?? QUANTIFIER.exec(rest) ?? GROUP_OPENING.exec(rest);
  return token?.[0].length ?? 1;
}

/**
 * What is known, at a point of a pattern, of the character just read: whether it is surely a word character
 * (`cur`), in the current alternative of a group that began where it was `before`; `all` while every closed
 * alternative of the group ends in one. A lookbehind's content is read backwards from an unknown start.
 */
interface Frame {
  assertion: boolean;
  before: boolean;
  all: boolean;
  cur: boolean;
}

/** Whether the token at `i` is surely a word character that must be there ("f" in `\bfound`, not in `\bf?ound`). */
function wordCharFollows(source: string, i: number): boolean {
  const length = tokenLength(source, i);
  return WORD_ATOM.test(source.slice(i, i + length)) && !OPTIONAL.test(source.slice(i + length));
}

/**
 * `words(pattern)` with a `\b` that sits after a surely-word character looking ahead only, and one before a
 * surely-word character looking behind only: after "tied" in `tied\b`, after `(?:gangs?|cartels?)` in
 * `(?:gangs?|cartels?)\b`, before "found" in `\bfound`. Anywhere else it stays the whole Unicode boundary.
 * @example leanWords(/\bdrugs?\b/i).test("drugs") // true
 */
export function leanWords(pattern: RegExp): RegExp {
  const { source } = pattern;
  const frames: Frame[] = [{ assertion: false, before: false, all: true, cur: false }];
  let last: { before: boolean; ends: boolean } | null = null;
  let out = "";
  for (let i = 0; i < source.length; ) {
    const frame = frames[frames.length - 1] as Frame;
    const token = source.slice(i, i + tokenLength(source, i));
    i += token.length;
    if (token === "\\b") out += frame.cur ? WORD_END : wordCharFollows(source, i) ? WORD_START : token;
    else out += token;
    if (token.startsWith("(")) {
      const lookbehind = token === "(?<=" || token === "(?<!";
      const assertion = lookbehind || token === "(?=" || token === "(?!";
      const start = lookbehind ? false : frame.cur;
      frames.push({ assertion, before: start, all: true, cur: start });
      last = null;
    } else if (token === ")" && frames.length > 1) {
      frames.pop();
      const parent = frames[frames.length - 1] as Frame;
      if (frame.assertion) last = null;
      else {
        last = { before: frame.before, ends: frame.all && frame.cur };
        parent.cur = last.ends;
      }
    } else if (token === "|") {
      frame.all &&= frame.cur;
      frame.cur = frame.before;
      last = null;
    } else if (REPEATS.test(token) && last) {
      frame.cur = OPTIONAL.test(token) ? last.ends && last.before : last.ends;
      last = null;
    } else if (token !== "\\b" && token !== "^" && token !== "$") {
      last = { before: frame.cur, ends: WORD_ATOM.test(token) };
      frame.cur = last.ends;
    }
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
