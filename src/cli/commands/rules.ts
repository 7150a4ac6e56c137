import { type Command, Option } from "commander";
import { exampleText } from "../../base/rule.js";
import { RULES, summarize } from "../../registry/index.js";

/** `vigil rules`: every rule Vigil has, so an id in the output leads to its description and examples in one step. */
export function rulesCommand(program: Command): void {
  program
    .command("rules")
    .description(
      "list every rule: id, kind, locale, description and examples (the ids the output's `rule` fields name)",
    )
    .argument("[prefix]", "only rules whose id starts with this (en/place, code/type, …)")
    .addOption(new Option("--format <format>", "text or json").choices(["text", "json"]).default("text"))
    .action((prefix: string | undefined, options: { format: "text" | "json" }) => {
      const rules = RULES.filter((rule) => !prefix || rule.id.startsWith(prefix)).map(summarize);
      if (options.format === "json") {
        process.stdout.write(`${JSON.stringify(rules, null, 2)}\n`);
        return;
      }
      for (const rule of rules)
        process.stdout.write(
          `${rule.id}  (${rule.kind}, ${rule.locale ?? "any language"})\n  ${rule.description}\n` +
            rule.examples.map((e) => `  + ${exampleText(e).replace(/\n/g, " ⏎ ")}\n`).join("") +
            rule.counterexamples.map((e) => `  - ${exampleText(e).replace(/\n/g, " ⏎ ")}\n`).join(""),
        );
    });
}
