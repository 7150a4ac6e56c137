import { cleanReport } from "../clean/index.js";
import { codeEvents, eventTriggers } from "../code/index.js";
import { extractMentions, toOutputMention } from "../extract/index.js";
import type { RawReport } from "../ingest/index.js";
import { type Extraction, ExtractionSchema } from "../model/index.js";
import { segmentSentences } from "../segment/index.js";
import type { ExtractSources } from "../sources/index.js";
import { defaultSources } from "../sources/index.js";
import { buildDocument, type DocumentOptions } from "./document-record.js";

export { documentId } from "./document-record.js";

export interface PipelineOptions extends DocumentOptions {
  /** Include every mention found, not only the events. */
  mentions?: boolean;
}

/**
 * One report through every stage: clean → document record → mentions → ACLED-coded events.
 * The result is validated against the output contract before it leaves.
 */
export function processReport(
  report: RawReport,
  options: PipelineOptions = {},
  sources: ExtractSources = defaultSources(),
): Extraction {
  const document = buildDocument(report, cleanReport(report), options);
  const sentences = segmentSentences(document.text);
  const triggers = eventTriggers(sentences, document.language);
  // Most news is not about conflict: a report with no trigger word holds no event, so its mentions are only looked
  // for when asked for (they are most of the work).
  if (triggers.length === 0 && !options.mentions) return ExtractionSchema.parse({ document, events: [] });
  const found = extractMentions(document, sources, sentences);
  const extraction: Extraction = { document, events: codeEvents(found, sources.gazetteer, triggers) };
  if (options.mentions) extraction.mentions = found.mentions.map(toOutputMention);
  return ExtractionSchema.parse(extraction);
}
