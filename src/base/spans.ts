import type { Span } from "../model/evidence.js";

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

const LETTER_OR_FULL_STOP = /[\p{L}.]/u;

/**
 * The run of letters and full stops a text ends with ("Gen." in "said Gen."), read backwards: the regex
 * /[\p{L}.]+$/u retries from every letter of the text, quadratic in its length, and this runs for every candidate.
 */
export function trailingWord(text: string): string {
  let start = text.length;
  while (start > 0) {
    // A letter outside the Basic Multilingual Plane is two UTF-16 units.
    const width = start > 1 && /[\uDC00-\uDFFF]/.test(text[start - 1] ?? "") ? 2 : 1;
    if (!LETTER_OR_FULL_STOP.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return text.slice(start);
}

/** Index of the sentence holding an offset (sentences are sorted and disjoint). */
export function sentenceIndexAt(sentences: Span[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle] as Span;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return middle;
  }
  return Math.max(0, Math.min(sentences.length - 1, low - 1));
}

/**
 * Every match of a global regex, by exec from the start. String.prototype.matchAll clones its regex on every call,
 * which costs several times the matching itself on the short strings (names, sentences) read many times a document.
 */
export function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global) throw new Error(`allMatches needs a global regex, not /${regex.source}/${regex.flags}`);
  const found: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    found.push(match);
    if (match[0] === "") regex.lastIndex++;
  }
  regex.lastIndex = 0;
  return found;
}

/** Asks which of many spans overlap a range, without reading them all (see `overlapIndex`). */
export interface OverlapIndex<T extends { start: number; end: number }> {
  /** Whether any span overlapping [start, end) passes `test` (every span, without one). */
  some(start: number, end: number, test?: (span: T) => boolean): boolean;
}

/**
 * The spans sorted by start, to find those overlapping a range by binary search: only spans starting within the
 * longest span's length before the range can reach it. Rules asked "does any known mention overlap this one?" for
 * every match read all mentions each time, quadratic in a long text's length (60,000 names in a 1.6 MB text).
 * (Mention spans are a few words long; an interval tree would add a dependency to save nothing here.)
 */
export function overlapIndex<T extends { start: number; end: number }>(spans: readonly T[]): OverlapIndex<T> {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const longest = sorted.reduce((most, span) => Math.max(most, span.end - span.start), 0);
  return {
    some(start, end, test) {
      for (let i = firstStartingAfter(sorted, start - longest - 1); i < sorted.length; i++) {
        const span = sorted[i] as T;
        if (span.start >= end) return false;
        if (start < span.end && (!test || test(span))) return true;
      }
      return false;
    },
  };
}

/** The index of the first span (sorted by start) that starts after `offset`. */
function firstStartingAfter(sorted: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as { start: number }).start > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The spans a strictly longer span covers (starting at or before it and ending at or after it), in one sweep over
 * them sorted by start, longest first: only a span before another in that order can cover it, and one does if the
 * furthest end so far passes its end, or reaches it from an earlier start. (Comparing every pair was quadratic in a
 * long text's names.)
 */
export function coveredSpans<T extends { start: number; end: number }>(spans: readonly T[]): Set<T> {
  const covered = new Set<T>();
  let furthestEnd = Number.NEGATIVE_INFINITY;
  let furthestStart = Number.NEGATIVE_INFINITY;
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (furthestEnd > span.end || (furthestEnd === span.end && furthestStart < span.start)) covered.add(span);
    if (span.end > furthestEnd) {
      furthestEnd = span.end;
      furthestStart = span.start;
    }
  }
  return covered;
}
