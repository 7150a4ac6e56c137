/** `npm run docs:rules`: writes docs/rules.md from the rule registry (test/rules/docs.test.ts fails when it is stale). */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { rulesMarkdown } from "../src/registry/rules-doc.js";

writeFileSync(join(import.meta.dirname, "..", "docs", "rules.md"), rulesMarkdown());
