import { prefilterOf } from "../../base/literal-prefilter.js";
import { everyMatch, firstMatch, quickOf, testRule } from "../../base/quick-test.js";
import type { PatternRule, Rule } from "../../base/rule.js";
import { sentenceIndexAt } from "../../base/spans.js";
import { fired, matches } from "../../base/trace.js";
import type { CountedThing, QuantityMention, QuantityValue } from "../../model/mentions.js";
import type { ExtractContext } from "../types.js";
import { type NumberWords, parseNumberWord } from "./numbers.js";

/** How a figure's modifier bounds it: "at least 30" → open above; "up to 30" → at most; "fewer than 30" → below. */
export type ModifierKind = "open-above" | "up-to" | "below";

/** Words after or before a figure that say what it counts ("12 people were killed", "killing 12"). */
export interface CountedRule extends Rule {
  readonly counts: CountedThing;
  readonly after: RegExp;
  readonly before: RegExp;
}

/** A cue that puts a sentence's figures in the background ("last year", "since 2015", "nationwide"). */
export interface ScopeCue extends PatternRule {
  /** "in 2020": background only when the year is not the publication year. */
  readonly otherYearOnly?: boolean;
  /** "since 2019": not background after a comparison that ranks the event ("the deadliest … since 2019"). */
  readonly rankable?: boolean;
  /** "in a separate attack": the toll of another event, which coding may tell apart (`SentenceFacts.otherEvent`). */
  readonly otherEvent?: boolean;
}

/** A language's rules for counting people: the shared algorithm below reads figures with them. */
export interface QuantityRules {
  /** A figure: named groups modifier, rangeLow + rangeHigh, or low (+ high). Emitted when bare ("12 soldiers"). */
  number: PatternRule;
  /** A figure with a modifier ("at least 30"). */
  boundedNumber: Rule;
  /** Two figures that bound a count ("between 100 and 150", "100-150"). */
  range: Rule;
  /** Counts given in words with no number ("dozens", "a number of"). */
  vagueWord: PatternRule;
  /** Deaths told without a count ("mass graves", "heavy casualties"). */
  deathsWithoutCount: PatternRule;
  /**
   * A toll the source states as the figure to use ("Unknown number of fatalities coded as 10", "the death toll was
   * put at 12"): named groups toll, and where it is shared out, places (and days).
   */
  statedToll: PatternRule;
  /** "Fatalities split between 2 events": each event's share of the toll told before it (ACLED's notes). */
  splitToll?: PatternRule;
  /** A headline's bare victim after a verb of killing ("Mob lynches man"), group person. */
  bareVictim: PatternRule;
  /** One person killed told without a figure ("a judge was shot dead", "killed him"): counted where no figure is. */
  oneVictim: readonly PatternRule[];
  /** What follows a figure that is no count of people (distances, durations, money). */
  notACount: PatternRule;
  /** Things, not people, right after a figure ("ten bags of rice"). */
  things: PatternRule;
  /** One person named after "a"/"an" ("killed a teacher" counts one). */
  singlePerson: PatternRule;
  /** A person a relative clause describes ("relatives of a man who died") is no toll. */
  relativeClause: PatternRule;
  /** Words just before a death word that deny it ("no casualties"). */
  denied: PatternRule;
  /** After a count, words that say those people lived ("11 journalists narrowly escaped"). */
  survived: PatternRule;
  /** Words that make a figure unverified ("unconfirmed", "some reports state"). */
  unverified: PatternRule;
  /** Words that make a figure a party's claim ("claimed to have killed"). */
  hedged: PatternRule;
  /** Superlatives that rank an event against the past ("deadliest … since 2019"). */
  comparison: PatternRule;
  /** What figures count, in order: the first group that matches wins. */
  counted: readonly CountedRule[];
  backgroundCues: readonly ScopeCue[];
}

/** A language's words for counting people. */
export interface QuantityLanguage {
  numberWords: NumberWords;
  rules: QuantityRules;
  modifiers: Record<string, ModifierKind>;
  /** Words that stand for one ("a", "an", "the"; "un", "une"), counted only before a person harmed. */
  single: RegExp;
  /** "the", which counts one only right after a word of harm ("killed the brother of the chief"). */
  definite: RegExp;
  /** Nouns of people: a bare figure before one is a count of people even with no verb ("12 soldiers"). */
  peopleNouns: RegExp;
  /** Where a clause that may tell background starts (", a week after", " as reprisal for"). */
  clauseBreak: RegExp;
  /** Thousands separators a digit figure may use ("8,400", "8 400", "8.400"). */
  thousands: RegExp;
  /** A clause set off by commas that names part of the count (", including eight fighters,"): read past it. */
  insertedPart: RegExp;
  /** Between two figures of one list ("14 women and one man"): the second counts what the first does. */
  listContinuation: RegExp;
}

