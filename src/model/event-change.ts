import { z } from "zod";
import { StoredEventSchema } from "./stored-event.js";

/**
 * What happened to an event in one write: it appeared, its values changed, other events joined it or it joined
 * another (merged), its reports went apart (split), or every report it had was retracted.
 */
export const ChangeKindSchema = z.enum(["created", "updated", "merged", "split", "retracted"]);
export type ChangeKind = z.infer<typeof ChangeKindSchema>;

/** Why the store changed: a batch of reports stored, a split asked for, a report retracted, or the upgrade that began history. */
export const ChangeCauseSchema = z.object({
  action: z.enum(["ingest", "split", "retract", "migrate"]),
  /** The documents the write was about: those stored, those split off, the one retracted. */
  documents: z.array(z.string()),
  reason: z.string().nullable(),
});
export type ChangeCause = z.infer<typeof ChangeCauseSchema>;

/** One field's value before and after, and the document whose evidence the new value rests on (if any). */
export const FieldChangeSchema = z.object({
  field: z.string(),
  old: z.unknown(),
  new: z.unknown(),
  document: z.string().nullable(),
});
export type FieldChange = z.infer<typeof FieldChangeSchema>;

/** One event's change, without its record: a line of the event's history. */
export const EventHistoryEntrySchema = z.object({
  /** The change's position in the store's change feed: `GET /changes?since=<seq>` starts after it. */
  seq: z.number().int().positive(),
  /** The store's version once the write that made the change committed. */
  version: z.number().int().nonnegative(),
  at: z.string(),
  event_id: z.string(),
  kind: ChangeKindSchema,
  /** True when the event id no longer names an event: a copy drops it. */
  gone: z.boolean(),
  cause: ChangeCauseSchema,
  fields: z.array(FieldChangeSchema),
  /** Source events (`<document id>#<index>`) that joined or left the event. */
  sources_added: z.array(z.string()),
  sources_removed: z.array(z.string()),
  /** Events whose reports this event took (merged into it, or split from them). */
  from: z.array(z.string()),
  /** Events that hold this event's reports now, when they went elsewhere (merged into, split into). */
  into: z.array(z.string()),
});
export type EventHistoryEntry = z.infer<typeof EventHistoryEntrySchema>;

/** An entry of the change feed: the change and the event's whole record after it (null once it is gone). */
export const EventChangeSchema = EventHistoryEntrySchema.extend({ event: StoredEventSchema.nullable() });
export type EventChange = z.infer<typeof EventChangeSchema>;
