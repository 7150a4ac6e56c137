import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { segmentSentences } from "../../src/segment/index.js";

const CASES: [string, string[]][] = [
  [
    "Gen. Tiani spoke on Aug. 24 to U.S. officials. Ten people died.",
    ["Gen. Tiani spoke on Aug. 24 to U.S. officials.", "Ten people died."],
  ],
  [
    "Col. A. Diallo said 12 soldiers died. The army denied it.",
    ["Col. A. Diallo said 12 soldiers died.", "The army denied it."],
  ],
  ["Fighters stormed the town.\nResidents fled to Dori.", ["Fighters stormed the town.", "Residents fled to Dori."]],
  ['"We saw bodies everywhere." He said the army left.', ['"We saw bodies everywhere."', "He said the army left."]],
  [
    "The attack was 40 km. from the border. Nobody claimed it.",
    ["The attack was 40 km. from the border.", "Nobody claimed it."],
  ],
  ["Who did it? Nobody knows! 2024 was worse.", ["Who did it?", "Nobody knows!", "2024 was worse."]],
];

describe("segmentSentences", () => {
  for (const [input, expected] of CASES) {
    test(input, () => {
      const sentences = segmentSentences(input);
      assert.deepEqual(
        sentences.map((s) => s.text),
        expected,
      );
      for (const s of sentences) assert.equal(input.slice(s.start, s.end), s.text);
    });
  }
});
