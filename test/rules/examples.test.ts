import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { exampleText } from "../../src/base/rule.js";
import { RULES } from "../../src/registry/index.js";
import { rulesFiredOn } from "../helpers/rule-runs.js";

// Every rule is proven by its own examples, run through the whole pipeline: each example must fire the rule (or
// name it in the output) and each counterexample must not.
describe("every rule fires on its examples and on none of its counterexamples", () => {
  for (const rule of RULES)
    test(rule.id, () => {
      assert.ok(rule.examples.length > 0, `${rule.id} has no example`);
      for (const example of rule.examples)
        assert.ok(rulesFiredOn(example, rule).has(rule.id), `${rule.id} did not fire on: ${exampleText(example)}`);
      for (const example of rule.counterexamples ?? [])
        assert.ok(!rulesFiredOn(example, rule).has(rule.id), `${rule.id} fired on: ${exampleText(example)}`);
    });
});
