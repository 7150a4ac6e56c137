import { allMatches, type OverlapIndex, overlapIndex } from "../../base/spans.js";
import { fired } from "../../base/trace.js";
import type { Span } from "../../model/index.js";
import { iso2OfCountryNameIn } from "../../sources/countries.js";
import type { Gazetteer } from "../../sources/gazetteer/gazetteer.js";
import { normalizeName } from "../../sources/gazetteer/normalize-name.js";
import type { ExtractContext } from "../types.js";
import { placeSpan, spanAt } from "./02-cues.js";
import { acronym, endsInstitutionName, notAPlaceWord, otherNameBeforeNoun } from "./03-filters.js";
import { CAPITALISED_SEQUENCE, compile, NAME_WORD_PATTERN } from "./names.js";
import { PLACE_TRANSLITERATION_VARIANT } from "./rules.js";
import type { Found, PlaceWords } from "./types.js";

// Candidates: the names in the text that the gazetteer knows, each read with the words around it (02-cues) and
// dropped where a filter (03-filters) makes it something else; abbreviations of regions and countries.

interface Token {
  start: number;
  end: number;
}

/** A name found in a capitalised sequence: tokens [from, to) of it. */
interface NameMatch extends Token {
  from: number;
  to: number;
  name: string;
  spelling?: true;
  transliteration?: true;
}

/** Names in the text that the gazetteer knows, with the words around them that make them places. */
export function findPlaceSpans(
  context: ExtractContext,
  gazetteer: Gazetteer,
  taken: Span[],
  words: PlaceWords,
): Found[] {
  // (Every candidate is checked against the spans already taken: an index keeps that linear in a long text.)
  const excluded = overlapIndex(taken);
  const found: Found[] = [];
  for (const joined of context.text.matchAll(compile(words).joinedByAnd)) {
    const start = joined.index ?? 0;
    const span = gazetteer.has(joined[0])
      ? placeSpan(context, start, start + joined[0].length, joined[0], excluded, words)
      : null;
    if (span) found.push(span);
  }
  for (const sequence of context.text.matchAll(CAPITALISED_SEQUENCE))
    found.push(...sequenceSpans(context, gazetteer, sequence, excluded, words));
  for (const span of found) {
    const country = iso2OfCountryNameIn(span.name, context.language);
    if (country) span.countryInLanguage = country;
  }
  return found;
}

/** A capitalised sequence as read so far: its tokens and the known names found in them, with what reads them. */
interface SequenceRead {
  text: string;
  gazetteer: Gazetteer;
  tokens: Token[];
  matches: NameMatch[];
  words: PlaceWords;
}

/** The places of one capitalised sequence: its longest known names, left to right. */
function sequenceSpans(
  context: ExtractContext,
  gazetteer: Gazetteer,
  sequence: RegExpExecArray,
  excluded: OverlapIndex<Span>,
  words: PlaceWords,
): Found[] {
  const { text } = context;
  const seqStart = sequence.index ?? 0;
  const tokens: Token[] = allMatches(NAME_WORD_PATTERN, sequence[0]).map((w) => ({
    start: seqStart + (w.index ?? 0),
    end: seqStart + (w.index ?? 0) + w[0].length,
  }));
  const matches: NameMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = longestNameAt(text, gazetteer, tokens, i, words, context.language);
    if (match) {
      matches.push(match);
      i = match.to;
      continue;
    }
    const word = tokens[i] as Token;
    // (A name known under no spelling is tried alone, never as one word of a longer name: "Tanah" of "Tanah Abang".)
    const loose = looselySpelledPlace(context, gazetteer, word, excluded, words);
    if (loose && (loose === "spelling" || tokens.length === 1))
      matches.push({ from: i, to: i + 1, ...word, name: text.slice(word.start, word.end), [loose]: true });
    i++;
  }
  const found: Found[] = [];
  const sequenceRead: SequenceRead = { text, gazetteer, tokens, matches, words };
  for (const m of matches) {
    if (partOfLongerName(sequenceRead, m) || startsLongerName(sequenceRead, m)) continue;
    if (endsInstitutionName(gazetteer, text, m, words) || otherNameBeforeNoun(gazetteer, text, m, words)) continue;
    const span = placeSpan(context, m.start, m.end, m.name, excluded, words);
    const { spellingVariant } = words.rules;
    if (span && m.transliteration)
      found.push({ ...span, transliteration: true, rule: PLACE_TRANSLITERATION_VARIANT.id });
    else if (span) found.push(m.spelling ? { ...span, spelling: true, rule: spellingVariant.id } : span);
  }
  return found;
}

