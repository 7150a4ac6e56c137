import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { rulesMarkdown } from "../../src/registry/rules-doc.js";

test("docs/rules.md is what the registry says (run `npm run docs:rules` after changing a rule)", () => {
  const written = readFileSync(join(import.meta.dirname, "..", "..", "docs", "rules.md"), "utf8");
  assert.equal(written, rulesMarkdown(), "docs/rules.md is stale: run npm run docs:rules");
});
