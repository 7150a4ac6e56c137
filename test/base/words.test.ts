import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { WORD_BOUNDARY, WORD_END, WORD_START, words } from "../../src/base/words.js";

/** Every `\b` a two-sided Unicode boundary: what `words()` must mean, however it writes it. */
const twoSided = (pattern: RegExp) => new RegExp(pattern.source.replaceAll("\\b", WORD_BOUNDARY), `${pattern.flags}u`);

// [pattern, text, what words() and the two-sided reading must both match (null: nothing)]
const SAME: [RegExp, string, string | null][] = [
  [/\b(tué|tués)\b/i, "12 civils tués dimanche", "tués"],
  [/\b(tué|tués)\b/i, "Ils ont été abattués", null],
  [/\b(élèves|enfants)\b/i, "12 élèves enlevés", "élèves"],
  [/\b(per|a) (year|day)\b/i, "500 killed a year in", "a year"],
  [/\bannual(ly)?\b/i, "the annually reported toll", "annually"],
  [/(?<!\b(over|than) )\ba (year|month)\b/i, "in just over a month", null],
  [/^\s*(?:%|km|m\b)\b/i, " km away", " km"],
  [/\b\d{4}\b/, "in 2023.", "2023"],
];

describe("words(): Unicode word boundaries, one-sided where the pattern shows the word's side", () => {
  for (const [pattern, text, expected] of SAME)
    test(`${pattern} on "${text}"`, () => {
      assert.equal(twoSided(pattern).exec(text)?.[0] ?? null, expected);
      assert.equal(words(pattern).exec(text)?.[0] ?? null, expected);
    });
  test("a boundary before or after a word becomes that word's edge", () => {
    assert.equal(words(/\b(killed|dead)\b/i).source, `${WORD_START}(killed|dead)${WORD_END}`);
  });
  test("a boundary whose sides the pattern leaves open stays whole", () => {
    assert.equal(words(/(?:%|km)\b/i).source, `(?:%|km)${WORD_BOUNDARY}`);
  });
});
