import { type Example, localeOf, type Rule } from "../../src/base/rule.js";
import { traced } from "../../src/base/trace.js";
import { rawReport } from "../../src/ingest/raw-report.js";
import type { Extraction } from "../../src/model/index.js";
import { processReport } from "../../src/pipeline/index.js";

/** Every rule id an extraction names: its mentions', its events' evidence and its notes'. */
export function ruleIdsIn(extraction: Extraction): Set<string> {
  const ids = new Set<string>();
  for (const mention of extraction.mentions ?? []) {
    ids.add(mention.rule);
    const attributed = (mention.value as { attributed_to?: { rule: string } }).attributed_to;
    if (attributed) ids.add(attributed.rule);
  }
  for (const event of extraction.events)
    for (const spans of Object.values(event.evidence)) for (const span of spans) ids.add(span.rule);
  return ids;
}

/** The ids of every rule that fired on a report, or that its output names: a rule's example is run through this. */
export function rulesFiredOn(example: Example, rule: Rule): Set<string> {
  const { text, published = null } = typeof example === "string" ? { text: example } : example;
  const report = rawReport({
    source: `example of ${rule.id}`,
    form: "text",
    text,
    encoding: "utf-8",
    language: localeOf(rule),
    published_at: published,
  });
  const { result, fired } = traced(() => processReport(report, { mentions: true }));
  for (const id of ruleIdsIn(result)) fired.add(id);
  return fired;
}
