import type { Rule } from "../../base/rule.js";
import { fired } from "../../base/trace.js";
import type { EvidenceSpan } from "../../model/index.js";

/** What the words say for one sub-event type: its score, the trigger weight behind it, and why. */
export interface Tally {
  score: number;
  /** Trigger weights undecayed: a weapon named often enough decides the event wherever it is told. */
  named: number;
  /** The trigger words that count for this type. */
  evidence: EvidenceSpan[];
  /** The overrides that chose this type, each at the words it acted on (one span per override). */
  overrides: EvidenceSpan[];
}

/** Sub-event types and their tallies, with the moves the codebook's overrides make between them. */
export class TypeScores {
  private readonly byType = new Map<string, Tally>();

  get(subEvent: string): Tally | undefined {
    return this.byType.get(subEvent);
  }

  has(subEvent: string): boolean {
    return this.byType.has(subEvent);
  }

  entries(): [string, Tally][] {
    return [...this.byType];
  }

  /** Counts a trigger word for a type, with the overrides that sent it there. */
  add(subEvent: string, weight: number, named: number, span: EvidenceSpan, overrides: readonly Rule[]): void {
    const tally = this.byType.get(subEvent) ?? { score: 0, named: 0, evidence: [], overrides: [] };
    tally.score += weight;
    tally.named += named;
    tally.evidence.push(span);
    for (const rule of overrides) credit(tally, rule, span);
    this.byType.set(subEvent, tally);
  }

  /** The codebook's combinations: one type's words count for another ("looted" in a protest makes it violent). */
  absorb(into: string, from: string, rule: Rule): void {
    const source = this.byType.get(from);
    if (!source) return;
    fired(rule);
    this.byType.delete(from);
    const target = this.byType.get(into);
    if (!target) {
      this.byType.set(into, source);
      credit(source, rule, source.evidence[0]);
      return;
    }
    target.score += source.score;
    target.named += source.named;
    target.evidence.push(...source.evidence);
    target.overrides.push(...source.overrides.filter((o) => !target.overrides.some((t) => t.rule === o.rule)));
    credit(target, rule, source.evidence[0]);
  }

  /** Adds one type's score to another's, which the rule chose over it. */
  lend(into: string, from: readonly string[], rule: Rule): void {
    const target = this.byType.get(into);
    const lenders = from.flatMap((name) => this.byType.get(name) ?? []);
    if (!target || lenders.length === 0) return;
    fired(rule);
    for (const lender of lenders) target.score += lender.score;
    credit(target, rule, lenders[0]?.evidence[0]);
  }

  /** Drops a type the rule rules out, crediting the types it leaves in the running (`favoured`). */
  drop(subEvent: string, rule: Rule, favoured: readonly string[] = []): void {
    const dropped = this.byType.get(subEvent);
    if (!dropped) return;
    fired(rule);
    this.byType.delete(subEvent);
    for (const name of favoured) {
      const tally = this.byType.get(name);
      if (tally) credit(tally, rule, dropped.evidence[0]);
    }
  }

  /** Drops a type with no rule to name: it was only ever a companion of another (a protest folded into a riot). */
  remove(subEvent: string): void {
    this.byType.delete(subEvent);
  }
}

/** Records that an override chose a type, at the words it acted on, once per override. */
function credit(tally: Tally, rule: Rule, span: EvidenceSpan | undefined): void {
  fired(rule);
  if (!span || tally.overrides.some((o) => o.rule === rule.id)) return;
  tally.overrides.push({ ...span, rule: rule.id });
}
