import { z } from "zod";
import { EvidenceSpanSchema } from "./evidence.js";

export const MentionKindSchema = z.enum(["date", "place", "actor", "quantity"]);
export type MentionKind = z.infer<typeof MentionKindSchema>;

/** `time_precision` in ACLED's sense: 1 day, 2 week, 3 month or longer. */
export const TimePrecisionSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const DateValueSchema = z.looseObject({
  date: z.string().nullable(),
  precision: TimePrecisionSchema,
  /** When the reference date is unknown, the earliest and latest dates the words allow. */
  range: z.object({ from: z.string(), to: z.string() }).optional(),
  stated: z.boolean(),
});

export const PlaceValueSchema = z.looseObject({
  name: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  country: z.string().nullable(),
  admin1: z.string().nullable(),
  geonames_id: z.string().nullable(),
});

/**
 * Something a document names: a date, a place, an actor or a quantity, located in the cleaned text.
 * `value` depends on `kind`; places and dates have the fixed shapes above, actors and quantities grow with extraction.
 */
export const MentionSchema = EvidenceSpanSchema.extend({
  kind: MentionKindSchema,
  value: z.union([DateValueSchema, PlaceValueSchema, z.record(z.string(), z.unknown())]),
});
export type Mention = z.infer<typeof MentionSchema>;
