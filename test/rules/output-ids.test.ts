import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { rawReport } from "../../src/ingest/raw-report.js";
import { processReport } from "../../src/pipeline/index.js";
import { ruleById } from "../../src/registry/index.js";
import { ruleIdsIn } from "../helpers/rule-runs.js";
import { sharedFile } from "../helpers/shared.js";

// Acceptance: every `rule` Vigil writes over the evaluation sets' reports is a registered rule, so `vigil rules`
// explains every id a user sees. (Only the reports' texts are read, never their gold.)
const sets = sharedFile("eval", "sets");

test("every rule id in the output over ../shared/eval's reports is in the registry", { skip: sets.skip }, () => {
  const files = [
    ...readdirSync(sets.path)
      .filter((name) => name.endsWith(".jsonl"))
      .map((name) => join(sets.path, name)),
    join(sets.path, "news", "reports.jsonl"),
  ];
  const unknown = new Map<string, string>();
  for (const file of files)
    for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
      const item = JSON.parse(line) as { id: string; text: string; published_at?: string | null };
      const report = rawReport({
        source: item.id,
        form: "text",
        text: item.text,
        encoding: "utf-8",
        published_at: item.published_at ?? null,
      });
      let extraction: ReturnType<typeof processReport>;
      try {
        extraction = processReport(report, { mentions: true });
      } catch {
        continue; // a report with nothing left once cleaned is the reader's business, not the registry's
      }
      for (const id of ruleIdsIn(extraction)) if (!ruleById(id) && !unknown.has(id)) unknown.set(id, item.id);
    }
  assert.deepEqual([...unknown.keys()].sort(), [], `unregistered ids (first seen in): ${JSON.stringify([...unknown])}`);
});
