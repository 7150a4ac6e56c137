import assert from "node:assert/strict";
import { test } from "node:test";
import { rawReport } from "../../src/ingest/raw-report.js";
import { processReport } from "../../src/pipeline/index.js";

const report = (text: string) =>
  rawReport({ source: "gate", form: "text", encoding: "UTF-8", text, published_at: "2024-06-03" });

// A report with no trigger word holds no event, so without --mentions its mentions are never looked for; with it,
// they are found as for any report.
const FESTIVAL = "Thousands of visitors came to Ouagadougou on Saturday for the opening of the film festival.";

test("a report with no trigger word: no event, and its mentions only when asked for", () => {
  const plain = processReport(report(FESTIVAL));
  assert.deepEqual(plain.events, []);
  assert.equal(plain.mentions, undefined);
  const withMentions = processReport(report(FESTIVAL), { mentions: true });
  assert.deepEqual(withMentions.events, []);
  assert.deepEqual(
    withMentions.mentions?.filter((m) => m.kind === "place").map((m) => [m.text, m.value.country]),
    [["Ouagadougou", "Burkina Faso"]],
  );
  assert.ok(withMentions.mentions?.some((m) => m.kind === "date" && m.text.includes("Saturday")));
});

test("a report with a trigger word is read whole: the event takes its place from another sentence", () => {
  const coded = processReport(report(`${FESTIVAL} Gunmen killed two guards at the festival gate on Sunday.`));
  assert.equal(coded.events.length, 1);
  assert.equal(coded.events[0]?.location, "Ouagadougou");
  assert.equal(coded.events[0]?.fatalities, 2);
});
