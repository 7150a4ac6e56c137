import { localeOf, type Rule } from "../base/rule.js";
import { CLEAN_RULES } from "../clean/rules.js";
import { CODE_RULES } from "../code/rules.js";
import { EXTRACT_RULES } from "../extract/rules.js";

/** Every rule Vigil has, in the order the stages run: clean, mentions, coding. */
export const RULES: readonly Rule[] = [...CLEAN_RULES, ...EXTRACT_RULES, ...CODE_RULES];

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rule with this id, as it appears in an output's `rule` field. */
export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** A rule as `vigil rules --format json` and docs/rules.md show it. */
export interface RuleSummary {
  id: string;
  kind: Rule["kind"];
  locale: string | null;
  description: string;
  examples: Rule["examples"];
  counterexamples: NonNullable<Rule["counterexamples"]>;
}

export function summarize(rule: Rule): RuleSummary {
  const { id, kind, description, examples, counterexamples = [] } = rule;
  return { id, kind, locale: localeOf(rule), description, examples, counterexamples };
}
