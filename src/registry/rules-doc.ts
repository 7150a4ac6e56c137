import { exampleText, type Rule } from "../base/rule.js";
import { RULES, summarize } from "./index.js";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ⏎ ");

function ruleSection(rule: Rule): string {
  const { id, kind, locale, description, examples, counterexamples } = summarize(rule);
  const lines = [`### \`${id}\``, "", `${kind}, ${locale ?? "any language"}: ${description}`, ""];
  for (const example of examples) lines.push(`- fires on: ${cell(exampleText(example))}`);
  for (const example of counterexamples) lines.push(`- not on: ${cell(exampleText(example))}`);
  return lines.join("\n");
}

/** docs/rules.md: every rule of the registry, grouped by its id's first two parts, in the order the stages run. */
export function rulesMarkdown(rules: readonly Rule[] = RULES): string {
  const groups = new Map<string, Rule[]>();
  for (const rule of rules) {
    const group = rule.id.split("/").slice(0, 2).join("/");
    groups.set(group, [...(groups.get(group) ?? []), rule]);
  }
  const parts = [
    "# Vigil's rules",
    "",
    "Generated from the rule registry by `npm run docs:rules`; a test fails when this file is stale. Every `rule`",
    "value in Vigil's output is one of these ids; `vigil rules` lists them too (`--format json`).",
    "",
    `${rules.length} rules.`,
  ];
  for (const [group, members] of groups) parts.push("", `## ${group}`, "", members.map(ruleSection).join("\n\n"));
  return `${parts.join("\n")}\n`;
}
