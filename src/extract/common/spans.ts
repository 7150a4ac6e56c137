import type { Span } from "../../model/index.js";

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

/** Every match of a global regex inside one sentence, with offsets in the whole text. */
export function* matchesIn(
  pattern: RegExp,
  text: string,
  sentence: Span,
): Generator<RegExpExecArray & { start: number; end: number }> {
  const regex = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  const slice = text.slice(sentence.start, sentence.end);
  for (const match of slice.matchAll(regex)) {
    const start = sentence.start + (match.index ?? 0);
    yield Object.assign(match as RegExpExecArray, { start, end: start + match[0].length });
  }
}
