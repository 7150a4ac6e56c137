import type { Rule } from "../../base/rule.js";
import type { OverlapIndex } from "../../base/spans.js";
import { fired } from "../../base/trace.js";
import type { Span } from "../../model/index.js";
import type { Gazetteer } from "../../sources/gazetteer/gazetteer.js";
import { normalizeName } from "../../sources/gazetteer/normalize-name.js";
import { endingMatch } from "./names.js";
import { PLACE_ACRONYM, PLACE_DEMONYM_NAME, PLACE_SHORT_CAPITALS } from "./rules.js";
import type { PlaceWords } from "./types.js";

// Named filters: the words around a name the gazetteer knows that make it something other than a place. Each
// filter that drops a name records its rule (`fired`), so `vigil explain` and the rule examples can show it.

/** The text around a candidate name. */
export interface Surroundings {
  start: number;
  name: string;
  /** Up to 40 characters before the name. */
  before: string;
  /** Up to 40 characters after it. */
  after: string;
  /** The word before it, in lower case, an elided article written whole ("d'" as "de"). */
  previousWord: string;
}

// "Colonia La Jauja": the neighbourhood's noun, then a name.
const NAME_AFTER = /^\s+\p{Lu}/u;

/** The first filter that makes the name a person's, a weapon's, a street's or a source's, or null. */
function personOrThing({ name, before, after, previousWord }: Surroundings, words: PlaceWords): Rule | null {
  const rules = words.rules;
  if (rules.personTitle.list.has(previousWord)) return rules.personTitle;
  // ("Police in Cotonou said": after a preposition, the name is where the speaker is.)
  if (rules.personVerb.pattern.test(after) && !rules.afterPreposition.list.has(previousWord)) return rules.personVerb;
  if (rules.weaponName.pattern.test(after)) return rules.weaponName;
  if (rules.landmarkName.pattern.test(after)) return rules.landmarkName;
  if (endingMatch(rules.accordingTo, before)) return rules.accordingTo;
  const part = rules.neighbourhood;
  if (part.before.test(before) || part.after.test(after) || (part.noun.test(name) && NAME_AFTER.test(after)))
    return part;
  return null;
}

/** "Al Jazeera's Doha", "Haque's report": a possessive before or after the name. */
function possessive(around: Surroundings, excluded: OverlapIndex<Span>, words: PlaceWords): Rule | null {
  const { sourcePossessive, possessivePerson } = words.rules;
  const { start, before, after } = around;
  if (
    sourcePossessive.pattern.test(before) &&
    excluded.some(start - 5, start + 1, (e) => e.end >= start - 4 && e.end <= start)
  )
    return sourcePossessive;
  // A possessive on a name the gazetteer happens to know is a person far more often than a place.
  if (
    possessivePerson.pattern.test(after) &&
    !possessivePerson.placeNounAfter.test(after) &&
    !possessivePerson.prepositionBefore.test(before)
  )
    return possessivePerson;
  return null;
}

/** True when a filter of the language drops the name; the filter that did is recorded. */
export function filteredOut(around: Surroundings, excluded: OverlapIndex<Span>, words: PlaceWords): boolean {
  const rule = personOrThing(around, words) ?? possessive(around, excluded, words);
  if (rule) fired(rule);
  return rule !== null;
}

// A word of up to three capitals alone is an abbreviation ("US", "UN", "AU"), read as such elsewhere.
const SHORT_CAPITALS = /^\p{Lu}{1,3}$/u;

/**
 * A single capitalised word that is no place whatever the gazetteer says: a word of the language's list, an
 * abbreviation, or a nationality. A country's name that is also its adjective ("Myanmar") names the country unless
 * a noun follows it ("the Myanmar army").
 */
