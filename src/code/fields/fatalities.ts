import type { ExtractContext, QuantityMention } from "../../extract/types.js";
import type { EvidenceSpan } from "../../model/index.js";
import { evidenceOf } from "../evidence.js";

export interface Fatalities {
  fatalities: number | null;
  low: number | null;
  high: number | null;
  evidence: EvidenceSpan[];
}

/**
 * Killed figures about this event (never background scope): within a sentence, figures joined by "and" add up;
 * across sentences the highest stands (later reports raise tolls). Counts given only in words ("mass graves",
 * "dozens") leave the number unknown, with their words as evidence. With no death mentioned at all, 0.
 */
export function countFatalities(context: ExtractContext, quantities: QuantityMention[]): Fatalities {
  const deaths = quantities.filter((q) => q.value.counts === "killed" && q.value.scope === "event");
  const counted = deaths.filter((q) => q.value.low !== null);
  const evidence = deaths.map(evidenceOf);
  if (counted.length === 0) return { fatalities: deaths.length ? null : 0, low: null, high: null, evidence };
  const bySentence = new Map<number, QuantityMention[]>();
  for (const q of counted) bySentence.set(q.sentence, [...(bySentence.get(q.sentence) ?? []), q]);
  let best = 0;
  let low = Number.POSITIVE_INFINITY;
  let high: number | null = 0;
  for (const group of bySentence.values()) {
    let total = group[0]?.value.low ?? 0;
    let totalHigh: number | null = group[0]?.value.high ?? null;
    for (let i = 1; i < group.length; i++) {
      const [previous, current] = [group[i - 1] as QuantityMention, group[i] as QuantityMention];
      const between = context.text.slice(previous.end, current.start);
      // "12 soldiers and 3 civilians were killed" adds up; "20 killed, including 5 children" does not.
      const joined =
        between.length < 40 && /\band\s*$/i.test(between) && !/including|among them|of whom|of them/i.test(between);
      if (joined) {
        total += current.value.low ?? 0;
        totalHigh = totalHigh === null || current.value.high === null ? null : totalHigh + current.value.high;
      } else if ((current.value.low ?? 0) > total) {
        total = current.value.low ?? 0;
        totalHigh = current.value.high;
      }
    }
    best = Math.max(best, total);
    low = Math.min(low, total);
    high = high === null || totalHigh === null ? null : Math.max(high, totalHigh);
  }
  return { fatalities: best, low, high, evidence };
}
