import { type RawReport, rawReport } from "../raw-report.js";

/** A plain-text report: the text as it is; cleaning comes later. */
export function readText(text: string, source: string, encoding: string): RawReport {
  return rawReport({ source, form: "text", text, encoding });
}
