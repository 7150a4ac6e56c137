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
 * The longest sentence kept whole, in UTF-16 units; a longer run without a boundary (a text with no full stops, a
 * list of 300,000 figures) is cut at the last space before it. Every stage reads a figure's or a name's sentence, so
 * an unbounded sentence makes their work grow with the square of the text. (The longest sentence of the benchmark and
 * evaluation texts is under 1,000.)
 */
export const MAX_SENTENCE = 2000;

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
  while (end - start > MAX_SENTENCE) {
    const cut = cutBefore(text, start, start + MAX_SENTENCE);
    push(sentences, text, start, cut);
    start = cut;
    while (start < end && SPACE.test(text[start] ?? "")) start++;
  }
  if (end > start) sentences.push({ start, end, text: text.slice(start, end) });
}

/** Where to cut an over-long sentence: after the last space before `limit`, else at `limit` (never inside a pair). */
function cutBefore(text: string, start: number, limit: number): number {
  const space = text.slice(start, limit).search(LAST_SPACE);
  if (space > 0) return start + space;
  return /[\uDC00-\uDFFF]/.test(text[limit] ?? "") ? limit - 1 : limit;
}

const LAST_SPACE = /\s(?=\S*$)/;
