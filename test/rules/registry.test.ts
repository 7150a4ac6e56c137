import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, test } from "node:test";
import { localeOf } from "../../src/base/rule.js";
import { RULES } from "../../src/registry/index.js";

const SRC = join(import.meta.dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

describe("the rule registry", () => {
  test("ids are unique and shaped locale/stage/name or stage/name", () => {
    const seen = new Set<string>();
    for (const rule of RULES) {
      assert.ok(!seen.has(rule.id), `${rule.id} is registered twice`);
      seen.add(rule.id);
      assert.match(rule.id, /^[a-z]+(\/[a-z0-9-]+){1,3}$/, rule.id);
      assert.ok(rule.description.length > 10, `${rule.id} has no description`);
    }
  });

  test("each id is a literal defined once, in its locale's folder (language-neutral rules outside locales/)", () => {
    const files = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, "utf8") }));
    for (const rule of RULES) {
      const defining = files.filter((file) => file.text.includes(`"${rule.id}"`));
      assert.equal(
        defining.length,
        1,
        `"${rule.id}" is written in ${defining.map((f) => f.path).join(", ") || "no file"}`,
      );
      const locale = localeOf(rule);
      const path = defining[0]?.path ?? "";
      if (locale) assert.ok(path.includes(`locales/${locale}/`), `${rule.id} lives in ${path}`);
      else assert.ok(!path.includes("locales/"), `${rule.id} lives in ${path}`);
    }
  });
});
