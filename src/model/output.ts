import { z } from "zod";
import { DocumentRecordSchema } from "./document.js";
import { EventSchema } from "./event.js";
import { MentionSchema } from "./mention.js";

/**
 * What `vigil extract` prints for one document: the output contract every later stage fills and the evaluation reads.
 * `mentions` is present only when asked for (`--mentions`).
 */
export const ExtractionSchema = z.object({
  document: DocumentRecordSchema,
  events: z.array(EventSchema),
  mentions: z.array(MentionSchema).optional(),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
