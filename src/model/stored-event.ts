import { z } from "zod";
import { EventSchema } from "./event.js";
import { EvidenceSpanSchema } from "./evidence.js";

/** Evidence of a merged event: a span of one contributing document's cleaned text. */
export const SourcedEvidenceSpanSchema = EvidenceSpanSchema.extend({ document_id: z.string() });

/** One contributing report, with its own coding of the event and that coding's evidence. */
export const EventSourceSchema = z.object({
  id: z.string(),
  source_event_id: z.string(),
  input_id: z.string().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  published_at: z.string().nullable(),
  /** When Vigil stored this report. */
  stored_at: z.string().nullable(),
  source: z.string(),
  values: EventSchema.omit({ evidence: true }),
  evidence: z.record(z.string(), z.array(EvidenceSpanSchema)),
});
export type EventSource = z.infer<typeof EventSourceSchema>;

/**
 * An event as stored: the reconciled coding, the reason for each contested choice (`reasons`), and every source.
 * `event_id_cnty` follows ACLED's form (ISO3 letters + digits).
 */
export const StoredEventSchema = z
  .object({ id: z.string().regex(/^evt_[0-9a-f]{20}$/), event_id_cnty: z.string() })
  .extend(EventSchema.shape)
  .extend({
    evidence: z.record(z.string(), z.array(SourcedEvidenceSpanSchema)),
    reasons: z.record(z.string(), z.string()),
    sources: z.array(EventSourceSchema),
    updated_at: z.string(),
    /** When the first report of the event was published, and when Vigil first stored one: its freshness. */
    first_published_at: z.string().nullable(),
    first_stored_at: z.string().nullable(),
  });
export type StoredEvent = z.infer<typeof StoredEventSchema>;

/** An event in a listing: its fields and where its reports are, without the evidence (see the full record). */
export const EventSummarySchema = StoredEventSchema.omit({ evidence: true, sources: true, reasons: true }).extend({
  sources: z.array(EventSourceSchema.pick({ id: true, url: true, title: true, published_at: true })),
});
export type EventSummary = z.infer<typeof EventSummarySchema>;