/** The longest name of up to six tokens from token i that the gazetteer knows and no filter drops. */
function longestNameAt(
  text: string,
  gazetteer: Gazetteer,
  tokens: Token[],
  i: number,
  words: PlaceWords,
  language: string,
): NameMatch | null {
  for (let j = Math.min(tokens.length, i + 6); j > i; j--) {
    const start = (tokens[i] as Token).start;
    const last = tokens[j - 1] as Token;
    // ("Burkina Faso's Centre-Nord": the window "Burkina Faso's" is the name "Burkina Faso".)
    const possessive = text[last.end - 1] === "s" && (text[last.end - 2] === "'" || text[last.end - 2] === "’");
    const end = possessive ? last.end - 2 : last.end;
    const name = text.slice(start, end);
    if (j - i === 1 && notAPlaceWord(gazetteer, name, text.slice(end, end + 40), words)) continue;
    if (j - i === 1 && acronym(gazetteer, text, start, end)) continue;
    // (A country in the report's language, "Somalie", is a name GeoNames gives in English only.)
    if (gazetteer.has(name) || iso2OfCountryNameIn(name, language)) return { from: i, to: j, start, end, name };
  }
  return null;
}

// A sentence's first word: the start of the text, or after a full stop or a line break.
const SENTENCE_START = /(?:^|[.!?]\s+|\n\s*)$/;

/**
 * A name that ends a longer capitalised name is part of it ("European Investment Bank", "Korean Peninsula"), unless
 * the words before it are function words or directions ("In Kaya", "Northern Kaduna"); a name that starts one is
 * still a place ("Alexandria Police Department"). A sentence's first word is capitalised whatever it is ("Suburban
 * Nairobi residents", "Angry Meru youths"); a title is still part of a person's name ("Sheriff Clay").
 */
function partOfLongerName({ text, gazetteer, tokens, matches, words }: SequenceRead, m: NameMatch): boolean {
  const rule = words.rules.partOfLongerName;
  if (areaAfterOf(text, m, words)) return false;
  const isName = (k: number) => {
    const word = tokens[k] as Token;
    const written = text.slice(word.start, word.end);
    const sentenceFirst = k === 0 && SENTENCE_START.test(text.slice(Math.max(0, word.start - 3), word.start));
    if (sentenceFirst && rule.pattern.test(written) && !gazetteer.has(written)) return false;
    return !words.rules.notAPlace.list.has(written.toLowerCase());
  };
  for (let k = 0; k < m.from; k++)
    if (isName(k) && !matches.some((o) => o.from <= k && k < o.to)) {
      fired(rule);
      return true;
    }
  return false;
}

// A capitalised word: a capital, then lower-case letters ("Tandoumi"), not an abbreviation ("NURTW").
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}{2,}$/u;
const PROMINENT = /^(PCL|ADM1|PPLC|PPLA$)/;
const ONE_SPACE = /^ $/;
const PLURAL = /(?<=.{3})s$/;

/**
 * "Kaiga Tandoumi", "Boula Fanderé": a small place's name followed by a capitalised word that the gazetteer does
 * not know and the language does not put after a place begins a longer name the gazetteer lacks; its namesake is
 * not the scene. A prominent place keeps its name ("Kano Polytechnic", "Lagos Island").
 */
function startsLongerName({ text, gazetteer, tokens, matches, words }: SequenceRead, m: NameMatch): boolean {
  const rule = words.rules.startOfLongerName;
  const next = tokens[m.to];
  if (!rule || !next || matches.some((o) => o.from === m.to)) return false;
  const written = text.slice(next.start, next.end);
  if (!ONE_SPACE.test(text.slice(m.end, next.start)) || !TITLE_CASE_WORD.test(written)) return false;
  // (A plural too: "fighting in Mogok and Lashio Townships".)
  const lower = written.toLowerCase().replace(PLURAL, "");
  if (rule.pattern.test(lower) || words.rules.notAPlace.list.has(lower) || words.kindNouns[lower]) return false;
  if (words.demonyms[lower] || words.rules.personTitle.list.has(lower)) return false;
  // (By its own name: "Poona" is Pune's old name, and "Poona Kalimbo" no part of Pune.)
  const key = normalizeName(m.name);
  const prominent = gazetteer
    .candidates(m.name, 5)
    .some((p) => normalizeName(p.name) === key && (PROMINENT.test(p.featureCode) || p.population >= 100_000));
  if (prominent) return false;
  fired(rule);
  return true;
}

