import { z } from "zod";

export const ReportFormSchema = z.enum(["text", "html", "feed-item", "jsonl"]);
export type ReportForm = z.infer<typeof ReportFormSchema>;

/** A link or attachment that was in the report but is not narrative text (forum debris, link lists). */
export const AsideSchema = z.object({ kind: z.enum(["link", "attachment"]), value: z.string() });
export type Aside = z.infer<typeof AsideSchema>;

/**
 * A stored report. `text` is the cleaned text every evidence span points into; offsets are UTF-16 code units.
 * `published_at` is null when nothing gave it: Vigil never assumes "today".
 */
export const DocumentRecordSchema = z.object({
  id: z.string().regex(/^doc_[0-9a-f]{24}$/),
  input_id: z.string().nullable(),
  source: z.string(),
  form: ReportFormSchema,
  url: z.string().nullable(),
  title: z.string().nullable(),
  author: z.string().nullable(),
  published_at: z.string().nullable(),
  published_at_source: z.enum(["input", "option", "metadata", "attachment", "none"]),
  language: z.string().nullable(),
  language_confidence: z.number().min(0).max(1),
  language_reliable: z.boolean(),
  encoding: z.string(),
  text: z.string().min(1),
  asides: z.array(AsideSchema),
});
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;
