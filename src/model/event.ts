import { z } from "zod";
import { EvidenceMapSchema } from "./evidence.js";
import { TimePrecisionSchema } from "./mention.js";

const nullableString = z.string().nullable();
const nullableCount = z.number().int().nonnegative().nullable();

/**
 * An event coded in the ACLED taxonomy. Every field ACLED has uses ACLED's column name; `evidence` maps a field
 * name to the spans of the cleaned text that support it.
 */
export const EventSchema = z.object({
  event_date: nullableString,
  time_precision: TimePrecisionSchema.nullable(),
  /**
   * When the date cannot be resolved (a report with no publication day says "on Tuesday"): the weekday it names,
   * 0 = Sunday. Not an ACLED field; merging uses it to tell apart same-place events on other days.
   */
  weekday_hint: z.number().int().min(0).max(6).nullable().optional(),
  /** Likewise the month and day ("07-30") of a date the report gives without a year. */
  month_day_hint: z
    .string()
    .regex(/^\d{2}-\d{2}$/)
    .nullable()
    .optional(),
  disorder_type: nullableString,
  event_type: nullableString,
  sub_event_type: nullableString,
  actor1: nullableString,
  assoc_actor_1: nullableString,
  inter1: nullableString,
  actor2: nullableString,
  assoc_actor_2: nullableString,
  inter2: nullableString,
  interaction: nullableString,
  civilian_targeting: nullableString,
  country: nullableString,
  iso3: nullableString,
  admin1: nullableString,
  admin2: nullableString,
  admin3: nullableString,
  location: nullableString,
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  geo_precision: TimePrecisionSchema.nullable(),
  fatalities: nullableCount,
  fatalities_low: nullableCount,
  fatalities_high: nullableCount,
  notes: nullableString,
  tags: z.array(z.string()),
  confidence: z.number().min(0).max(1),
  evidence: EvidenceMapSchema,
});
export type VigilEvent = z.infer<typeof EventSchema>;