const YEAR = /^(19|20)\d\d$/;
const SPACE = /\s/;
const LEADING_SPACE_OR_COMMA = /^[\s,]+/;
const NOT_A_DIGIT = /[^\d]/g;
/** How long a sentence's own part must be before a clause break for the break to end it. */
const MAIN_CLAUSE = 30;
/** What "a" or "the" may count: one person killed, hurt or taken. */
const COUNTED_ONE: readonly CountedThing[] = ["killed", "wounded", "abducted"];

type Span = { start: number; end: number };
type Count = Omit<QuantityValue, "scope" | "scope_evidence">;

function countedBy(
  language: QuantityLanguage,
  text: string,
  start: number,
  end: number,
  sentence: Span,
): CountedThing | null {
  const { rules } = language;
  // "ten people, including eight fighters, were killed": what the ten are is told after the inserted part.
  const after = text
    .slice(end, Math.min(sentence.end, end + 140))
    .replace(language.insertedPart, ",")
    .slice(0, 70);
  const before = text.slice(Math.max(sentence.start, start - 60), start);
  if (matches(rules.survived, after)) return "people";
  for (const group of rules.counted)
    if (firstMatch(quickOf(group.before), before) !== null) {
      fired(group);
      return group.counts;
    }
  // A counting word right after the figure says what it counts ("105 injuries and 52 deaths" are wounded); further
  // off, the first kind in the language's order ("one of the injured men died" died).
  const found = rules.counted.map((group) => ({ group, match: group.after.exec(after)?.[0] }));
  const adjacent = found.find(
    ({ match }) => match !== undefined && !SPACE.test(match.replace(LEADING_SPACE_OR_COMMA, "")),
  );
  const first = adjacent ?? found.find(({ match }) => match !== undefined);
  if (first) {
    fired(first.group);
    return first.group.counts;
  }
  return language.peopleNouns.test(after) ? "people" : null;
}

/**
 * The background cue in a sentence, if any; a year is background only against a different publication year. `from`
 * is where the background part starts: 0 for the whole sentence, or the clause break before a cue that only closes
 * a sentence about the event ("killed four residents as reprisal for a death a few days earlier", "… in Kitui
 * County, a week after a similar attack").
 */
type BackgroundCue = { cue: ScopeCue; index: number; text: string; from: number };

/**
 * The figures of a sentence and the sentence itself ask for its background cue: the last sentences' answers are kept
 * (a dozen cue patterns over every sentence is the mention stage's costliest scan after the gazetteer's).
 */
const recentCues = new Map<string, BackgroundCue | null>();

function backgroundCue(
  language: QuantityLanguage,
  sentence: string,
  publishedDay: string | null,
): BackgroundCue | null {
  // (The same sentence asked again, as each of its figures does, is known without building a key as long as it.)
  const last = lastCue;
  if (last && last.sentence === sentence && last.language === language && last.publishedDay === publishedDay) {
    if (last.found) fired(last.found.cue);
    return last.found;
  }
  const key = `${language.rules.backgroundCues[0]?.id}\u0000${publishedDay}\u0000${sentence}`;
  lastCue = { language, sentence, publishedDay, found: lookUpCue(language, sentence, publishedDay, key) };
  return lastCue.found;
}

let lastCue: {
  language: QuantityLanguage;
  sentence: string;
  publishedDay: string | null;
  found: BackgroundCue | null;
} | null = null;

function lookUpCue(
  language: QuantityLanguage,
  sentence: string,
  publishedDay: string | null,
  key: string,
): BackgroundCue | null {
  if (recentCues.has(key)) {
    const known = recentCues.get(key) ?? null;
    if (known) fired(known.cue);
    return known;
  }
  if (recentCues.size > 256) recentCues.clear();
  const found = findBackgroundCue(language, sentence, publishedDay);
  recentCues.set(key, found);
  return found;
}

