import type { EvidenceSpan } from "../model/index.js";

/** The evidence of one field from a span-bearing thing: its words, its rule, its confidence. */
export function evidenceOf(span: {
  start: number;
  end: number;
  text: string;
  rule: string;
  confidence: number;
}): EvidenceSpan {
  return { start: span.start, end: span.end, text: span.text, rule: span.rule, confidence: span.confidence };
}
