import { oneSidedBoundaries } from "./regex-source.js";
import type { PatternRule } from "./rule.js";
import { fired } from "./trace.js";
import { WORD_BOUNDARY, WORD_END, WORD_START } from "./words.js";

/**
 * A cheap test that every text a `words()` pattern matches passes: the same pattern without its Unicode word
 * boundaries and, where it needs no Unicode escape, without the u flag. Those boundaries are lookarounds that
 * V8 checks at every position of a text, and the u flag makes case-blind matching slower again: the trigger
 * patterns ran four to ten times slower through `words()` than with ASCII `\b`. Asking the quick test first and the
 * exact pattern only when it passes keeps the Unicode-correct answer at nearly the old cost (about 1% of sentences
 * pass a given trigger's quick test).
 *
 * Removing an assertion only widens what a pattern matches; inside a negative lookaround the assertion becomes one
 * that never matches, which widens it too. Without the u flag `\w` misses "ſ" and the Kelvin sign, which
 * case-blind Unicode matching counts as "s" and "k"; no trigger relies on them.
 *
 * @example quickTest(words(/\btué\b/i)) // → /tué/i (null only if the pattern cannot be rebuilt)
 */
export function quickTest(pattern: RegExp): RegExp | null {
  const source = pattern.source;
  const assertions = [WORD_BOUNDARY, WORD_START, WORD_END];
  let out = "";
  let inClass = false;
  const groups: boolean[] = [];
  for (let i = 0; i < source.length; i++) {
    const assertion = inClass ? undefined : assertions.find((a) => source.startsWith(a, i));
    if (assertion) {
      // (Inside a negative lookaround, widening means never matching: `(?!-?outs?\b)` → `(?!-?outs?(?!))`.)
      const negated = groups.filter(Boolean).length % 2 === 1;
      out += negated ? "(?!)" : "";
      i += assertion.length - 1;
      continue;
    }
    const char = source[i] as string;
    if (char === "\\") {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (char === "[") inClass = true;
    else if (char === "]") inClass = false;
    else if (!inClass && char === "(") groups.push(/^\(\?<?!/.test(source.slice(i, i + 4)));
    else if (!inClass && char === ")") groups.pop();
    out += char;
  }
  const unicode = /\\[pPu]\{|\\k</.test(out) || /[\u{10000}-\u{10ffff}]/u.test(out);
  const flags = unicode ? pattern.flags : pattern.flags.replace("u", "");
  try {
    return new RegExp(out, flags.replace(/[gy]/g, ""));
  } catch {
    return null;
  }
}

/**
 * A `words()` pattern three ways, to find its matches at nearly the cost of an ASCII pattern: as an ASCII pattern for
 * texts whose letters are all ASCII (there `\b` is exact, and the u flag changes nothing), and for other texts as the
 * quick test walking candidate positions with the exact pattern deciding at each. Compiling the exact patterns is
 * itself costly (their Unicode classes under the i flag): most texts never need them.
 */
export interface QuickPattern {
  /** The exact pattern, sticky where there is a quick test: it is only tried where that matches. */
  readonly exact: RegExp;
  /** The quick test with the g flag, to walk a text's candidate positions; null when there is none. */
  readonly quick: RegExp | null;
  /** The pattern with ASCII boundaries and no u flag (g), exact on ASCII-lettered texts; null if it needs Unicode. */
  readonly ascii: RegExp | null;
}

export function quickPattern(pattern: RegExp): QuickPattern {
  const flags = pattern.flags.replace(/[gy]/g, "");
  const quick = quickTest(pattern);
  return {
    exact: new RegExp(pattern.source, quick ? `${flags}y` : `${flags}g`),
    quick: quick ? new RegExp(quick.source, `${quick.flags}g`) : null,
    ascii: asciiPattern(pattern),
  };
}

/** `\b`, word start and word end as ASCII assertions; null for a pattern with other Unicode escapes. */
function asciiPattern(pattern: RegExp): RegExp | null {
  const edges = RAW_BOUNDARY.test(pattern.source)
    ? pattern.source.split(WORD_START).join("(?<!\\w)").split(WORD_END).join("(?!\\w)")
    : asciiEdges(asciiEdges(pattern.source, WORD_START, "(?<!\\w)", "start"), WORD_END, "(?!\\w)", "end")
        .split(SURE_EDGE)
        .join("\\b");
  const source = edges.split(WORD_BOUNDARY).join("\\b");
  // (A pattern's own letters beyond ASCII, or characters beyond the BMP, read differently without the u flag.)
  if (/\\[pPu]\{|\\k</.test(source) || WORD_BEYOND_ASCII.test(source) || /[\u{10000}-\u{10ffff}]/u.test(source))
    return null;
  try {
    return new RegExp(source, `${pattern.flags.replace(/[guy]/g, "")}g`);
  } catch {
    return null;
  }
}

const SURE_EDGE = "(?:\\b)";
/** A `\b` of the pattern's own (not an escaped backslash before a "b"). */
const RAW_BOUNDARY = /(?<!\\)\\b/;

/**
 * A one-sided word edge as ASCII: `\b` where the pattern shows a word character on the side it looks away from
 * (before a surely-word character, "no word character before" is exactly `\b`), else the lookaround. V8 runs a
 * `\b` faster than a lookaround: the trigger patterns take about 40% less time so. (Only for a pattern with no `\b`
 * of its own, which the marking would confuse.)
 */
function asciiEdges(source: string, edge: string, lookaround: string, side: "start" | "end"): string {
  if (!source.includes(edge)) return source;
  const edges = side === "start" ? { start: SURE_EDGE, end: "\\b" } : { start: "\\b", end: SURE_EDGE };
  const marked = oneSidedBoundaries(source.split(edge).join("\\b"), edges);
  // (The edges marked sure, this pass's or the last's, stay marked; every other bare `\b` is this pass's, unsure.)
  return marked
    .split(SURE_EDGE)
    .map((part) => part.replace(/(?<!\\)\\b/g, lookaround))
    .join(SURE_EDGE);
}

/** A letter, mark or digit outside ASCII: where `\b` and the u flag start to matter. */
const WORD_BEYOND_ASCII = /(?![ -~])[\p{L}\p{M}\p{N}]/u;
let lastText: string | null = null;
let lastAscii = false;

/** Whether a text's letters and digits are all ASCII (remembered for the last text: callers try many patterns on one). */
function asciiWords(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastAscii = !WORD_BEYOND_ASCII.test(text);
  }
  return lastAscii;
}

/**
 * The pattern's first match from `from` on, as `exec` would find it: by the ASCII pattern on an ASCII-lettered
 * text, else by the exact pattern tried at each position where the quick test matches, leftmost first (every
 * position the exact pattern matches at is one of those).
 */
export function firstMatch(pattern: QuickPattern, text: string, from = 0): RegExpExecArray | null {
  const { exact, quick, ascii } = pattern;
  if (ascii && asciiWords(text)) {
    ascii.lastIndex = from;
    return ascii.exec(text);
  }
  exact.lastIndex = from;
  if (!quick) return exact.exec(text);
  quick.lastIndex = from;
  for (let candidate = quick.exec(text); candidate; candidate = quick.exec(text)) {
    exact.lastIndex = candidate.index;
    const match = exact.exec(text);
    if (match) return match;
    // (The next candidate may start inside this one: "rioters" fails where "riot police" begins.)
    quick.lastIndex = candidate.index + 1;
  }
  return null;
}

/** Every match of the pattern, as `matchAll` with the g flag would find them (none is empty). */
export function everyMatch(pattern: QuickPattern, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (let match = firstMatch(pattern, text); match; ) {
    found.push(match);
    const next = match.index + Math.max(1, match[0].length);
    match = next <= text.length ? firstMatch(pattern, text, next) : null;
  }
  return found;
}

const quickPatterns = new WeakMap<RegExp, QuickPattern>();

/** A pattern's quick form, built once. */
export function quickOf(pattern: RegExp): QuickPattern {
  let quick = quickPatterns.get(pattern);
  if (!quick) {
    quick = quickPattern(pattern);
    quickPatterns.set(pattern, quick);
  }
  return quick;
}

/** `matches(rule, text)` (base/trace.ts) by the rule's quick pattern: records the rule when it matches. */
export function testRule(rule: PatternRule, text: string): boolean {
  const hit = firstMatch(quickOf(rule.pattern), text) !== null;
  if (hit) fired(rule);
  return hit;
}

/** `matchOf(rule, text)` (base/trace.ts) by the rule's quick pattern: its first match, recording the rule. */
export function execRule(rule: PatternRule, text: string): RegExpExecArray | null {
  const match = firstMatch(quickOf(rule.pattern), text);
  if (match) fired(rule);
  return match;
}

/** One pass for a list of rules: their ASCII patterns joined, and their quick tests joined (null: none). */
interface Union {
  ascii: RegExp | null;
  quick: RegExp | null;
}

const unions = new WeakMap<readonly PatternRule[], Union>();

function unionOf(rules: readonly PatternRule[]): Union {
  let union = unions.get(rules);
  if (!union) {
    const flags = rules[0]?.pattern.flags ?? "";
    const same = rules.length > 1 && rules.every((rule) => rule.pattern.flags === flags);
    const all = same ? new RegExp(rules.map((rule) => `(?:${rule.pattern.source})`).join("|"), flags) : null;
    union = { ascii: all && asciiPattern(all), quick: all && quickTest(all) };
    unions.set(rules, union);
  }
  return union;
}

/**
 * Whether a text may match any of the rules, in one pass over it: their ASCII patterns joined for an ASCII-lettered
 * text (exact there), else their quick tests joined. (Never their exact patterns joined: compiling those is the cost
 * the quick patterns avoid.)
 */
function mayMatchAny(rules: readonly PatternRule[], text: string): boolean {
  const { ascii, quick } = unionOf(rules);
  const test = ascii && asciiWords(text) ? ascii : quick;
  if (!test) return true;
  test.lastIndex = 0;
  return test.test(text);
}

/**
 * Whether any of the rules matches, recording the first that does. (Most texts match none: one pass of all of them
 * together says so, before each is asked.)
 */
export function testAnyRule(rules: readonly PatternRule[], text: string): boolean {
  if (!mayMatchAny(rules, text)) return false;
  return rules.some((rule) => testRule(rule, text));
}