function findBackgroundCue(
  language: QuantityLanguage,
  sentence: string,
  publishedDay: string | null,
): BackgroundCue | null {
  const publishedYear = publishedDay?.slice(0, 4);
  const cues = language.rules.backgroundCues;
  const may = prefilterOf(cues, (cue) => [cue.pattern])?.mayMatch(sentence);
  for (const [i, cue] of cues.entries()) {
    if (may && !may[i]) continue;
    const match = firstMatch(quickOf(cue.pattern), sentence);
    if (!match) continue;
    if (cue.otherYearOnly && (!publishedYear || match[0].endsWith(publishedYear))) continue;
    // "the deadliest strike since the war began": a comparison that ranks this event, not a figure about the past.
    if (cue.rankable && matches(language.rules.comparison, sentence.slice(Math.max(0, match.index - 80), match.index)))
      continue;
    const breaks = [...sentence.slice(0, match.index).matchAll(language.clauseBreak)].map((b) => b.index ?? 0);
    const lastBreak = breaks.at(-1) ?? 0;
    fired(cue);
    return { cue, index: match.index, text: match[0], from: lastBreak >= MAIN_CLAUSE ? lastBreak : 0 };
  }
  return null;
}

/**
 * The background cue a sentence holds, if any: whether it tells another event ("in a separate attack") and whether
 * it makes the whole sentence background (from its first word) rather than a closing clause.
 */
export function sentenceBackground(
  language: QuantityLanguage,
  sentence: string,
  publishedDay: string | null,
): { otherEvent: boolean; whole: boolean } | null {
  const found = backgroundCue(language, sentence, publishedDay);
  if (!found) return null;
  return { otherEvent: found.cue.otherEvent === true, whole: found.from === 0 };
}

function scopeOf(
  language: QuantityLanguage,
  context: ExtractContext,
  sentenceIndex: number,
  figureStart: number,
): Pick<QuantityValue, "scope" | "scope_evidence"> {
  const sentence = context.sentences[sentenceIndex];
  const found = sentence ? backgroundCue(language, sentence.text, context.publishedDay) : null;
  if (!sentence || !found || figureStart - sentence.start < found.from) return { scope: "event" };
  const start = sentence.start + found.index;
  return {
    scope: "background",
    scope_evidence: { start, end: start + found.text.length, text: found.text, rule: found.cue.id },
  };
}

