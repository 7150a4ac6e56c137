import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { WORD_BOUNDARY, words } from "../../src/base/words.js";
import { wordStartAfter } from "../../src/extract/actors/word-start-after.js";

// Texts with letters outside ASCII on either side of the words the patterns look for.
const TEXTS = [
  "drugs seized",
  "xdrugs",
  "drugsé",
  "édrugs",
  "the cartel",
  "cartels'",
  "Cartelx",
  "Los Pinos cartelé",
  "found the body",
  "unfound bodies",
  "found embodies",
  "found bodyé",
  "bodies were found",
  "bodiesé found",
  "said, according to ",
  "reaccording to ",
  "according to the ",
  "they were killed",
  "Tawas went",
  "wasé",
  "been",
  "he had a record",
  "chad a record",
  "Tawas wanted",
  "was wanted",
  "Haque's",
  "O'Neil",
  "Haque’sé",
  "d'Ivoire",
  "Nigerien forces",
  "Nigerien forcesé",
  "Tiv militias attacked",
  "Tiv militiasé",
  "Bani Ali tribesmen",
  "herdsmen",
  "herdsmän",
  "hands tied",
  "hands tiedé",
  "drive-by",
  "drive-byé",
  "organised crime",
  "organizedé crime",
];

// Each helper must find what words() finds: [pattern, whether wordStartAfter applies (a leading \b to drop)].
const CASES: [RegExp, boolean][] = [
  [/\b(drugs?|cartels?)\b/gi, true],
  [/\bfound\b[^.]{0,30}\bbod(?:y|ies)\b/gi, true],
  [
    /\b(drive-?by|found dead|bod(?:y|ies)\b[^.]{0,60}\bfound|(?:hands?|feet) (?:and feet )?tied|organi[sz]ed crime)\b/gi,
    true,
  ],
  [/\baccording\s+to\s+(?:the\s+)?$/gi, true],
  [/\b(?:were|was|been)\b/g, true],
  [/\b(?:(?:had|has) a record|(?:was|were) wanted\b)/gi, true],
  [/x|\bfound\b/gi, false],
  [/(?<![\p{L}'’])\p{Lu}[\p{Ll}-]+(?:['’](?!s\b)\p{L}+)?/gu, false],
  [/(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+)\s+(?:(?:security|armed)\s+)?forces?\b/gu, false],
  [/(\p{Lu}[\p{L}'’-]+)\s+(?:[Mm]iliti(?:a|as|amen)|([Tt]ribesmen|[Cc]lansmen))\b/gu, false],
  [/^(?:herders?|herdsm[ae]n)\b/gi, false],
];

const found = (pattern: RegExp) => TEXTS.map((text) => [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`));

describe("words() and wordStartAfter() find what two-sided Unicode boundaries find", () => {
  for (const [pattern, leading] of CASES)
    test(pattern.source, () => {
      const expected = found(
        new RegExp(pattern.source.replaceAll("\\b", WORD_BOUNDARY), `${pattern.flags.replace("u", "")}u`),
      );
      assert.deepEqual(found(words(pattern)), expected);
      if (leading)
        assert.deepEqual(
          TEXTS.map((text) => wordStartAfter(new RegExp(pattern.source.slice(2), pattern.flags)).test(text)),
          expected.map((matches) => matches.length > 0),
        );
    });
  test("a boundary after a word's last letter looks ahead only", () => {
    assert.ok(!words(/(?:gangs?|cartels?)\b/).source.includes("(?<="));
    assert.ok(!words(/forces?\b/).source.includes("(?<="));
  });
});
