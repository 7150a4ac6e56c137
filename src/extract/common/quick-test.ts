import type { PatternRule } from "../../base/rule.js";
import { matches } from "../../base/trace.js";
import { WORD_BOUNDARY, WORD_END, WORD_START } from "../../base/words.js";

/**
 * A fast first look for patterns built by `words()` and `wordList()`. Their Unicode word boundaries are lookarounds,
 * and a pattern that opens with one is tried at every position of the text (nine times slower than `\b` on the
 * scope cues, which run on every sentence). The same pattern without its lookarounds matches wherever the pattern
 * does (an assertion taken away only lets more through) and scans quickly: where it fails, so does the pattern, and
 * most texts hold none of a cue's words.
 */
const loose = new WeakMap<RegExp, RegExp>();
const BOUNDARIES = [WORD_BOUNDARY, WORD_START, WORD_END];
const LOOKAROUNDS = ["(?=", "(?!", "(?<=", "(?<!"];

/** Where the group opened at `open` closes (the index of its ")"). */
function closeOf(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const char = source[i];
    if (char === "\\") i++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return i;
  }
  return source.length;
}

/** The pattern's source without its boundaries and other lookarounds. */
function loosened(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (!inClass) {
      const boundary = BOUNDARIES.find((b) => source.startsWith(b, i));
      if (boundary) {
        i += boundary.length - 1;
        continue;
      }
      if (LOOKAROUNDS.some((open) => source.startsWith(open, i))) {
        i = closeOf(source, i);
        continue;
      }
    }
    if (char === "\\") {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    out += char;
  }
  return out;
}

/** False when the pattern cannot match the text; true when it may (then run the pattern itself). */
export function mayMatch(pattern: RegExp, text: string): boolean {
  let quick = loose.get(pattern);
  if (!quick) {
    quick = new RegExp(loosened(pattern.source), pattern.flags.replace(/[gy]/g, ""));
    loose.set(pattern, quick);
  }
  return quick.test(text);
}

/** `matches(rule, text)` behind the quick look. */
export function quickMatches(rule: PatternRule, text: string): boolean {
  return mayMatch(rule.pattern, text) && matches(rule, text);
}

/** `text.matchAll(pattern)` for a g-flagged pattern, behind the quick look. */
export function quickMatchAll(pattern: RegExp, text: string): Iterable<RegExpExecArray> {
  return mayMatch(pattern, text) ? text.matchAll(pattern) : [];
}
