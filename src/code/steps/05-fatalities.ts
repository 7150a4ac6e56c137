import { testRule } from "../../base/quick-test.js";
import type { Rule } from "../../base/rule.js";
import { fired } from "../../base/trace.js";
import { countFatalities, type Fatalities } from "../fields/fatalities.js";
import type { TypeStep } from "./01-type.js";
import { type CodingInput, type EventScope, startsWithin } from "./input.js";

export const KILLING_WITHOUT_FIGURE = {
  id: "code/fatalities/killing-without-figure",
  kind: "override",
  description: "A killing the event's type rests on, told with no figure, leaves the toll unknown rather than 0.",
  examples: [
    "Soldiers detained two herders near Mopti on Sunday and executed them.",
    "Jihadists abducted several villagers near Djibo on Monday and killed them.",
  ],
  counterexamples: [
    "Soldiers detained two herders near Mopti on Sunday.",
    "Soldiers detained two herders near Mopti on Sunday and executed them. Fatalities coded as 0.",
  ],
} as const satisfies Rule;

/**
 * Step 5, the fatalities (`countFatalities`): only figures in the event's own sentences (tolls elsewhere in a page
 * are often other events' or furniture), but deaths without a number ("mass graves") may count from a few sentences
 * later, where they are often told. Not the deaths a protest is about ("against those responsible for the shooting
 * that killed 7 people").
 */
export function codeFatalities(input: CodingInput, scope: EventScope, type: TypeStep): Fatalities {
  const { anchor, core, elsewhere } = scope;
  const counted = countFatalities(
    input.context,
    input.words,
    input.quantities.filter(
      (q) =>
        !startsWithin(input.grievances, q) &&
        (core.includes(q.sentence) ||
          (q.value.low === null &&
            !input.background.has(q.sentence) &&
            !elsewhere.has(q.sentence) &&
            q.sentence - anchor <= 6 &&
            q.sentence > anchor)),
    ),
  );
  // (A toll told as 0, a share of one split over many events among them, stands.)
  if (counted.fatalities !== 0 || counted.low === 0) return counted;
  // "detained two herders and executed them": a killing the event's type rests on, with no figure, is a toll unknown.
  const killing = type.decision.evidence.find((e) => testRule(input.language.killing, e.text));
  if (!killing) return counted;
  fired(KILLING_WITHOUT_FIGURE);
  return { ...counted, fatalities: null, evidence: [{ ...killing, rule: KILLING_WITHOUT_FIGURE.id }] };
}

export const FATALITIES_RULES: readonly Rule[] = [KILLING_WITHOUT_FIGURE];