function numberOf(language: QuantityLanguage, phrase: string | undefined): number | null {
  if (!phrase) return null;
  if (language.thousands.test(phrase)) return Number(phrase.replace(NOT_A_DIGIT, ""));
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

/** Where a mention is: its sentence's index and span. */
type Locate = (start: number) => { index: number; span: Span };

/**
 * Quantities of people with what they count (killed, wounded, missing, abducted, displaced, arrested) and their
 * scope: a figure in a sentence about last year, a decade or the whole country is background.
 * @example "at least 12 soldiers were killed" → { low: 12, high: null, counts: "killed", scope: "event" }
 */
export function extractQuantities(context: ExtractContext, language: QuantityLanguage): QuantityMention[] {
  const mentions: QuantityMention[] = [];
  const { text, sentences } = context;
  const locate: Locate = (start) => {
    const index = sentenceIndexAt(sentences, start);
    return { index, span: sentences[index] ?? { start: 0, end: text.length } };
  };
  for (const match of text.matchAll(language.rules.number.pattern)) {
    const figure = figureMention(language, context, match, locate, mentions.at(-1));
    if (figure) mentions.push(figure);
  }
  addBareVictims(language, context, locate, mentions);
  addOneVictims(language, context, locate, mentions);
  addStatedTolls(language, context, locate, mentions);
  addSplitTolls(language, context, locate, mentions);
  addVagueCounts(language, context, locate, mentions);
  addUncountedDeaths(language, context, locate, mentions);
  return mentions.sort((a, b) => a.start - b.start);
}

/** A figure's mention ("at least 12 soldiers were killed"), or null when it counts no people harmed. */
function figureMention(
  language: QuantityLanguage,
  context: ExtractContext,
  match: RegExpExecArray,
  locate: Locate,
  previous: QuantityMention | undefined,
): QuantityMention | null {
  const { rules } = language;
  const groups = match.groups ?? {};
  const start = match.index ?? 0;
  const end = start + match[0].length;
  const lowText = groups.rangeLow ?? groups.low;
  // "a" counts one only before a person it says was killed, hurt or taken ("killed a teacher"); else it is no figure.
  const single = language.single.test(lowText ?? "");
  const low = single ? 1 : numberOf(language, lowText);
  const high = numberOf(language, groups.rangeHigh ?? groups.high);
  if (low === null || notAFigure(language, context.text, end, lowText, high, single)) return null;
  const { index, span } = locate(start);
  if (single && !countsOne(language, context.text, start, end, span, lowText ?? "")) return null;
  const own = countedBy(language, context.text, start, end, span);
  const counts = own && own !== "people" ? own : (listedAfter(language, context, previous, start, index) ?? own);
  if (!counts || (single && !COUNTED_ONE.includes(counts))) return null;
  const range = bounds(language.modifiers[groups.modifier?.toLowerCase() ?? ""], low, high);
  const rule = groups.rangeLow || groups.high ? rules.range : groups.modifier ? rules.boundedNumber : rules.number;
  return {
    kind: "quantity",
    start,
    end,
    text: match[0],
    rule: rule.id,
    confidence: counts === "people" ? 0.5 : 0.85,
    sentence: index,
    value: {
      low: range.low,
      high: range.high,
      vague: null,
      counts,
      ...scopeOf(language, context, index, start),
      ...withHedge(hedgeOf(language, context.text, span)),
    },
  };
}

const withHedge = (hedged: QuantityValue["hedged"] | null) => (hedged ? { hedged } : {});

/** How a sentence hedges its figures, asked once per sentence (each figure of a 2,000-character sentence asked anew). */
const hedgedSpans = new WeakMap<Span, QuantityValue["hedged"] | null>();

function hedgeOf(language: QuantityLanguage, text: string, span: Span): QuantityValue["hedged"] | null {
  const known = hedgedSpans.get(span);
  if (known !== undefined) {
    if (known) fired(known === "unverified" ? language.rules.unverified : language.rules.hedged);
    return known;
  }
  const sentence = text.slice(span.start, span.end);
  const hedge = testRule(language.rules.unverified, sentence)
    ? "unverified"
    : testRule(language.rules.hedged, sentence)
      ? "claim"
      : null;
  hedgedSpans.set(span, hedge);
  return hedge;
}

/** A year ("in 2019"), a distance or duration ("60 km", "3 days"), things ("ten bags"): no count of people. */
function notAFigure(
  language: QuantityLanguage,
  text: string,
  end: number,
  lowText: string | undefined,
  high: number | null,
  single: boolean,
): boolean {
  const next = text.slice(end, end + 15);
  return (
    (lowText !== undefined && YEAR.test(lowText) && high === null) ||
    matches(language.rules.notACount, next) ||
    (!single && matches(language.rules.things, next))
  );
}

/** "killed a teacher", "killing the driver who…": "a" or "the" that stands for one person harmed. */
function countsOne(
  language: QuantityLanguage,
  text: string,
  start: number,
  end: number,
  span: Span,
  word: string,
): boolean {
  const { rules } = language;
  // (Tested first: "the" and "a" are everywhere, a person after them is rare.)
  if (!matches(rules.singlePerson, text.slice(end, end + 30))) return false;
  const before = text.slice(Math.max(span.start, start - 60), start);
  const harmedBefore = rules.counted.some((group) => firstMatch(quickOf(group.before), before) !== null);
  // …and not "relatives of a man who died in custody": a person a relative clause describes is not the event's toll
  // ("killing the driver who works in currency exchange" is).
  if (!harmedBefore && matches(rules.relativeClause, text.slice(end, end + 40))) return false;
  // ("killed the brother of the village chief": "the" counts one only right after a word of harm.)
  return harmedBefore || !language.definite.test(word);
}

/** Headlines drop the article: "Mob lynches man" counts one killed. */
function addBareVictims(
  language: QuantityLanguage,
  context: ExtractContext,
  locate: Locate,
  mentions: QuantityMention[],
): void {
  for (const match of everyMatch(quickOf(language.rules.bareVictim.pattern), context.text)) {
    const person = match.groups?.person ?? "";
    const start = (match.index ?? 0) + match[0].length - person.length;
    if (mentions.some((m) => m.start < start + person.length && start < m.end)) continue;
    const oneKilled = { low: 1, high: 1, vague: null, counts: "killed" as const };
    mentions.push(
      toldCount(language, context, person, start, locate(start).index, language.rules.bareVictim, 0.7, oneKilled),
    );
  }
}

/**
 * "A judge was shot dead", "… and killed him": one killed, in a sentence whose figures count no one killed yet (in "a
 * teacher was killed" the "a" already counts the teacher).
 */
function addOneVictims(
  language: QuantityLanguage,
  context: ExtractContext,
  locate: Locate,
  mentions: QuantityMention[],
): void {
  const counted = new Set(mentions.filter((m) => m.value.counts === "killed").map((m) => m.sentence));
  for (const rule of language.rules.oneVictim)
    for (const match of everyMatch(quickOf(rule.pattern), context.text)) {
      const start = match.index ?? 0;
      const sentence = locate(start).index;
      if (counted.has(sentence)) continue;
      const oneKilled = { low: 1, high: 1, vague: null, counts: "killed" as const };
      mentions.push(toldCount(language, context, match[0], start, sentence, rule, 0.6, oneKilled));
      counted.add(sentence);
    }
}

/** "fatalities coded as 10": the stated toll replaces the figures inside it, shared out over places and days. */
function addStatedTolls(
  language: QuantityLanguage,
  context: ExtractContext,
  locate: Locate,
  mentions: QuantityMention[],
): void {
  for (const match of everyMatch(quickOf(language.rules.statedToll.pattern), context.text)) {
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
    const rule = language.rules.statedToll;
    mentions.push(toldCount(language, context, match[0], start, locate(start).index, rule, 0.9, stated));
  }
}

/**
 * "Fatalities split between 2 events": the share in brackets, or the toll the words name or the largest toll of
 * killed told before them, divided by the events, is the figure to use. (A toll already stated, "coded as 9 and split across three
 * locations", is shared out by addStatedTolls.)
 */
function addSplitTolls(
  language: QuantityLanguage,
  context: ExtractContext,
  locate: Locate,
  mentions: QuantityMention[],
): void {
  const rule = language.rules.splitToll;
  if (!rule || mentions.some((m) => m.value.stated)) return;
  for (const match of everyMatch(quickOf(rule.pattern), context.text)) {
    const { toll, events, share } = match.groups ?? {};
    const start = match.index ?? 0;
    // ("[1 fatality split among 12 events]": the toll the words name, else the tolls told before them.)
    const told = toll
      ? [Number(toll)]
      : mentions
          .filter((m) => m.start < start && m.value.counts === "killed" && m.value.scope === "event")
          .map((m) => m.value.high ?? m.value.low ?? 0);
    const parts = numberOf(language, events);
    const figure = share ? Number(share) : parts && told.length ? Math.round(Math.max(...told) / parts) : null;
    if (figure === null) continue;
    const stated = { low: figure, high: figure, vague: null, counts: "killed" as const, stated: true as const };
    mentions.push(toldCount(language, context, match[0], start, locate(start).index, rule, 0.85, stated));
    return;
  }
}

/** "dozens were killed": a count of harmed people the words leave unknown. */
function addVagueCounts(
  language: QuantityLanguage,
  context: ExtractContext,
  locate: Locate,
  mentions: QuantityMention[],
): void {
  for (const match of everyMatch(quickOf(language.rules.vagueWord.pattern), context.text)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (mentions.some((m) => m.start <= start && m.end >= end)) continue;
    const { index, span } = locate(start);
    const counts = countedBy(language, context.text, start, end, span);
    if (!counts || counts === "people") continue;
    const count = unknown(match[0], counts);
    mentions.push(toldCount(language, context, match[0], start, index, language.rules.vagueWord, 0.6, count));
  }
}

/** "mass graves", "heavy casualties": deaths without a count; "no casualties" is none. */
function addUncountedDeaths(
  language: QuantityLanguage,
  context: ExtractContext,
  locate: Locate,
  mentions: QuantityMention[],
): void {
  const { rules } = language;
  for (const match of everyMatch(quickOf(rules.deathsWithoutCount.pattern), context.text)) {
    const start = match.index ?? 0;
    if (mentions.some((m) => m.start < start + match[0].length && start < m.end)) continue;
    if (matches(rules.denied, context.text.slice(Math.max(0, start - 40), start))) continue;
    const deaths = unknown(match[0], "killed");
    mentions.push(
      toldCount(language, context, match[0], start, locate(start).index, rules.deathsWithoutCount, 0.6, deaths),
    );
  }
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
  rule: Rule,
  confidence: number,
  count: Count,
): QuantityMention {
  return {
    kind: "quantity",
    start,
    end: start + text.length,
    text,
    rule: rule.id,
    confidence,
    sentence,
    value: { ...count, ...scopeOf(language, context, sentence, start) },
  };
}

/** A count the words leave unknown ("dozens", "mass graves"), with those words. */
function unknown(text: string, counts: CountedThing): Count {
  return { low: null, high: null, vague: text.toLowerCase(), counts };
}
