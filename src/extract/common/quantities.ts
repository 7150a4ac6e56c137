import { sentenceIndexAt } from "../../base/spans.js";
import type { CountedThing, QuantityMention, QuantityValue } from "../../model/mentions.js";
import type { ExtractContext } from "../types.js";
import { type NumberWords, parseNumberWord } from "./numbers.js";

/** How a figure's modifier bounds it: "at least 30" → open above; "up to 30" → at most; "fewer than 30" → below. */
export type ModifierKind = "open-above" | "up-to" | "below";

/** A language's words for counting people: the shared algorithm below reads figures with them. */
export interface QuantityLanguage {
  locale: string;
  numberWords: NumberWords;
  /** Named groups: modifier, rangeLow + rangeHigh, or low (+ high). */
  numberPhrase: RegExp;
  vaguePhrase: RegExp;
  uncountedDeaths: RegExp;
  modifiers: Record<string, ModifierKind>;
  counted: { counts: CountedThing; after: RegExp; before: RegExp }[];
  peopleNouns: RegExp;
  notACount: RegExp;
  /** Things, not people, right after a figure. */
  things: RegExp;
  /** Words in a figure's sentence that make it unverified or a party's claim. */
  hedged: RegExp;
  /** Where a clause that may tell background starts (", a week after", " as reprisal for"). */
  clauseBreak: RegExp;
  /**
   * A toll the source states as the figure to use ("Unknown number of fatalities coded as 10", "the death toll was
   * put at 12"): named groups toll, and where it is shared out, places (and days).
   */
  statedToll: RegExp;
  /** A headline's bare victim after a verb of killing ("Mob lynches man", "Militia kills village chief"), group person. */
  bareVictim: RegExp;
  /** Words just before a death word that deny it ("no casualties", "without causing any casualties"). */
  denied: RegExp;
  survived: RegExp;
  backgroundCues: { name: string; pattern: RegExp }[];
  /** Superlatives that rank an event against the past ("deadliest … since 2019"). */
  comparison: RegExp;
  /** Thousands separators a digit figure may use ("8,400", "8 400", "8.400"). */
  thousands: RegExp;
  /** One person named after "a"/"an" ("a teacher", "a soldier"): "killed a teacher" counts one. */
  singlePerson: RegExp;
  /** A clause set off by commas that names part of the count (", including eight fighters,"): read past it. */
  insertedPart: RegExp;
  /** Between two figures of one list ("14 women and one man"): the second counts what the first does. */
  listContinuation: RegExp;
}

const YEAR = /^(19|20)\d\d$/;
/** How long a sentence's own part must be before a clause break for the break to end it. */
const MAIN_CLAUSE = 30;
const RELATIVE_CLAUSE = /^\s+(?:\p{L}+\s+){1,2}(who|whose|qui|dont)\b/iu;

function countedBy(
  language: QuantityLanguage,
  context: ExtractContext,
  start: number,
  end: number,
  sentence: { start: number; end: number },
): CountedThing | null {
  // "ten people, including eight fighters, were killed": what the ten are is told after the inserted part.
  const after = context.text
    .slice(end, Math.min(sentence.end, end + 140))
    .replace(language.insertedPart, ",")
    .slice(0, 70);
  const before = context.text.slice(Math.max(sentence.start, start - 60), start);
  if (language.survived.test(after)) return "people";
  for (const group of language.counted) if (group.before.test(before)) return group.counts;
  // A counting word right after the figure says what it counts ("105 injuries and 52 deaths" are wounded); further
  // off, the first kind in the language's order ("one of the injured men died" died).
  const matches = language.counted.map((group) => ({ counts: group.counts, match: group.after.exec(after)?.[0] }));
  const adjacent = matches.find(({ match }) => match !== undefined && !/\s/.test(match.replace(/^[\s,]+/, "")));
  const first = adjacent ?? matches.find(({ match }) => match !== undefined);
  if (first) return first.counts;
  return language.peopleNouns.test(after) ? "people" : null;
}

/**
 * The background cue in a sentence, if any; a year is background only against a different publication year. `from`
 * is where the background part starts: 0 for the whole sentence, or the clause break before a cue that only closes
 * a sentence about the event ("killed four residents as reprisal for a death a few days earlier", "… in Kitui
 * County, a week after a similar attack").
 */
