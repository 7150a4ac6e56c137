import { z } from "zod";

/**
 * A stretch of a document's cleaned text: `[start, end)` in UTF-16 code units, as JavaScript strings index.
 * @example { start: 30, end: 40, text: "Barsalogho" }
 */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof SpanSchema>;

/** One span of support for a field, with the rule that read it and how sure that rule is. */
export const EvidenceSpanSchema = SpanSchema.extend({
  rule: z.string().min(1),
  confidence: z.number().min(0).max(1),
  /** On a place's evidence: the gazetteer layer and version that placed it ("shipped@2026-12-07", "local:KE@…"). */
  gazetteer: z.string().optional(),
});
export type EvidenceSpan = z.infer<typeof EvidenceSpanSchema>;

/** Field name → the spans that support its value. */
export const EvidenceMapSchema = z.record(z.string(), z.array(EvidenceSpanSchema));
export type EvidenceMap = z.infer<typeof EvidenceMapSchema>;