/** "Karz of Kandahar district": a name after "of" with an area's kind noun after it is that area (areaAfterOf). */
function areaAfterOf(text: string, m: NameMatch, words: PlaceWords): boolean {
  const { areaAfterOf, nameWithKind } = words.rules;
  if (!areaAfterOf?.pattern.test(text.slice(Math.max(0, m.start - 5), m.start))) return false;
  const kind = nameWithKind.pattern.exec(text.slice(m.end, m.end + 40))?.[1]?.toLowerCase();
  const area = kind !== undefined && AREA_KINDS.has(words.kindNouns[kind] ?? "town");
  if (area) fired(areaAfterOf);
  return area;
}
const AREA_KINDS = new Set(["district", "region", "area"]);

/**
 * A word the gazetteer does not know as written, but does under a looser transliteration, counts as a place only
 * with a strong cue: a kind ("the border town of Tinzahuaten", "Essakane village") or "in"/"near"/"at" before it.
 * One it knows under no spelling, with the same cue, may still be a town of the document's country written another
 * way ("transliteration"): resolution looks for it there, once the document's countries are known.
 */
function looselySpelledPlace(
  context: ExtractContext,
  gazetteer: Gazetteer,
  word: Token,
  excluded: OverlapIndex<Span>,
  words: PlaceWords,
): "spelling" | "transliteration" | null {
  const name = context.text.slice(word.start, word.end);
  const lower = name.toLowerCase();
  if (name.length < 5 || words.rules.notAPlace.list.has(lower) || words.demonyms[lower]) return null;
  const span = placeSpan(context, word.start, word.end, name, excluded, words);
  const before = context.text.slice(Math.max(0, word.start - 12), word.start);
  const strongCue = span !== null && (span.kind !== null || words.rules.spellingVariant.pattern.test(before));
  if (!strongCue) return null;
  return gazetteer.spellingVariants(name, 1).length > 0 ? "spelling" : "transliteration";
}

// "Athens, Ga.": an abbreviation right after a comma.
const AFTER_COMMA = /,\s*$/;
const SPACES = /\s+/g;

/** "Athens, Ga.": an abbreviated region after a comma names the region the town is in. */
export function abbreviationSpans(context: ExtractContext, words: PlaceWords): Found[] {
  const found: Found[] = [];
  const { regionAbbreviation } = words.rules;
  for (const match of context.text.matchAll(compile(words).abbreviation)) {
    const start = match.index ?? 0;
    if (!AFTER_COMMA.test(context.text.slice(Math.max(0, start - 3), start))) continue;
    // Keys are written without spaces: "W. Va." and "W.Va." are one abbreviation.
    const name = words.regionAbbreviations[match[0].toLowerCase().replace(SPACES, "")];
    if (name) found.push(spanAt(context, start, match[0], name, "region", regionAbbreviation.id));
  }
  return found;
}

/** Country abbreviations written in capitals: "the US", "the DRC"; not "US troops". */
export function countryWordSpans(context: ExtractContext, words: PlaceWords): Found[] {
  const found: Found[] = [];
  const { countryAbbreviation, qualifiesNoun } = words.rules;
  for (const match of context.text.matchAll(compile(words).countryAbbreviation)) {
    const start = match.index ?? 0;
    const name = words.countryAbbreviations[match[0]];
    // "the US dollar", "UK-based", "US troops": an abbreviation before a noun qualifies it; it names no place.
    const qualifies = qualifiesNoun.pattern.test(context.text.slice(start + match[0].length, start + 40));
    if (name && qualifies) fired(qualifiesNoun);
    if (name && !qualifies) found.push(spanAt(context, start, match[0], name, null, countryAbbreviation.id));
  }
  return found;
}