function backgroundCue(
  language: QuantityLanguage,
  sentence: string,
  publishedDay: string | null,
): { name: string; index: number; text: string; from: number } | null {
  const publishedYear = publishedDay?.slice(0, 4);
  for (const cue of language.backgroundCues) {
    const match = cue.pattern.exec(sentence);
    if (!match) continue;
    if (cue.name === "in-year" && (!publishedYear || match[0].endsWith(publishedYear))) continue;
    // "the deadliest strike since the war began": a comparison that ranks this event, not a figure about the past.
    if (
      cue.name === "since-year" &&
      language.comparison.test(sentence.slice(Math.max(0, match.index - 80), match.index))
    )
      continue;
    const breaks = [...sentence.slice(0, match.index).matchAll(language.clauseBreak)].map((b) => b.index ?? 0);
    const lastBreak = breaks.at(-1) ?? 0;
    return { name: cue.name, index: match.index, text: match[0], from: lastBreak >= MAIN_CLAUSE ? lastBreak : 0 };
  }
  return null;
}

export function isBackgroundSentence(
  language: QuantityLanguage,
  sentence: string,
  publishedDay: string | null,
): boolean {
  const cue = backgroundCue(language, sentence, publishedDay);
  return cue !== null && cue.from === 0;
}

/** The name of the cue that makes a sentence background ("other-event", "last-period", …), or null. */
export function backgroundCueName(
  language: QuantityLanguage,
  sentence: string,
  publishedDay: string | null,
): string | null {
  return backgroundCue(language, sentence, publishedDay)?.name ?? null;
}

function scopeOf(
  language: QuantityLanguage,
  context: ExtractContext,
  sentenceIndex: number,
  figureStart: number,
): Pick<QuantityValue, "scope" | "scope_evidence"> {
  const sentence = context.sentences[sentenceIndex];
  const cue = sentence ? backgroundCue(language, sentence.text, context.publishedDay) : null;
  if (!sentence || !cue || figureStart - sentence.start < cue.from) return { scope: "event" };
  const start = sentence.start + cue.index;
  return {
    scope: "background",
    scope_evidence: {
      start,
      end: start + cue.text.length,
      text: cue.text,
      rule: `${language.locale}/scope/${cue.name}`,
    },
  };
}

function numberOf(language: QuantityLanguage, phrase: string | undefined): number | null {
  if (!phrase) return null;
  if (language.thousands.test(phrase)) return Number(phrase.replace(/[^\d]/g, ""));
  return parseNumberWord(phrase.replace(",", "."), language.numberWords);
}

/** "more than 30" is coded 30, as ACLED and the news codebook do: the figure stated, open above. */
function bounds(
  kind: ModifierKind | undefined,
  low: number,
  high: number | null,
): { low: number; high: number | null } {
  if (kind === "open-above") return { low, high: null };
  if (kind === "up-to") return { low: 0, high: high ?? low };
  if (kind === "below") return { low: 0, high: low - 1 };
  return { low, high: high ?? low };
}

/**
 * Quantities of people with what they count (killed, wounded, missing, abducted, displaced, arrested) and their
 * scope: a figure in a sentence about last year, a decade or the whole country is background.
 * @example "at least 12 soldiers were killed" → { low: 12, high: null, counts: "killed", scope: "event" }
 */
