import type { Span } from "../../model/index.js";

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
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
