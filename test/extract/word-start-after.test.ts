import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { words } from "../../src/base/words.js";
import { leanWords, wordStartAfter } from "../../src/extract/actors/word-start-after.js";

// Each helper must answer as words() does: [pattern, texts it is tried on].
const CASES: [RegExp, string[]][] = [
  [/\b(drugs?|cartels?)\b/i, ["drugs seized", "xdrugs", "drugsé", "édrugs", "the cartel", "cartels'", "Cartelx"]],
  [/\bfound\b[^.]{0,30}\bbod(?:y|ies)\b/i, ["found the body", "unfound bodies", "found embodies", "found bodyé"]],
  [/\baccording\s+to\s+(?:the\s+)?$/i, ["said, according to ", "reaccording to ", "according to the "]],
  [/\b(?:were|was|been)\b/, ["they were killed", "Tawas went", "wasé", "been"]],
  [
    /\b(?:(?:had|has) a record|(?:was|were) wanted\b)/i,
    ["he had a record", "chad a record", "Tawas wanted", "was wanted"],
  ],
  [/x|\bfound\b/i, ["unfound", "found it", "xylophone"]],
  [/(?<![\p{L}'’])\p{Lu}[\p{Ll}-]+(?:['’](?!s\b)\p{L}+)?/u, ["Haque's", "O'Neil", "Haque’sé", "d'Ivoire"]],
];

describe("cheaper word boundaries match what words() matches", () => {
  for (const [pattern, texts] of CASES)
    test(pattern.source, () => {
      const expected = texts.map((text) => words(pattern).test(text));
      assert.deepEqual(
        texts.map((text) => leanWords(pattern).test(text)),
        expected,
      );
      if (pattern.source.startsWith("\\b"))
        assert.deepEqual(
          texts.map((text) => wordStartAfter(new RegExp(pattern.source.slice(2), pattern.flags)).test(text)),
          expected,
        );
    });
});