export function notAPlaceWord(gazetteer: Gazetteer, name: string, after: string, words: PlaceWords): boolean {
  const lower = name.toLowerCase();
  const { notAPlace, qualifiesNoun } = words.rules;
  if (notAPlace.list.has(lower)) return firedFor(notAPlace);
  if (words.demonyms[lower]) {
    if (qualifiesNoun.pattern.test(after)) return firedFor(qualifiesNoun);
    if (!gazetteer.candidates(name, 3).some((p) => p.featureCode.startsWith("PCL")))
      return firedFor(PLACE_DEMONYM_NAME);
  }
  if (SHORT_CAPITALS.test(name)) return firedFor(PLACE_SHORT_CAPITALS);
  return false;
}

// Four or more capitals: an acronym where the text around it is not itself in capitals.
const LONG_CAPITALS = /^\p{Lu}[\p{Lu}'’-]{3,}$/u;
const LOWER_CASE = /\p{Ll}/u;
// A dateline's place starts its line, or is followed by a dash or a colon: "KIDAL, Mali (AFP) -", "BANTAM —".
const LINE_START = /(?:^|\n)\s*$/;
const DATELINE_AFTER = /^(?:['’]S)?\s*(?:,\s*[\p{L} .'-]{2,30})?\s*(?:\([^)]{1,30}\))?\s*(?:[:—–\u0097-]|$)/u;

/**
 * "the national army (FAMA)", "the NASA coalition": a word of four or more capitals in mixed-case text is an
 * acronym, not the small town it spells (Fama, Burkina Faso); a country, a region or a city of 100,000 people written in capitals
 * ("KENYA", "LAGOS") and a dateline's place stay places.
 */
export function acronym(gazetteer: Gazetteer, text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (!LONG_CAPITALS.test(name)) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  if (LINE_START.test(before) || DATELINE_AFTER.test(after)) return false;
  if (!LOWER_CASE.test(before) && !LOWER_CASE.test(after)) return false;
  // (A city by its own name: an acronym may also be some large city's other name, which no one writes in capitals.)
  const key = normalizeName(name);
  const large = gazetteer
    .candidates(name, 5)
    .some((p) => WIDE_AREA.test(p.featureCode) || (normalizeName(p.name) === key && p.population >= 100_000));
  return large ? false : firedFor(PLACE_ACRONYM);
}

function firedFor(rule: Rule): true {
  fired(rule);
  return true;
}

/**
 * "the Supreme Court of Justice", "the Federation of Islamic Associations": an institution's name ends in words a
 * small place may bear; a country, a region or a city ("the University of Nairobi", "the Bank of Ghana") stays one.
 */
export function endsInstitutionName(
  gazetteer: Gazetteer,
  text: string,
  m: { start: number; name: string },
  words: PlaceWords,
): boolean {
  const rule = words.rules.institutionName;
  if (!rule.pattern.test(text.slice(Math.max(0, m.start - 40), m.start))) return false;
  const large = gazetteer.candidates(m.name, 5).some((p) => WIDE_AREA.test(p.featureCode) || p.population >= 100_000);
  return large ? false : firedFor(rule);
}
const WIDE_AREA = /^(PCL|ADM1)/;

/**
 * "a Molotov cocktail", "the Corporation cleaning department": a single word that is only some place's other name
 * (Perm was Molotov; a village is also called Corporation) and qualifies the noun after it names no place.
 */
export function otherNameBeforeNoun(
  gazetteer: Gazetteer,
  text: string,
  m: { start: number; end: number; name: string },
  words: PlaceWords,
): boolean {
  const rule = words.rules.otherNameBeforeNoun;
  if (SPACE.test(m.name) || !rule.pattern.test(text.slice(Math.max(0, m.start - 8), m.start))) return false;
  if (!rule.nounAfter.test(text.slice(m.end, m.end + 30))) return false;
  const key = normalizeName(m.name);
  return gazetteer.candidates(m.name, 5).some((p) => normalizeName(p.name) === key) ? false : firedFor(rule);
}
const SPACE = /\s/;
