import { fired, matches } from "../../base/trace.js";
import type { ExtractContext } from "../../extract/types.js";
import type { EvidenceSpan } from "../../model/index.js";
import type { QuantityMention } from "../../model/mentions.js";
import { evidenceOf } from "../evidence.js";
import type { FieldWords } from "../locales/field-words.js";

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
export function countFatalities(context: ExtractContext, words: FieldWords, quantities: QuantityMention[]): Fatalities {
  const deaths = quantities.filter((q) => q.value.counts === "killed" && q.value.scope === "event");
  const evidence = deaths.map(evidenceOf);
  // ("Several fatalities coded as 3": the figure the source says to use stands.)
  const stated = deaths.filter((q) => q.value.stated).at(-1)?.value.low;
  if (stated !== undefined && stated !== null) return { fatalities: stated, low: stated, high: stated, evidence };
  // (A toll told plainly wins over one told as unverified or as a party's claim.)
  const figures = deaths.filter((q) => q.value.low !== null);
  const plain = figures.filter((q) => !q.value.hedged);
  // (Figures only ever told as unverified confirm no death: ACLED codes the most conservative report. A party's
  // claim alone stands.)
  if (plain.length === 0 && figures.length > 0 && figures.every((q) => q.value.hedged === "unverified")) {
    const high = Math.max(...figures.map((q) => q.value.high ?? q.value.low ?? 0));
    return { fatalities: 0, low: 0, high, evidence };
  }
  const counted = plain.length > 0 ? plain : figures;
  if (counted.length === 0) return { fatalities: deaths.length ? null : 0, low: null, high: null, evidence };
  const bySentence = new Map<number, QuantityMention[]>();
  for (const q of counted) bySentence.set(q.sentence, [...(bySentence.get(q.sentence) ?? []), q]);
  const totals = [...bySentence.values()].map((group) => sentenceToll(context, words, group));
  return spreadOf(totals, counted, evidence);
}

type Toll = { total: number; high: number | null };

/**
 * One sentence's toll: figures joined by "and" add up ("12 soldiers and 3 civilians were killed"), others do not
 * ("20 killed, including 5 children"): the highest stands.
 */
function sentenceToll(context: ExtractContext, words: FieldWords, group: QuantityMention[]): Toll {
  let total = group[0]?.value.low ?? 0;
  let totalHigh: number | null = group[0]?.value.high ?? null;
  for (let i = 1; i < group.length; i++) {
    const [previous, current] = [group[i - 1] as QuantityMention, group[i] as QuantityMention];
    const between = context.text.slice(previous.end, current.start);
    if (between.length < 40 && joined(words, between)) {
      total += current.value.low ?? 0;
      totalHigh = totalHigh === null || current.value.high === null ? null : totalHigh + current.value.high;
    } else if ((current.value.low ?? 0) > total) {
      total = current.value.low ?? 0;
      totalHigh = current.value.high;
    }
  }
  return { total, high: totalHigh };
}

/** Whether the words between two figures add them up: "and", but not "including … and". */
function joined(words: FieldWords, between: string): boolean {
  words.figuresJoined.pattern.lastIndex = 0;
  if (!words.figuresJoined.pattern.test(between) || matches(words.figuresIncluded, between)) return false;
  fired(words.figuresJoined);
  return true;
}

/** The event's fatalities and their spread among the sentences' tolls. */
function spreadOf(totals: Toll[], counted: QuantityMention[], evidence: EvidenceSpan[]): Fatalities {
  const best = Math.max(...totals.map((t) => t.total));
  // Other tolls of the same event ("45" in one line, "56" in another) set the spread; a figure well under the
  // highest is a subset ("six railway employees were among the dead", "12 died at the scene"), not another count.
  // Figures that add up to the highest are its parts ("12 died at the scene … three others died later").
  // (The other part may be a figure of the same sentence: "52 deaths, while Sawaeed Hospital received … two deaths".)
  const lows = counted.map((q) => q.value.low ?? 0);
  const part = (t: { total: number }) =>
    t.total < best &&
    (totals.some((u) => u !== t && u.total < best && t.total + u.total === best) ||
      lows.some((f) => f < best && f !== t.total && t.total + f === best));
  const tolls = totals.filter((t) => t.total >= best * 0.75 && !part(t));
  const low = Math.min(...tolls.map((t) => t.total));
  const high = tolls.some((t) => t.high === null) ? null : Math.max(...tolls.map((t) => t.high ?? 0));
  return { fatalities: best, low, high, evidence };
}
