import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { PatternRule } from "../../src/base/rule.js";
import { RULES } from "../../src/registry/index.js";

// Long hostile texts against every pattern in the registry: a pattern whose work grows faster than its input
// (nested quantifiers, overlapping alternatives) would stall here for minutes; linear ones finish at once. The
// test's timeout is a guard against a hang, not a speed target (those live in `npm run bench`).
const HOSTILE = [
  "a".repeat(20_000),
  " ".repeat(20_000),
  "killed 8,400 ".repeat(2_000),
  "Gunmen attacked a village. ".repeat(1_000),
  "the the the ".repeat(2_000),
  `${"A".repeat(5_000)}${"-".repeat(5_000)}`,
  "1,000,000 ".repeat(2_000),
  "Kaya, Burkina Faso, ".repeat(1_000),
  "é".repeat(20_000),
];

const patterns = RULES.filter((rule): rule is PatternRule => "pattern" in rule && rule.pattern instanceof RegExp);

describe("no pattern in the registry takes more than linear time on long hostile texts", { timeout: 120_000 }, () => {
  test(`${patterns.length} patterns × ${HOSTILE.length} texts`, () => {
    assert.ok(patterns.length > 100);
    for (const { id, pattern } of patterns)
      for (const text of HOSTILE) {
        const found = pattern.global ? [...text.matchAll(pattern)].length : Number(pattern.test(text));
        assert.ok(found >= 0, id);
      }
  });
});
