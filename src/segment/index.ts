import { trailingWord } from "../base/spans.js";
import type { Span } from "../model/index.js";
import { ABBREVIATIONS } from "./abbreviations.js";

// Hand-written: evidence needs exact UTF-16 offsets into the cleaned text, and each line of a forum post or HTML
// paragraph is a boundary of its own; the libraries we tried (wink-nlp, compromise) give tokens, not offsets, and
// re-deriving offsets from them costs more than this splitter.
const BOUNDARY = /[.!?…]+["”’)\]]*(?=\s+["“‘([]?[\p{Lu}\d])/gu;
/** A single capital before a full stop is an initial: "J. Smith". */
const INITIAL = /^\p{Lu}$/u;
const SPACE = /\s/;

/**
 * Splits cleaned text into sentences: every line is at least one sentence; inside a line a full stop, question or
 * exclamation mark followed by a capital or digit ends one, unless it closes an abbreviation or an initial.
 * @example segmentSentences("Gen. Tiani spoke. Ten died.\nNext line").map(s => s.text) // ["Gen. Tiani spoke.", "Ten died.", "Next line"]
 */
export function segmentSentences(text: string): Span[] {
  const sentences: Span[] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    let start = 0;
    for (const match of line.matchAll(BOUNDARY)) {
      const end = (match.index ?? 0) + match[0].length;
      if (endsWithAbbreviation(line.slice(start, match.index))) continue;
      push(sentences, text, lineStart + start, lineStart + end);
      start = end;
    }
    push(sentences, text, lineStart + start, lineStart + line.length);
    lineStart += line.length + 1;
  }
  return sentences;
}

function endsWithAbbreviation(before: string): boolean {
  const word = trailingWord(before);
  if (INITIAL.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function push(sentences: Span[], text: string, start: number, end: number): void {
  while (start < end && SPACE.test(text[start] ?? "")) start++;
  while (end > start && SPACE.test(text[end - 1] ?? "")) end--;
  if (end > start) sentences.push({ start, end, text: text.slice(start, end) });
}
