import { z } from "@hono/zod-openapi";
import {
  DocumentRecordSchema,
  EventChangeSchema,
  EventHistoryEntrySchema,
  EventSummarySchema,
  StoredEventSchema,
} from "../model/index.js";

export const ErrorSchema = z.object({ error: z.string() }).openapi("Error");

/** The filters of `vigil events`, as query parameters. Values are read by the same code as the CLI's. */
export const EventFiltersSchema = z.object({
  country: z.string().optional().openapi({ description: "country name or ISO code (Mali, ML, MLI)" }),
  admin1: z.string().optional(),
  since: z.string().optional().openapi({ description: "YYYY-MM-DD, YYYY-MM or YYYY" }),
  until: z.string().optional().openapi({ description: "YYYY-MM-DD, YYYY-MM or YYYY" }),
  type: z.string().optional().openapi({ description: "ACLED event type" }),
  sub_type: z.string().optional().openapi({ description: "ACLED sub-event type" }),
  actor: z.string().optional().openapi({ description: "an actor by any alias" }),
  near: z.string().optional().openapi({ description: "latitude,longitude" }),
  radius_km: z.string().optional(),
  bbox: z.string().optional().openapi({ description: "west,south,east,north" }),
  min_fatalities: z.string().optional(),
  text: z.string().optional(),
  sort: z.enum(["date", "fatalities", "sources", "updated"]).optional(),
  order: z.enum(["asc", "desc"]).optional(),
  limit: z.string().optional().openapi({ description: "page size (default 50, at most 1000)" }),
  offset: z.string().optional(),
  as_of: z
    .string()
    .optional()
    .openapi({ description: "a day or ISO time (UTC unless a zone is given): the events as they stood then" }),
});

export const EventListSchema = EventFiltersSchema.extend({
  detail: z
    .enum(["summary", "full"])
    .optional()
    .openapi({ description: "summary (default): fields and source links; full: every source's coding and evidence" }),
});

export const EventPageSchema = z
  .object({
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    events: z.array(z.union([EventSummarySchema, StoredEventSchema])),
  })
  .openapi("EventPage");

export const DocumentWithEvidenceSchema = z
  .object({
    document: DocumentRecordSchema,
    evidence: z.array(
      z.object({
        event_id: z.string(),
        field: z.string(),
        start: z.number().int(),
        end: z.number().int(),
        text: z.string(),
        rule: z.string(),
        confidence: z.number(),
      }),
    ),
  })
  .openapi("DocumentWithEvidence");

export const IngestResultSchema = z
  .object({
    documents: z.array(z.object({ id: z.string(), stored: z.enum(["added", "existing"]) })),
    events: z.object({ created: z.number().int(), merged: z.number().int() }),
    skipped: z
      .array(z.object({ item: z.number().int(), error: z.string() }))
      .openapi({ description: "documents that could not be coded (empty, or over the time or memory budget)" }),
  })
  .openapi("IngestResult");

/** An event's record with every change that made it what it is. */
export const EventWithHistorySchema = StoredEventSchema.extend({ history: z.array(EventHistoryEntrySchema) }).openapi(
  "EventWithHistory",
);

export const ChangesQuerySchema = z.object({
  since: z.string().optional().openapi({
    description: "the cursor of the last change seen (`next` of the last page); empty or absent: from the start",
  }),
  limit: z.string().optional().openapi({ description: "at most this many changes (default 100, at most 1000)" }),
});

export const ChangePageSchema = z
  .object({
    changes: z.array(EventChangeSchema),
    next: z.string().openapi({ description: "the cursor to ask for the next page with; the same when nothing is new" }),
  })
  .openapi("ChangePage");

export const RetractionSchema = z
  .object({
    document_id: z.string(),
    retracted: z.boolean().openapi({ description: "false: it had been retracted before, nothing changed" }),
    ended: z.array(z.string()),
    events: z.array(z.string()),
  })
  .openapi("Retraction");