export function extractQuantities(context: ExtractContext, language: QuantityLanguage): QuantityMention[] {
  const mentions: QuantityMention[] = [];
  const { text, sentences } = context;
  const sentenceOf = (start: number) => {
    const index = sentenceIndexAt(sentences, start);
    return { index, span: sentences[index] ?? { start: 0, end: text.length } };
  };
  for (const match of text.matchAll(language.numberPhrase)) {
    const groups = match.groups ?? {};
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const lowText = groups.rangeLow ?? groups.low;
    // "a" counts one only before a person it says was killed, hurt or taken ("killed a teacher"); else it is no figure.
    const single = /^(a|an|un|une|the)$/i.test(lowText ?? "");
    const low = single ? 1 : numberOf(language, lowText);
    const high = numberOf(language, groups.rangeHigh ?? groups.high);
    if (
      low === null ||
      (lowText && YEAR.test(lowText) && high === null) ||
      language.notACount.test(text.slice(end, end + 15)) ||
      (!single && language.things.test(text.slice(end, end + 15)))
    )
      continue;
    // (Tested first: "the" and "a" are everywhere, a person after them is rare.)
    if (single && !language.singlePerson.test(text.slice(end, end + 30))) continue;
    const { index, span } = sentenceOf(start);
    const harmedBefore =
      single &&
      language.counted.some((group) => group.before.test(text.slice(Math.max(span.start, start - 60), start)));
    // …and not "relatives of a man who died in custody": a person a relative clause describes is not the event's toll
    // ("killing the driver who works in currency exchange" is).
    if (single && RELATIVE_CLAUSE.test(text.slice(end, end + 40)) && !harmedBefore) continue;
    // ("killed the brother of the village chief": "the" counts one only right after a word of harm.)
    if (/^the$/i.test(lowText ?? "") && !harmedBefore) continue;
    const own = countedBy(language, context, start, end, span);
    const counts =
      own && own !== "people" ? own : (listedAfter(language, context, mentions.at(-1), start, index) ?? own);
    if (!counts || (single && !["killed", "wounded", "abducted"].includes(counts))) continue;
    const range = bounds(language.modifiers[groups.modifier?.toLowerCase() ?? ""], low, high);
    mentions.push({
      kind: "quantity",
      start,
      end,
      text: match[0],
      rule: `${language.locale}/quantity/${groups.rangeLow || groups.high ? "range" : groups.modifier ? "bounded-number" : "number"}`,
      confidence: counts === "people" ? 0.5 : 0.85,
      sentence: index,
      value: {
        low: range.low,
        high: range.high,
        vague: null,
        counts,
        ...scopeOf(language, context, index, start),
        ...(language.hedged.test(text.slice(span.start, span.end)) ? { hedged: true as const } : {}),
      },
    });
  }
  for (const match of text.matchAll(language.bareVictim)) {
    const person = match.groups?.person ?? "";
    const start = (match.index ?? 0) + match[0].length - person.length;
    if (mentions.some((m) => m.start < start + person.length && start < m.end)) continue;
    const oneKilled = { low: 1, high: 1, vague: null, counts: "killed" as const };
    mentions.push(toldCount(language, context, person, start, sentenceOf(start).index, "bare-victim", 0.7, oneKilled));
  }
  for (const match of text.matchAll(language.statedToll)) {
    const { toll, places, days } = match.groups ?? {};
    const total = numberOf(language, toll);
    if (total === null) continue;
    // ("coded as 10 and spread across three locations": each location's event gets its share.)
    const shares = (numberOf(language, places) ?? 1) * (numberOf(language, days) ?? 1);
    const start = match.index ?? 0;
    const end = start + match[0].length;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i] as QuantityMention;
      if (m.start < end && start < m.end) mentions.splice(i, 1);
    }
    const share = Math.round(total / Math.max(1, shares));
    const stated = { low: share, high: share, vague: null, counts: "killed" as const, stated: true as const };
    mentions.push(toldCount(language, context, match[0], start, sentenceOf(start).index, "stated-toll", 0.9, stated));
  }
  for (const match of text.matchAll(language.vaguePhrase)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (mentions.some((m) => m.start <= start && m.end >= end)) continue;
    const { index, span } = sentenceOf(start);
    const counts = countedBy(language, context, start, end, span);
    if (!counts || counts === "people") continue;
    mentions.push(toldCount(language, context, match[0], start, index, "vague-word", 0.6, unknown(match[0], counts)));
  }
  for (const match of text.matchAll(language.uncountedDeaths)) {
    const start = match.index ?? 0;
    if (mentions.some((m) => m.start < start + match[0].length && start < m.end)) continue;
    // ("No casualties reported": none, not an unknown number.)
    if (language.denied.test(text.slice(Math.max(0, start - 40), start))) continue;
    const deaths = unknown(match[0], "killed");
    mentions.push(
      toldCount(language, context, match[0], start, sentenceOf(start).index, "deaths-without-count", 0.6, deaths),
    );
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** "killing 14 women and one man": a figure listed right after another of its sentence counts the same thing. */
function listedAfter(
  language: QuantityLanguage,
  context: ExtractContext,
  previous: QuantityMention | undefined,
  start: number,
  sentence: number,
): CountedThing | null {
  if (!previous || previous.sentence !== sentence || previous.value.counts === "people") return null;
  return language.listContinuation.test(context.text.slice(previous.end, start)) ? previous.value.counts : null;
}

/**
 * A count told in words rather than a figure's: one killed in "Mob lynches man", the share of "fatalities coded as
 * 10", an unknown number in "dozens" or "mass graves". Its scope is that of its place in the sentence.
 */
function toldCount(
  language: QuantityLanguage,
  context: ExtractContext,
  text: string,
  start: number,
  sentence: number,
  rule: string,
  confidence: number,
  count: Omit<QuantityValue, "scope" | "scope_evidence">,
): QuantityMention {
  return {
    kind: "quantity",
    start,
    end: start + text.length,
    text,
    rule: `${language.locale}/quantity/${rule}`,
    confidence,
    sentence,
    value: { ...count, ...scopeOf(language, context, sentence, start) },
  };
}

/** A count the words leave unknown ("dozens", "mass graves"), with those words. */
function unknown(text: string, counts: CountedThing): Omit<QuantityValue, "scope" | "scope_evidence"> {
  return { low: null, high: null, vague: text.toLowerCase(), counts };
}
