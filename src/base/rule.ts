/**
 * A rule is a value, not a line inside a function: a literal id (`en/place/name-with-kind`, searchable in one
 * step), a one-line description and the examples that prove it. Algorithms emit `rule.id`; `vigil rules` lists
 * every rule from the registry, and one test runs every rule's examples through the pipeline.
 */

/** What a rule does in the pipeline. */
export type RuleKind =
  /** Removes furniture (share bars, attachment names) from a report before anything reads it. */
  | "debris"
  /** Finds a mention (a date, a place, an actor, a figure) and names what it is. */
  | "mention"
  /** Words that say what happened: they point to an ACLED sub-event type. */
  | "trigger"
  /** Words that change how a sentence or mention is read (background, hedged, a caption, an aside). */
  | "cue"
  /** Drops a candidate reading (a place that is a person's name, a figure that is a distance). */
  | "filter"
  /** Chooses one reading among several (which town a name is, which date is the event's). */
  | "resolver"
  /** An ACLED codebook decision that overrides what the words alone point to. */
  | "override";

/** A report to run a rule's example on: its text, and the day it was published where the rule needs one. */
export interface RuleExample {
  text: string;
  published?: string;
}

export type Example = string | RuleExample;

export interface Rule {
  /** `locale/stage/name` for a language's rules (`fr/date/weekday`), `stage/name` for language-neutral ones. */
  readonly id: string;
  readonly kind: RuleKind;
  readonly description: string;
  /** Reports on which the rule fires. */
  readonly examples: readonly Example[];
  /** Reports it guards against: it must not fire on them. */
  readonly counterexamples?: readonly Example[];
}

/** A rule that is a pattern of words. */
export interface PatternRule extends Rule {
  readonly pattern: RegExp;
}

const LOCALES = new Set(["en", "fr", "es", "pt", "it"]);

/** The language a rule belongs to ("en", "fr"), or null for a language-neutral mechanism. */
export function localeOf(rule: Pick<Rule, "id">): string | null {
  const first = rule.id.slice(0, rule.id.indexOf("/"));
  return LOCALES.has(first) ? first : null;
}

export const exampleText = (example: Example): string => (typeof example === "string" ? example : example.text);
