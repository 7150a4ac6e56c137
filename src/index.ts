/**
 * Vigil as a library: `import { extract } from "vigil"` turns one report's text into ACLED-coded events, each field
 * with the words that support it, the id of the rule that decided it and a confidence.
 */
import { rawReport } from "./ingest/raw-report.js";
import type { Extraction } from "./model/index.js";
import { processReport } from "./pipeline/index.js";
import type { ExtractSources } from "./sources/index.js";

export type { Example, PatternRule, Rule, RuleKind } from "./base/rule.js";
export type {
  DocumentRecord,
  EvidenceMap,
  EvidenceSpan,
  Extraction,
  Mention,
  Span,
  VigilEvent,
} from "./model/index.js";
export { RULES, ruleById } from "./registry/index.js";
export type { ExtractSources } from "./sources/index.js";
export { defaultSources } from "./sources/index.js";

export interface ExtractOptions {
  /** When the report was published (`YYYY-MM-DD` or an ISO time): relative dates ("on Saturday") count from it. */
  publishedAt?: string | null;
  /** `en` or `fr`; detected from the text when not given. */
  language?: string | null;
  title?: string | null;
  url?: string | null;
  /** Also return every mention found (dates, places, actors, figures), not only the events. */
  mentions?: boolean;
  /** Another gazetteer, actor lexicon or boundaries than the bundled ones. */
  sources?: ExtractSources;
}

/**
 * One report's text → its document record and events (and mentions, when asked), validated against the output
 * contract. Throws an `InputError` when nothing is left of the text once forum furniture is set aside.
 * @example extract("Gunmen killed 12 people in Djibo on Saturday.", { publishedAt: "2024-06-03" }).events[0]?.sub_event_type
 */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const { publishedAt = null, language = null, title = null, url = null, mentions = false, sources } = options;
  const report = rawReport({
    source: "(library)",
    form: "text",
    text,
    encoding: "utf-8",
    published_at: publishedAt,
    language,
    title,
    url,
  });
  return processReport(report, { mentions }, sources);
}
