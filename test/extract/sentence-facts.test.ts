import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { codeEvents } from "../../src/code/index.js";
import { extractMentions } from "../../src/extract/index.js";
import { defaultSources } from "../../src/sources/index.js";

const found = (text: string) => extractMentions({ text, published_at: "2024-03-14", language: "en" }, defaultSources());

// [report, main country, background sentences, sentences telling another event]
const CASES: [string, string | null, number[], number[]][] = [
  ["ISWAP fighters attacked Monguno on Sunday.", "Nigeria", [], []],
  [
    "Gunmen killed four farmers in Gwoza on Tuesday. Last year, more than 300 people died in attacks in Borno State.",
    "Nigeria",
    [1],
    [],
  ],
  [
    "Jihadists attacked an army post near Djibo on Monday, killing 12 soldiers. In another attack on Tuesday, 5 civilians were killed in Arbinda.",
    "Burkina Faso",
    [1],
    [1],
  ],
  ["Unknown men burnt a house on Sunday night.", null, [], []],
];

describe("extraction hands coding the facts it found about the report's sentences", () => {
  for (const [text, mainCountry, background, otherEvent] of CASES)
    test(text, () => {
      const { facts } = found(text);
      assert.equal(facts.mainCountry, mainCountry);
      assert.deepEqual([...facts.background], background);
      assert.deepEqual([...facts.otherEvent], otherEvent);
    });

  test("coding reads extraction's background sentences instead of reading the text again", () => {
    const report = found(
      "Traders marched through Kano on Monday to protest against fuel prices. Gunmen killed four farmers in Gwoza on Tuesday.",
    );
    const [first] = codeEvents(report);
    assert.equal(first?.sub_event_type, "Peaceful protest");
    assert.equal(first?.location, "Kano");
    const [event] = codeEvents({ ...report, facts: { ...report.facts, background: new Set([0]) } });
    assert.equal(event?.sub_event_type, "Attack");
    assert.equal(event?.location, "Gwoza");
  });

  test("coding places the event with extraction's main country", () => {
    const report = found("Gunmen killed four farmers in Gwoza on Tuesday.");
    assert.equal(codeEvents(report)[0]?.country, "Nigeria");
  });
});
