import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { LiteralPrefilter, mayHold, requiredLiterals } from "../../src/base/literal-prefilter.js";
import type { PatternRule } from "../../src/base/rule.js";
import { words } from "../../src/base/words.js";
import { RULES } from "../../src/registry/index.js";

// Each row: a pattern and the literals one of which every text it matches must hold (null: none worth looking for).
const ROWS: { pattern: RegExp; literals: string[] | null }[] = [
  { pattern: /\b(clash(es|ed)?|fighting)\b/i, literals: ["clash", "fighting"] },
  { pattern: words(/\b(tué|tués)\b/i), literals: ["tué"] },
  { pattern: /\bstepped on (a )?mines?\b/i, literals: ["stepped on mine", "stepped on a mine"] },
  { pattern: /(?<!drive-by )shoot(s|ing)?(?!-?outs?\b)/i, literals: ["shoot"] },
  { pattern: /\bKilled\b/, literals: ["killed"] },
  { pattern: /\b(\w+ ){0,3}(bombed|shelled)\b/i, literals: ["bombed", "shelled"] },
  { pattern: /\b\d+ (dead|killed)?/i, literals: null },
  { pattern: /\bkill(ed)?|\w+ing\b/i, literals: ["kill", "ing"] },
  { pattern: /\bkill(ed)?|\d+\b/i, literals: null },
  { pattern: /[A-Z][a-z]+ Gang/, literals: [" gang"] },
];

describe("the literals every match of a pattern holds", () => {
  for (const row of ROWS)
    test(row.pattern.source.slice(0, 40), () => {
      assert.deepEqual(requiredLiterals(row.pattern)?.sort() ?? null, row.literals?.sort() ?? null);
    });
});

describe("the prefilter of a list of patterns", () => {
  const patterns = [[/\bclash(es)?\b/i], [/\b\d+ killed\b/i, /\bkilled \d+\b/i], [/\b\w+\b/]];

  test("lets through exactly the patterns whose literals the text holds, and those without literals", () => {
    const prefilter = new LiteralPrefilter(patterns);
    assert.deepEqual([...prefilter.mayMatch("Fresh CLASHES near Kaya.")], [1, 0, 1]);
    assert.deepEqual([...prefilter.mayMatch("Gunmen killed 12 villagers.")], [0, 1, 1]);
    assert.deepEqual([...prefilter.mayMatch("Nothing of note.")], [0, 0, 1]);
  });

  // The property the pipeline relies on: a pattern the prefilter rules out never matches. Checked on every pattern
  // rule with every rule's examples and counterexamples as texts.
  test("never rules out a pattern rule that matches a rule's example", () => {
    const rules = RULES.filter((rule): rule is PatternRule => "pattern" in rule && rule.pattern instanceof RegExp);
    const prefilter = new LiteralPrefilter(rules.map((rule) => [rule.pattern]));
    const texts = RULES.flatMap((rule) => [...(rule.examples ?? []), ...(rule.counterexamples ?? [])].map(String));
    const missed: string[] = [];
    for (const text of texts) {
      const may = prefilter.mayMatch(text);
      rules.forEach((rule, i) => {
        const { source, flags } = rule.pattern;
        if (!may[i] && new RegExp(source, flags.replace(/[gy]/g, "")).test(text)) missed.push(`${rule.id}: ${text}`);
      });
    }
    assert.ok(texts.length > 500, `only ${texts.length} examples`);
    assert.deepEqual(missed, []);
  });
});

describe("whether a text may hold a match of one pattern", () => {
  const gang = /(?<![\p{L}])\p{Lu}\p{L}+\s+(?:[Gg]angs?|[Cc]artel)\b/u;

  test("no when the text lacks every literal a match needs, yes when it holds one", () => {
    assert.equal(mayHold(gang, "Gunmen attacked a convoy near Kaya."), false);
    assert.equal(mayHold(gang, "Members of the Sinaloa CARTEL were arrested."), true);
    assert.equal(mayHold(gang, "A gang of youths looted shops."), true);
  });

  test("yes for a pattern without literals", () => {
    assert.equal(mayHold(/\p{Lu}\p{L}+/u, "nothing capitalised here"), true);
  });
});
