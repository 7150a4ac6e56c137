import { parseNumberWord } from "../../../common/numbers.js";
import { sentenceIndexAt } from "../../../common/spans.js";
import type { CountedThing, ExtractContext, QuantityMention, QuantityValue } from "../../../types.js";
import {
  BACKGROUND_CUES,
  COUNTED_WORDS,
  EN_NUMBER_WORDS,
  NOT_A_COUNT,
  PEOPLE_NOUNS,
  VAGUE_QUANTITIES,
} from "./words.js";

const MODIFIER = String.raw`(?<modifier>at least|more than|over|nearly|almost|about|around|some|up to|as many as|at most|fewer than|less than|approximately|roughly|an estimated|close to|upwards of)\s+`;
const WORD_NUMBER = String.raw`(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen)(?:[\s-](?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|million|dozen))*)`;
const DIGIT_NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:hundred|thousand|million))?`;
const ONE_NUMBER = `(?:${DIGIT_NUMBER}|${WORD_NUMBER})`;
// "between 100 and 150", "100 to 150", "100-150", "at least 30", "8,400", "two million", "a dozen"
const NUMBER_PHRASE = new RegExp(
  String.raw`(?<![\p{L}\d,.])(?:${MODIFIER})?(?:between\s+(?<rangeLow>${ONE_NUMBER})\s+and\s+(?<rangeHigh>${ONE_NUMBER})|(?<low>${ONE_NUMBER})(?:\s*(?:-|–|to|or)\s*(?<high>${ONE_NUMBER}))?)(?![\p{L}\d])`,
  "giu",
);
const VAGUE_PHRASE = new RegExp(
  String.raw`\b(?<vague>${Object.keys(VAGUE_QUANTITIES)
    .sort((a, b) => b.length - a.length)
    .join("|")})\b`,
  "gi",
);
const UNCOUNTED_DEATHS =
  /\b(mass graves?|bodies (?:were|have been|had been) (?:found|recovered|discovered)|(?:many|several|numerous|dozens of|scores of|hundreds of) (?:people |civilians |soldiers )?(?:were |have been )?(?:killed|dead)|heavy casualties|casualties|death toll (?:is|was|remains) unknown)\b/gi;
const YEAR = /^(19|20)\d\d$/;

function countedBy(
  context: ExtractContext,
  start: number,
  end: number,
  sentenceEnd: number,
  sentenceStart: number,
): CountedThing | null {
  const after = context.text.slice(end, Math.min(sentenceEnd, end + 70));
  const before = context.text.slice(Math.max(sentenceStart, start - 60), start);
  for (const group of COUNTED_WORDS) if (group.before.test(before)) return group.counts;
  for (const group of COUNTED_WORDS) if (group.after.test(after)) return group.counts;
  return PEOPLE_NOUNS.test(after) ? "people" : null;
}

/** The background cue in a sentence, if any; a year is background only when it is not the publication year. */
function backgroundCue(
  sentence: string,
  publishedDay: string | null,
): { name: string; index: number; text: string } | null {
  const publishedYear = publishedDay?.slice(0, 4);
  for (const cue of BACKGROUND_CUES) {
    const match = cue.pattern.exec(sentence);
    if (!match) continue;
    // A year is another time only against a known publication year.
    if (cue.name === "in-year" && (!publishedYear || match[0].endsWith(publishedYear))) continue;
    return { name: cue.name, index: match.index, text: match[0] };
  }
  return null;
}

export function isBackgroundSentence(sentence: string, publishedDay: string | null): boolean {
  return backgroundCue(sentence, publishedDay) !== null;
}

function scopeOf(context: ExtractContext, sentenceIndex: number): Pick<QuantityValue, "scope" | "scope_evidence"> {
  const sentence = context.sentences[sentenceIndex];
  const cue = sentence ? backgroundCue(sentence.text, context.publishedDay) : null;
  if (!sentence || !cue) return { scope: "event" };
  const start = sentence.start + cue.index;
  return {
    scope: "background",
    scope_evidence: { start, end: start + cue.text.length, text: cue.text, rule: `en/scope/${cue.name}` },
  };
}

function numberOf(phrase: string | undefined): number | null {
  if (!phrase) return null;
  return /^\d{1,3}(,\d{3})+$/.test(phrase)
    ? Number(phrase.replace(/,/g, ""))
    : parseNumberWord(phrase, EN_NUMBER_WORDS);
}

/** Applies "at least", "more than", "up to" to a figure: the low and high ends it supports. */
function bounds(modifier: string | undefined, low: number, high: number | null): { low: number; high: number | null } {
  const m = modifier?.toLowerCase();
  // "more than 30" is coded 30, as ACLED and the news codebook do: the figure stated, open above.
  if (m === "more than" || m === "over" || m === "upwards of" || m === "at least") return { low, high: null };
  if (m === "up to" || m === "at most" || m === "as many as") return { low: 0, high: high ?? low };
  if (m === "fewer than" || m === "less than") return { low: 0, high: low - 1 };
  return { low, high: high ?? low };
}

/**
 * English quantities of people with what they count (killed, wounded, missing, abducted, displaced, arrested)
 * and their scope: a figure in a sentence about last year, a decade or the whole country is background.
 * @example "at least 12 soldiers were killed" → { low: 12, high: null, counts: "killed", scope: "event" }
 */
export function extractQuantities(context: ExtractContext): QuantityMention[] {
  const mentions: QuantityMention[] = [];
  const { text, sentences } = context;
  for (const match of text.matchAll(NUMBER_PHRASE)) {
    const groups = match.groups ?? {};
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const lowText = groups.rangeLow ?? groups.low;
    const low = numberOf(lowText);
    const high = numberOf(groups.rangeHigh ?? groups.high);
    if (low === null || (lowText && YEAR.test(lowText) && high === null) || NOT_A_COUNT.test(text.slice(end, end + 15)))
      continue;
    if (/^(a|an)$/i.test(lowText ?? "")) continue; // "a" alone counts nothing worth a mention
    const sentenceIndex = sentenceIndexAt(sentences, start);
    const sentence = sentences[sentenceIndex] ?? { start: 0, end: text.length };
    const counts = countedBy(context, start, end, sentence.end, sentence.start);
    if (!counts) continue;
    const range = bounds(groups.modifier, low, high);
    mentions.push({
      kind: "quantity",
      start,
      end,
      text: match[0],
      rule: `en/quantity/${groups.rangeLow || groups.high ? "range" : groups.modifier ? "bounded-number" : "number"}`,
      confidence: counts === "people" ? 0.5 : 0.85,
      sentence: sentenceIndex,
      value: { low: range.low, high: range.high, vague: null, counts, ...scopeOf(context, sentenceIndex) },
    });
  }
  for (const match of text.matchAll(VAGUE_PHRASE)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (mentions.some((m) => m.start <= start && m.end >= end)) continue;
    const sentenceIndex = sentenceIndexAt(sentences, start);
    const sentence = sentences[sentenceIndex] ?? { start: 0, end: text.length };
    const counts = countedBy(context, start, end, sentence.end, sentence.start);
    if (!counts || counts === "people") continue;
    mentions.push({
      kind: "quantity",
      start,
      end,
      text: match[0],
      rule: "en/quantity/vague-word",
      confidence: 0.6,
      sentence: sentenceIndex,
      value: { low: null, high: null, vague: match[0].toLowerCase(), counts, ...scopeOf(context, sentenceIndex) },
    });
  }
  for (const match of text.matchAll(UNCOUNTED_DEATHS)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (mentions.some((m) => m.start < end && start < m.end)) continue;
    const sentenceIndex = sentenceIndexAt(sentences, start);
    mentions.push({
      kind: "quantity",
      start,
      end,
      text: match[0],
      rule: "en/quantity/deaths-without-count",
      confidence: 0.6,
      sentence: sentenceIndex,
      value: {
        low: null,
        high: null,
        vague: match[0].toLowerCase(),
        counts: "killed",
        ...scopeOf(context, sentenceIndex),
      },
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}
