import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { everyMatch, firstMatch, quickPattern, quickTest, testAnyRule } from "../../src/base/quick-test.js";
import type { PatternRule } from "../../src/base/rule.js";
import { words } from "../../src/base/words.js";

// Each row: a words() pattern and a text; the quick way must find exactly what the pattern finds.
const ROWS: { pattern: RegExp; text: string; first: string | null; all: string[] }[] = [
  { pattern: words(/\b(tué|tués)\b/i), text: "Deux civils ont été tués à Djibo.", first: "tués", all: ["tués"] },
  { pattern: words(/\btué\b/i), text: "Il a tuée, puis tué.", first: "tué", all: ["tué"] },
  {
    pattern: words(/\b(riot(s|ers)?(?! (police|gear)))\b/i),
    text: "Riot police faced rioters in Kisumu.",
    first: "rioters",
    all: ["rioters"],
  },
  {
    pattern: words(/\bkill(ed)?\b/i),
    text: "The café killed nothing; skilled men killed two.",
    first: "killed",
    all: ["killed", "killed"],
  },
  {
    pattern: words(/\bkill(ed)?\b/i),
    text: "Ékilled is one word, killed is another.",
    first: "killed",
    all: ["killed"],
  },
  {
    pattern: words(/\bshoot(?!-?outs?\b)/i),
    text: "A shoot-out, then a shooting in Culiacán.",
    first: "shoot",
    all: ["shoot"],
  },
  {
    pattern: words(/\b(attack(ed)?)\b/i),
    text: "Gunmen attacked Tanwa and attacked Kaya.",
    first: "attacked",
    all: ["attacked", "attacked"],
  },
  { pattern: words(/\bdrones?\b/i), text: "No aircraft over the town.", first: null, all: [] },
];

describe("quick patterns find what the words() pattern finds", () => {
  for (const row of ROWS)
    test(`${row.pattern.source.slice(0, 30)} in "${row.text}"`, () => {
      const quick = quickPattern(row.pattern);
      assert.equal(firstMatch(quick, row.text)?.[0] ?? null, row.first);
      assert.equal(row.pattern.exec(row.text)?.[0] ?? null, row.first);
      assert.deepEqual(
        everyMatch(quick, row.text).map((m) => m[0]),
        row.all,
      );
      assert.deepEqual(
        everyMatch(quick, row.text).map((m) => m.index),
        [...row.text.matchAll(new RegExp(row.pattern.source, `${row.pattern.flags}g`))].map((m) => m.index),
      );
    });
});

describe("the quick test", () => {
  test("drops the Unicode boundaries and the u flag", () => {
    assert.equal(String(quickTest(words(/\btué\b/i))), "/tué/i");
  });
  test("inside a negative lookahead, a boundary never matches", () => {
    assert.equal(String(quickTest(words(/a(?!-?outs?\b)/i))), "/a(?!-?outs?(?!))/i");
  });
});

const FLOOD: PatternRule = {
  id: "en/test/flood",
  kind: "cue",
  description: "test",
  examples: [],
  pattern: words(/\bfloods?\b/i),
};
const QUAKE: PatternRule = {
  id: "en/test/quake",
  kind: "cue",
  description: "test",
  examples: [],
  pattern: words(/\bearthquakes?\b/i),
};

describe("a list of rules", () => {
  const rules: readonly PatternRule[] = [FLOOD, QUAKE];
  test("matches when any of them does", () => {
    assert.equal(testAnyRule(rules, "An earthquake hit Herat."), true);
    assert.equal(testAnyRule(rules, "Gunmen attacked Herat."), false);
    assert.equal(testAnyRule(rules, "Des séismes et des floods à Hérat."), true);
  });
});
