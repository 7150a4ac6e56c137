import type { Aside, ReportForm } from "../model/index.js";

/** A report as read from its source, before cleaning. Metadata fields are null when the source does not give them. */
export interface RawReport {
  source: string;
  form: ReportForm;
  text: string;
  encoding: string;
  input_id: string | null;
  url: string | null;
  title: string | null;
  author: string | null;
  published_at: string | null;
  language: string | null;
  asides: Aside[];
}

export function rawReport(
  fields: Pick<RawReport, "source" | "form" | "text" | "encoding"> & Partial<RawReport>,
): RawReport {
  return {
    input_id: null,
    url: null,
    title: null,
    author: null,
    published_at: null,
    language: null,
    asides: [],
    ...fields,
  };
}
