import type { PatternRule, Rule } from "./rule.js";

/**
 * The rules that fired while a piece of work ran, for `vigil explain` and for the test that proves every rule by
 * its examples. Extraction is synchronous, so one active set at a time is enough; when nothing traces, recording
 * costs one null check.
 */
let active: Set<string> | null = null;

/** Records that a rule decided something. */
export function fired(rule: Rule): void {
  active?.add(rule.id);
}

/** Runs `work` and returns the ids of the rules that fired during it. */
export function traced<T>(work: () => T): { result: T; fired: Set<string> } {
  const outer = active;
  const own = new Set<string>();
  active = own;
  try {
    return { result: work(), fired: own };
  } finally {
    active = outer;
    for (const id of own) outer?.add(id);
  }
}

/** `rule.pattern.test(text)`, recording the rule when it matches. */
export function matches(rule: PatternRule, text: string): boolean {
  rule.pattern.lastIndex = 0;
  const hit = rule.pattern.test(text);
  if (hit) fired(rule);
  return hit;
}

/** `text.match(rule.pattern)` for a pattern without the g flag, recording the rule when it matches. */
export function matchOf(rule: PatternRule, text: string): RegExpMatchArray | null {
  const found = text.match(rule.pattern);
  if (found) fired(rule);
  return found;
}

/** Every match of a g-flagged pattern, recording the rule when there is one. */
export function allMatchesOf(rule: PatternRule, text: string): RegExpExecArray[] {
  const found = [...text.matchAll(rule.pattern)];
  if (found.length > 0) fired(rule);
  return found;
}
