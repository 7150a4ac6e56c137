import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { MAX_SENTENCE, segmentSentences } from "../../src/segment/index.js";

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

describe("over-long sentences", () => {
  test("a run with no boundary is cut at the last space before the cap, no word split", () => {
    const text = "killed 8,400 ".repeat(1000).trim();
    const sentences = segmentSentences(text);
    assert.ok(sentences.length > 1);
    for (const s of sentences) {
      assert.ok(s.end - s.start <= MAX_SENTENCE);
      assert.equal(s.text, text.slice(s.start, s.end));
    }
    assert.equal(sentences.map((s) => s.text).join(" "), text);
  });

  test("a run with no space at all is cut at the cap, never inside a surrogate pair", () => {
    const text = `${"x".repeat(MAX_SENTENCE - 1)}😀${"y".repeat(10)}`;
    const sentences = segmentSentences(text);
    assert.deepEqual(
      sentences.map((s) => [s.start, s.end]),
      [
        [0, MAX_SENTENCE - 1],
        [MAX_SENTENCE - 1, text.length],
      ],
    );
  });

  test("a sentence under the cap is untouched", () => {
    const text = `${"word ".repeat(300)}ends here.`;
    assert.deepEqual(
      segmentSentences(text).map((s) => s.text),
      [text],
    );
  });
});
