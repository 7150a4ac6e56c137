import { destination, haversineKm } from "../../base/geo.js";
import { allMatches, overlaps, sentenceIndexAt, trailingWord } from "../../base/spans.js";
import type { Span } from "../../model/index.js";
import type { ActorMention, PlaceMention, PlaceValue } from "../../model/mentions.js";
import type { Boundaries } from "../../sources/boundaries/boundaries.js";
import { iso2Of, iso3Of } from "../../sources/countries.js";
import type { Gazetteer, Place } from "../../sources/gazetteer/gazetteer.js";
import { normalizeName } from "../../sources/gazetteer/normalize-name.js";
import type { ExtractContext } from "../types.js";
import { type NumberWords, parseNumberWord } from "./numbers.js";
import {
  adminsAt,
  type PlaceContext,
  type PlaceKind,
  type PlaceSpan,
  placeValue,
  rankCandidates,
  resolutionConfidence,
  spelledAlike,
} from "./place-resolution.js";

// A capitalised name of up to six words: "Barsalogho", "Fada N'Gourma", "Tillabéri", "Democratic Republic of the Congo", "al-Fashir".
// A possessive "'s" is not part of the name: "Burkina Faso's forces".
// A possessive "'s" stays on a word only before another capitalised one: "Cox's Bazar" is one name; "Kenya's Rift
// Valley" is tried whole, then as "Kenya".
const NAME_WORD = String.raw`(?:(?:al|el|ad|adh|as|an|ash|ar|at|ath|az|ed|en|es|et|ez)-)?\p{Lu}[\p{L}\p{M}]*(?:['’](?!s\b)\p{L}+)*(?:-\p{L}[\p{L}\p{M}]*(?:['’](?!s\b)\p{L}+)*)*(?:['’]s(?=\s+\p{Lu}))?`;
const CAPITALISED_SEQUENCE = new RegExp(
  `${NAME_WORD}(?:\\s+(?:(?:of|the|de|del|do|da|dos|das|di|du|des|la|le|los|las|el|al|d'|N')\\s+)*${NAME_WORD})*`,
  "gu",
);
const WORD = new RegExp(NAME_WORD, "gu");
const ABBREVIATION = /^\p{Lu}{1,3}$/u;
const ADJECTIVE_ENDING = /(?:an|ry|al|ed|ing|ous|ful|ive|ic|ish)$/;
/**
 * A language's words around place names: what cues a name as a place, what kind of place it is, what makes it a
 * person instead, and how relative places are written. The algorithm below is the same for every language.
 */
export interface PlaceWords {
  locale: string;
  /** Words before a name that make it a place: "in", "near"; "à", "près de". */
  prepositions: Set<string>;
  /** The few prepositions strong enough to admit a loosely spelled name ("in", "à"), at the end of the text before. */
  strongPreposition: RegExp;
  /** Kind nouns and the kind they give: "village" → town, "province" → region. */
  kindNouns: Record<string, PlaceKind>;
  /** A kind noun right after the name ("Barsalogho district"), as a regex on the text after it. */
  kindAfter: RegExp;
  /** A kind noun before the name ("the village of", "la commune de"), as a regex on the text before it. */
  kindBefore: RegExp;
  /** "and"/"et": a name with it inside is tried whole ("Jammu and Kashmir"). */
  and: string;
  personTitles: Set<string>;
  personVerbs: RegExp;
  /** Words after a name that make it a weapon's ("Grad rockets", "Kornet missiles"). */
  weaponAfter: RegExp;
  /** Words after a name that make it a street's or a landmark's ("Raju street", "Mwingi Game Reserve"). */
  landmarkAfter: RegExp;
  /**
   * A part of a town: a name after "Colonia", "Barangay" or before "neighbourhood" ("in Colonia La Jauja"), whose
   * namesakes elsewhere mislead; the town it is in is the event's place. `before` ends at the name, `noun` is the
   * part's own word written as a name ("Colonia").
   */
  neighbourhood: { before: RegExp; after: RegExp; noun: RegExp };
  accordingTo: RegExp;
  /** The words before a place people came from ("raiders from", "gunmen coming from"). */
  originBefore: RegExp;
  /** Capitalised words that are (almost) never places in conflict news. */
  notPlaces: Set<string>;
  /** Demonyms and their country (ISO 3166-1 alpha-2): "malian" → ML. */
  demonyms: Record<string, string>;
  regionAbbreviations: Record<string, string>;
  countryAbbreviations: Record<string, string>;
  numberWords: NumberWords;
  relative: {
    /** Distance, unit, direction before an anchor ("40 km north of "), with groups distance, unit, bearing. */
    distanceBearing: RegExp;
    /** Distance with no direction ("12 km from "). */
    distanceOnly: RegExp;
    bearings: Record<string, number>;
    kmPerUnit: Record<string, number>;
    /** "near", "on the outskirts of": within ~25 km. */
    vicinity: RegExp;
    /** "between " before the first of two places. */
    between: RegExp;
  };
}

const SOURCE_POSSESSIVE = /['’]s\s+$/;

interface Found extends PlaceSpan {
  sentence: number;
  /** "Dhaka - Rampura": the place this one is a part of, written before it with a dash. */
  partOf?: Found;
  /** "Amritsar (Punjab)", "Bodhei, Lamu County": the place written before this area, which lies in it. */
  encloses?: Found;
  /** The reverse: the area written after this place, itself perhaps followed by a wider one. */
  enclosedBy?: Found;
}

/** Names in the text that the gazetteer knows, with the words around them that make them places. */
function findPlaceSpans(context: ExtractContext, gazetteer: Gazetteer, excluded: Span[], words: PlaceWords): Found[] {
  const { text } = context;
  const found: Found[] = [];
  for (const joined of text.matchAll(compile(words).joinedByAnd)) {
    const start = joined.index ?? 0;
    const span = gazetteer.has(joined[0])
      ? placeSpan(context, start, start + joined[0].length, joined[0], excluded, words)
      : null;
    if (span) found.push(span);
  }
  for (const sequence of text.matchAll(CAPITALISED_SEQUENCE)) {
    const seqStart = sequence.index ?? 0;
    const tokens = allMatches(WORD, sequence[0]).map((w) => ({
      start: seqStart + (w.index ?? 0),
      end: seqStart + (w.index ?? 0) + w[0].length,
    }));
    const matches: { from: number; to: number; start: number; end: number; name: string; spelling?: true }[] = [];
    let i = 0;
    while (i < tokens.length) {
      let matched = false;
      for (let j = Math.min(tokens.length, i + 6); j > i; j--) {
        const start = (tokens[i] as { start: number }).start;
        const last = tokens[j - 1] as { start: number; end: number };
        // ("Burkina Faso's Centre-Nord": the window "Burkina Faso's" is the name "Burkina Faso".)
        const possessive = text[last.end - 1] === "s" && (text[last.end - 2] === "'" || text[last.end - 2] === "’");
        const end = possessive ? last.end - 2 : last.end;
        const name = text.slice(start, end);
        // A word of up to three capitals alone is an abbreviation ("US", "UN", "AU"), read as such elsewhere.
        // A country's name that is also its adjective ("Myanmar") names the country unless a noun follows it ("the
        // Myanmar army").
        const single = j - i === 1;
        const adjective =
          single &&
          words.demonyms[name.toLowerCase()] &&
          (QUALIFYING.test(text.slice(end, end + 40)) ||
            !gazetteer.candidates(name, 3).some((p) => p.featureCode.startsWith("PCL")));
        if (single && (words.notPlaces.has(name.toLowerCase()) || adjective || ABBREVIATION.test(name))) continue;
        if (!gazetteer.has(name)) continue;
        matches.push({ from: i, to: j, start, end, name });
        i = j;
        matched = true;
        break;
      }
      if (!matched) {
        const word = tokens[i] as { start: number; end: number };
        if (looselySpelledPlace(context, gazetteer, word, excluded, words))
          matches.push({ from: i, to: i + 1, ...word, name: text.slice(word.start, word.end), spelling: true });
        i++;
      }
    }
    // A name that ends a longer capitalised name is part of it ("European Investment Bank", "Korean Peninsula"),
    // unless the words before it are function words or directions ("In Kaya", "Northern Kaduna"); a name that
    // starts one is still a place ("Alexandria Police Department").
    // (A sentence's first word is capitalised whatever it is: "Suburban Nairobi residents", "Angry Meru youths";
    // a title is still part of a person's name: "Sheriff Clay".)
    const isName = (k: number) => {
      const word = tokens[k] as { start: number; end: number };
      const written = text.slice(word.start, word.end);
      const sentenceFirst =
        k === 0 && /(?:^|[.!?]\s+|\n\s*)$/.test(text.slice(Math.max(0, word.start - 3), word.start));
      if (sentenceFirst && ADJECTIVE_ENDING.test(written) && !gazetteer.has(written)) return false;
      return !words.notPlaces.has(written.toLowerCase());
    };
    const partOfLongerName = (m: { from: number }) =>
      Array.from({ length: m.from }, (_, k) => k).some(
        (k) => isName(k) && !matches.some((o) => o.from <= k && k < o.to),
      );
    for (const m of matches) {
      if (partOfLongerName(m) || endsInstitutionName(gazetteer, text, m) || otherNameBeforeNoun(gazetteer, text, m))
        continue;
      const span = placeSpan(context, m.start, m.end, m.name, excluded, words);
      if (span)
        found.push(m.spelling ? { ...span, spelling: true, rule: `${words.locale}/place/spelling-variant` } : span);
    }
  }
  return found;
}

// "the Supreme Court of Justice", "the Federation of Islamic Associations": an institution's name ends in words a
// small place may bear; a country, a region or a city ("the University of Nairobi", "the Bank of Ghana") stays one.
const INSTITUTION_OF_BEFORE =
  /(?<![\p{L}'’-])(?:Court|Ministry|Department|Bank|Office|Council|Chamber|Palace|Institute|Academy|Federation|Union|Association|Commission|Committee|Secretariat|Agency|Authority|Tribunal|Society|League|Assembly)\s+of\s+(?:the\s+)?$/u;

function endsInstitutionName(gazetteer: Gazetteer, text: string, m: { start: number; name: string }): boolean {
  if (!INSTITUTION_OF_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) return false;
  return !gazetteer.candidates(m.name, 5).some((p) => /^(PCL|ADM1)/.test(p.featureCode) || p.population >= 100_000);
}

/**
 * "a Molotov cocktail", "the Corporation cleaning department": a single word that is only some place's other name
 * (Perm was Molotov; a village is also called Corporation) and qualifies the noun after it names no place.
 */
function otherNameBeforeNoun(
  gazetteer: Gazetteer,
  text: string,
  m: { start: number; end: number; name: string },
): boolean {
  if (/\s/.test(m.name) || !ARTICLE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))) return false;
  if (!NOUN_AFTER.test(text.slice(m.end, m.end + 30))) return false;
  const key = normalizeName(m.name);
  return !gazetteer.candidates(m.name, 5).some((p) => normalizeName(p.name) === key);
}
const ARTICLE_BEFORE = /\b(?:a|an|the|his|her|their|its)\s+$/i;
const NOUN_AFTER =
  /^\s+(?!(?:region|province|district|area|city|town|state|county|village|governorate|department|municipality|township|and|or|of|in|on|at|to|for|from|by|with|against)\b)\p{Ll}/u;

/**
 * A word the gazetteer does not know as written, but does under a looser transliteration, counts as a place only
 * with a strong cue: a kind ("the border town of Tinzahuaten", "Essakane village") or "in"/"near"/"at" before it.
 */
function looselySpelledPlace(
  context: ExtractContext,
  gazetteer: Gazetteer,
  word: { start: number; end: number },
  excluded: Span[],
  words: PlaceWords,
): boolean {
  const name = context.text.slice(word.start, word.end);
  if (name.length < 5 || words.notPlaces.has(name.toLowerCase()) || words.demonyms[name.toLowerCase()]) return false;
  const span = placeSpan(context, word.start, word.end, name, excluded, words);
  const strongCue =
    span !== null &&
    (span.kind !== null || words.strongPreposition.test(context.text.slice(Math.max(0, word.start - 12), word.start)));
  return strongCue && gazetteer.spellingVariants(name, 1).length > 0;
}

interface CompiledWords {
  joinedByAnd: RegExp;
  onlyAnd: RegExp;
  abbreviation: RegExp;
  countryAbbreviation: RegExp;
  demonym: RegExp;
  distanceUnit: RegExp;
}
const compiled = new WeakMap<PlaceWords, CompiledWords>();

/** The regexes built from a language's word lists, once per language. */
function compile(words: PlaceWords): CompiledWords {
  let result = compiled.get(words);
  if (result) return result;
  result = {
    joinedByAnd: new RegExp(`${NAME_WORD}\\s+${words.and}\\s+${NAME_WORD}`, "gu"),
    onlyAnd: new RegExp(`^\\s+${words.and}\\s+$`, "i"),
    abbreviation: new RegExp(
      `(?<![\\p{L}.])(?:${Object.keys(words.regionAbbreviations)
        .map((a) => a.replace(/\.(?!$)/g, "\\.\\s?").replace(/\.$/, "\\."))
        .join("|")})(?![\\p{L}])`,
      "giu",
    ),
    countryAbbreviation: new RegExp(
      `(?<![\\p{L}.])(?:${Object.keys(words.countryAbbreviations)
        .map((a) => a.replace(/\./g, "\\."))
        .join("|")})(?![\\p{L}]|\\.\\p{L})`,
      "gu",
    ),
    distanceUnit: new RegExp(`(?<!\\p{L})(?:${Object.keys(words.relative.kmPerUnit).join("|")})(?!\\p{L})`, "iu"),
    // Letter lookarounds, not \b, which in JavaScript ends a word at "è" ("burkinabè").
    demonym: new RegExp(
      `(?<!\\p{L})(${Object.keys(words.demonyms)
        .sort((a, b) => b.length - a.length)
        .join("|")})(?!\\p{L})`,
      "giu",
    ),
  };
  compiled.set(words, result);
  return result;
}

/**
 * "40 km north of " or "12 km from " ending the text before a place. The patterns run only where a unit is written:
 * anchored at the end, they retry from every character.
 */
function distanceBefore(before: string, words: PlaceWords): RegExpExecArray | null {
  if (!compile(words).distanceUnit.test(before)) return null;
  return words.relative.distanceBearing.exec(before) ?? words.relative.distanceOnly.exec(before);
}

function spanAt(
  context: ExtractContext,
  start: number,
  text: string,
  name: string,
  kind: PlaceKind | null,
  rule: string,
): Found {
  return {
    start,
    end: start + text.length,
    text,
    name,
    kind,
    cued: true,
    rule,
    sentence: sentenceIndexAt(context.sentences, start),
  };
}

/** "Athens, Ga.": an abbreviated region after a comma names the region the town is in. */
function abbreviationSpans(context: ExtractContext, words: PlaceWords): Found[] {
  const found: Found[] = [];
  for (const match of context.text.matchAll(compile(words).abbreviation)) {
    const start = match.index ?? 0;
    if (!/,\s*$/.test(context.text.slice(Math.max(0, start - 3), start))) continue;
    // Keys are written without spaces: "W. Va." and "W.Va." are one abbreviation.
    const name = words.regionAbbreviations[match[0].toLowerCase().replace(/\s+/g, "")];
    if (name) found.push(spanAt(context, start, match[0], name, "region", `${words.locale}/place/region-abbreviation`));
  }
  return found;
}

/** Country abbreviations written in capitals: "the US", "UK forces". */
const QUALIFYING =
  /^(?:-\p{L}|\s+(?!(?:and|or|on|in|at|to|for|from|since|after|before|over|with|by|as|is|was|has|had|have|said|says|which|where|who|but|while|when|the|et|ou|à|en|le|la|les|a|est)\b)\p{L})/u;

function countryWordSpans(context: ExtractContext, words: PlaceWords): Found[] {
  const found: Found[] = [];
  for (const match of context.text.matchAll(compile(words).countryAbbreviation)) {
    const name = words.countryAbbreviations[match[0]];
    // "the US dollar", "UK-based", "US troops": an abbreviation before a noun qualifies it; it names no place.
    const qualifies = QUALIFYING.test(
      context.text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + 40),
    );
    if (name && !qualifies)
      found.push(spanAt(context, match.index ?? 0, match[0], name, null, `${words.locale}/place/country-abbreviation`));
  }
  return found;
}

function placeSpan(
  context: ExtractContext,
  start: number,
  end: number,
  name: string,
  excluded: Span[],
  words: PlaceWords,
): Found | null {
  const { text } = context;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  if (excluded.some((e) => overlaps(e, { start, end, text: name }))) return null;
  // "près d'Arbinda", "l'Adamaoua": an elided article or preposition is the word before.
  const previousWord = trailingWord(/['’]$/.test(before) ? before.slice(0, -1) : before.replace(/[\s,]+$/, ""))
    .toLowerCase()
    .replace(/\.$/, "")
    .replace(/^d$/, "de");
  if (
    words.personTitles.has(previousWord) ||
    // ("Police in Cotonou said": after a preposition, the name is where the speaker is.)
    (words.personVerbs.test(after) && !words.prepositions.has(previousWord)) ||
    words.weaponAfter.test(after) ||
    words.landmarkAfter.test(after) ||
    words.accordingTo.test(before) ||
    words.neighbourhood.before.test(before) ||
    words.neighbourhood.after.test(after) ||
    (words.neighbourhood.noun.test(name) && /^\s+\p{Lu}/u.test(after))
  )
    return null;
  if (SOURCE_POSSESSIVE.test(before) && excluded.some((e) => e.end >= start - 4 && e.end <= start)) return null;
  if (
    /^['’]s\b/.test(after) &&
    !/^['’]s\s+(capital|north|south|east|west|region|province|state|army|military|government)/i.test(after)
  ) {
    // "Haque's report": a possessive on a name the gazetteer happens to know is a person far more often than a place.
    if (!/\b(in|of|at|near|from)\s+$/i.test(before)) return null;
  }
  let spanEnd = end;
  let kind: PlaceKind | null = null;
  const suffix = words.kindAfter.exec(after);
  if (suffix?.[1]) {
    kind = words.kindNouns[suffix[1].toLowerCase()] ?? null;
    spanEnd = end + suffix[0].length;
  }
  const lastWord = /(\p{L}+)$/u.exec(name)?.[1]?.toLowerCase() ?? "";
  if (!kind && lastWord !== name.toLowerCase()) kind = words.kindNouns[lastWord] ?? null;
  const kindBefore = words.kindBefore.exec(before);
  // (The first group that names a kind: a language's pattern may be a union of several.)
  const kindWord = kindBefore?.slice(1).find((group) => group && words.kindNouns[group.toLowerCase()]);
  if (!kind && kindWord) kind = words.kindNouns[kindWord.toLowerCase()] ?? null;
  const qualifier = qualifiesPlaceBefore(before, words);
  // "Bahia Blanca (Buenos Aires)": names in brackets behind a place are its areas, not a town of that name.
  if (!kind && qualifier && before.lastIndexOf("(") > before.lastIndexOf(")")) kind = "area";
  const cued =
    kind !== null ||
    qualifier ||
    words.prepositions.has(previousWord) ||
    distanceBefore(before, words)?.groups?.bearing !== undefined;
  const rule =
    kind && kind !== "area"
      ? "name-with-kind"
      : qualifier
        ? "qualifies-place-before"
        : cued
          ? "after-preposition"
          : "gazetteer-name";
  return {
    start,
    end: spanEnd,
    text: text.slice(start, spanEnd),
    name,
    kind,
    cued,
    rule: `${words.locale}/place/${rule}`,
    sentence: sentenceIndexAt(context.sentences, start),
  };
}

/**
 * "Kalapara upazila (Patuakhali, Barisal)", "in Milihoi, Lamu": the admin areas many reports, and ACLED's notes, put
 * in brackets or after a comma behind the place they name are places themselves, even where the gazetteer lacks
 * that first place.
 */
function qualifiesPlaceBefore(before: string, words: PlaceWords): boolean {
  const open = before.lastIndexOf("(");
  if (open > 0 && /\p{L}\s*$/u.test(before.slice(0, open)) && /^[\p{L}\s,'’.-]*$/u.test(before.slice(open + 1)))
    return true;
  if (!before.trimEnd().endsWith(",")) return false;
  // (After a chain of them too: "in Barangay Capihan, San Rafael, Bulacan".)
  const afterComma = /(?<![\p{L}'’-])(\p{L}+)\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2},\s*){1,3}$/u.exec(
    before,
  );
  return afterComma !== null && words.prepositions.has((afterComma[1] ?? "").toLowerCase());
}

/** "Athens, Ga.", "Kaya, Burkina Faso": the name after the comma is where the one before it is. */
function linkAppositions(context: ExtractContext, spans: Found[]): void {
  for (let i = 0; i + 1 < spans.length; i++) {
    const [town, region] = [spans[i] as Found, spans[i + 1] as Found];
    const between = context.text.slice(town.end, region.start);
    if (/^,\s*$/.test(between)) {
      town.within = region.name;
      region.encloses = town;
      town.enclosedBy = region;
    } else if (/^\s+[-–]\s+$/.test(between)) region.partOf = town;
    // "Kouka (Kouka, Banwa)": the admin areas in brackets after a town, the last one the widest.
    else if (/^\s*\($/.test(between)) {
      const close = context.text.indexOf(")", region.start);
      const inside = spans.filter((s) => s.start >= region.start && close !== -1 && s.end <= close);
      town.within = (inside.at(-1) ?? region).name;
      for (const area of inside) area.encloses = town;
    }
  }
}

/**
 * Demonyms ("Malian troops") and actors that name their country ("the Myanmar Army") weigh that country before any
 * place is resolved.
 */
function countryContext(context: ExtractContext, actors: ActorMention[], words: PlaceWords): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (iso2: string | null | undefined, weight = 0.5) => {
    if (iso2) weights.set(iso2, (weights.get(iso2) ?? 0) + weight);
  };
  for (const match of context.text.matchAll(compile(words).demonym)) add(words.demonyms[match[0].toLowerCase()]);
  for (const actor of actors) {
    const named = actor.value.role === "actor" ? actor.value.country : null;
    // (A group that fights in one country only says more than a state's forces, which also fight abroad.)
    const oneCountryGroup = !actor.value.generic && actor.value.inter !== 1;
    if (named) add(/^[A-Z]{2}$/.test(named) ? named : iso2Of(iso3Of(named)), oneCountryGroup ? 1 : 0.5);
  }
  return weights;
}

/**
 * Place mentions: gazetteer names in capitalised sequences, kept when the language's words around them make them
 * places, resolved in two passes (countries and clear places first, then the rest near them), plus relative
 * places: "40 km north of Kaya" (a point by bearing and distance), "near Djibo" (within ~25 km), "between X and Y".
 * `actors` (and sources) are spans already taken that are never places; the countries they name weigh in.
 */
export function extractPlaces(
  context: ExtractContext,
  gazetteer: Gazetteer,
  actors: ActorMention[],
  words: PlaceWords,
  boundaries?: Boundaries,
): PlaceMention[] {
  const excluded: Span[] = actors;
  const spans = [
    ...findPlaceSpans(context, gazetteer, excluded, words),
    ...abbreviationSpans(context, words),
    ...countryWordSpans(context, words),
  ]
    .filter(
      (span, i, all) =>
        !all.some(
          (other, j) =>
            j !== i &&
            other.start <= span.start &&
            other.end >= span.end &&
            other.end - other.start > span.end - span.start,
        ),
    )
    .sort((a, b) => a.start - b.start);
  linkAppositions(context, spans);
  const demonyms = countryContext(context, actors, words);
  let placeContext: PlaceContext = { countryWeights: new Map(demonyms), admin1Names: new Set(), anchors: [] };
  // Each pass resolves every name in the light of the previous pass: countries, admin-1 areas and clear places
  // named anywhere in the document make their neighbours likelier.
  for (let pass = 0; pass < 2; pass++) {
    const next: PlaceContext = { countryWeights: new Map(demonyms), admin1Names: new Set(), anchors: [] };
    for (const span of spans) {
      const [best, second] = rankCandidates(gazetteer, span, placeContext);
      if (!best) continue;
      const weight = /^PCL/.test(best.place.featureCode) ? 1 : best.place.featureCode === "ADM1" ? 0.7 : 0.4;
      const unclear = second && best.score - second.score < 1.5;
      // ("Al-Hasakeh", the governorate or its city, is in Syria either way.)
      const sameArea =
        second?.place.countryCode === best.place.countryCode && second.place.admin1 === best.place.admin1;
      if (unclear && !sameArea) continue;
      next.countryWeights.set(best.place.countryCode, (next.countryWeights.get(best.place.countryCode) ?? 0) + weight);
      if (unclear) continue;
      if (best.place.featureCode === "ADM1") next.admin1Names.add(best.place.name.toLowerCase());
      else if (!/^PCL/.test(best.place.featureCode) && (span.cued || best.place.population > 20_000))
        next.anchors.push(best.place);
    }
    placeContext = next;
  }
  const mentions: PlaceMention[] = [];
  const resolved = new Map<Found, Place>();
  const namesakes = new Set<string>();
  const byName = new Map<string, Found[]>();
  for (const span of spans) {
    const key = normalizeName(span.name);
    byName.set(key, [...(byName.get(key) ?? []), span]);
  }
  for (const span of spans) {
    const ranked = preferEnclosing(
      preferSupportedCountry(rankCandidates(gazetteer, span, placeContext), placeContext.countryWeights),
      span.encloses && resolved.get(span.encloses),
    );
    const best = ranked[0];
    if (!best) continue;
    // An uncued single word whose best reading is a hamlet is more likely a name or a word than a place.
    const prominent = best.place.population >= 5000 || best.place.featureClass === "A" || best.score >= 6;
    if (!span.cued && !prominent) continue;
    // A town in a country nothing else in the text points to is usually a word or a name ("Pro Cap", "UTICA"),
    // above all when the text is plainly about another country. What else points to its country: each mention of
    // this very name added 0.4 to it ("Tain Nyo bridge … Tain Nyo camp" must not vouch for itself).
    const sameName = byName.get(normalizeName(span.name)) ?? [span];
    const support = (placeContext.countryWeights.get(best.place.countryCode) ?? 0) - 0.4 * (sameName.length - 1);
    // (A city a preposition introduces is one whatever else the text is about: "truckers from Turkey protested in
    // Batumi".)
    const major =
      /^PCL/.test(best.place.featureCode) ||
      best.place.featureCode === "ADM1" ||
      best.place.population >= 500_000 ||
      (span.cued && (best.place.population >= 100_000 || /^PPL[AC]$/.test(best.place.featureCode)));
    // (Its own reading counts 0.4 towards its country, hence "< 0.8": nothing else supports it.)
    // (Another country, that is: "Diffa (Diffa, Diffa)" points only to Niger, however often it repeats itself.)
    const strongestElsewhere = Math.max(
      0,
      ...[...placeContext.countryWeights].filter(([iso2]) => iso2 !== best.place.countryCode).map(([, w]) => w),
    );
    if (
      support < 0.8 &&
      strongestElsewhere >= 1 &&
      support < strongestElsewhere &&
      !major &&
      !repeatedWithCue(sameName, best.place)
    )
      continue;
    if (!span.cued && support < 0.8 && best.place.featureClass === "P" && best.place.population < 100_000) continue;
    // "in front of Corporation cleaning department" read as Berne (Indiana), once called so: a hamlet known here
    // only by another of its names (not a spelling of its own: "Joub Jannine"), in a country nothing else points to,
    // is a word, not that hamlet.
    if (support < 0.8 && !major && best.score < 6 && !spelledAlike(best.place.name, span.name)) continue;
    if (inAreaOfAnotherCountry(gazetteer, span, best.place)) continue;
    // A part of a place ("Dhaka - Rampura (Rampura)") far from that place is a namesake: the gazetteer lacks the
    // part, and the name is no place anywhere in the text.
    const whole = span.partOf && resolved.get(span.partOf);
    if (whole && haversineKm(whole.latitude, whole.longitude, best.place.latitude, best.place.longitude) > 50)
      namesakes.add(normalizeName(span.name));
    if (namesakes.has(normalizeName(span.name))) continue;
    resolved.set(span, best.place);
    mentions.push({
      kind: "place",
      start: span.start,
      end: span.end,
      text: span.text,
      rule: span.rule,
      confidence: resolutionConfidence(ranked, span.cued),
      sentence: span.sentence,
      value: {
        ...withAdminsFromBoundaries(placeValue(ranked, span.kind), gazetteer, boundaries),
        ...seatOf(gazetteer, best.place),
        ...(words.originBefore.test(context.text.slice(Math.max(0, span.start - 60), span.start))
          ? { origin: true as const }
          : {}),
      },
    });
  }
  return [...mentions, ...relativePlaces(context, gazetteer, boundaries, mentions, words)].sort(
    (a, b) => a.start - b.start,
  );
}

/** An admin-1 area's or a country's seat, when the gazetteer knows it. */
export function seatOf(gazetteer: Gazetteer, area: Place): Pick<PlaceValue, "seat"> {
  const seat = area.featureClass === "A" ? gazetteer.seatOf(area) : null;
  if (!seat) return {};
  const { name, latitude, longitude, admin1, admin2 } = seat;
  return { seat: { name, latitude, longitude, admin1, admin2 } };
}

/**
 * A point the gazetteer gives no admin area (airports and other sites often lack GeoNames' codes) takes its admin
 * areas from the boundaries it falls in, in its own country.
 */
function withAdminsFromBoundaries(
  value: PlaceValue,
  gazetteer: Gazetteer,
  boundaries: Boundaries | undefined,
): PlaceValue {
  if (value.admin1 || value.precision === 3 || value.latitude === null || value.longitude === null || !boundaries)
    return value;
  const admins = adminsAt(value.latitude, value.longitude, boundaries, gazetteer);
  if (!admins?.admin1 || admins.country !== value.country) return value;
  return { ...value, admin1: admins.admin1, admin2: value.admin2 ?? admins.admin2, admin_source: "boundaries" };
}

/**
 * "the village of Essakane" in a report about Burkina Faso: when the best reading lies in a country nothing else
 * in the text points to, a reading in a country the text is about comes first (Essakan, Burkina Faso, rather than
 * Essakane, Mali).
 */
function preferSupportedCountry(
  ranked: { place: Place; score: number }[],
  countryWeights: Map<string, number>,
): { place: Place; score: number }[] {
  const supported = (r: { place: Place }) => (countryWeights.get(r.place.countryCode) ?? 0) >= 0.8;
  const best = ranked[0];
  if (!best || supported(best) || /^PCL/.test(best.place.featureCode)) return ranked;
  const alternative = ranked.find(supported);
  return alternative ? [alternative, ...ranked.filter((r) => r !== alternative)] : ranked;
}

/**
 * "Amritsar (Punjab)": the area written behind a town is the reading that holds it (India's Punjab, not Pakistan's,
 * more populous), where the gazetteer has one.
 */
function preferEnclosing(
  ranked: { place: Place; score: number }[],
  town: Place | undefined,
): { place: Place; score: number }[] {
  if (!town) return ranked;
  const holds = (area: Place) =>
    area.countryCode === town.countryCode &&
    (/^PCL/.test(area.featureCode) ||
      (area.featureCode === "ADM1" && area.admin1 === town.admin1) ||
      (area.featureCode === "ADM2" && area.admin2 === town.admin2));
  const holder = ranked.find((r) => holds(r.place));
  return holder && holder !== ranked[0] ? [holder, ...ranked.filter((r) => r !== holder)] : ranked;
}

/**
 * "Karimama (Karimama, Alibori)" with only a Burkinabè Karimama in the gazetteer: the area the report puts the town
 * in is an area of another country, so the reading is another town of that name; the bracketed areas say where.
 */
function inAreaOfAnotherCountry(gazetteer: Gazetteer, span: Found, place: Place): boolean {
  if (!span.within || place.featureClass !== "P") return false;
  // (Each area of a chain may answer for it: "El Baul, Girardot municipality, Cojedes state" is in Venezuela's
  // Cojedes whatever other country has a Girardot.)
  const names = [span.within];
  for (let area = span.enclosedBy; area?.enclosedBy && names.length < 4; area = area.enclosedBy)
    names.push(area.enclosedBy.name);
  const areas = names.flatMap((name) =>
    gazetteer.candidates(name).filter((p) => /^(ADM1|ADM2|PCL)/.test(p.featureCode)),
  );
  return areas.length > 0 && areas.every((p) => p.countryCode !== place.countryCode);
}

/**
 * "Strike on Poltava … in the direction of Poltava": a city the text keeps using as a place is one. (A city: a
 * village's name that comes back is as often part of another name, "Tain Nyo bridge … the Tain Nyo camp".)
 */
function repeatedWithCue(sameName: Found[], place: Place): boolean {
  return sameName.length >= 2 && sameName.some((s) => s.cued) && place.population >= 50_000;
}

function distanceKm(distance: string | undefined, unit: string | undefined, words: PlaceWords): number | null {
  if (!distance || !unit) return null;
  const value = /\d/.test(distance) ? Number(distance.replace(",", ".")) : parseNumberWord(distance, words.numberWords);
  const factor = words.relative.kmPerUnit[unit.toLowerCase()];
  return value && factor ? value * factor : null;
}

/**
 * A derived point's admin areas: the boundaries it falls in (admin2 from the nearest named place when the polygon
 * is a first-level one and that place lies in it), else the anchor's.
 */
function derivedAdmins(
  point: { latitude: number; longitude: number },
  nearest: Place | undefined,
  gazetteer: Gazetteer,
  boundaries: Boundaries | undefined,
): Partial<PlaceValue> {
  const admins = boundaries ? adminsAt(point.latitude, point.longitude, boundaries, gazetteer) : null;
  if (!admins) return {};
  if (admins.admin2 === null && nearest && nearest.admin1 === admins.admin1) admins.admin2 = nearest.admin2;
  return admins;
}

function relativePlaces(
  context: ExtractContext,
  gazetteer: Gazetteer,
  boundaries: Boundaries | undefined,
  anchors: PlaceMention[],
  words: PlaceWords,
): PlaceMention[] {
  const { text } = context;
  const relative: PlaceMention[] = [];
  for (const anchor of anchors) {
    const { latitude, longitude } = anchor.value;
    if (latitude === null || longitude === null) continue;
    const before = text.slice(Math.max(0, anchor.start - 80), anchor.start);
    const match = distanceBefore(before, words);
    if (match?.groups) {
      const km = distanceKm(match.groups.distance, match.groups.unit, words);
      if (km === null || km > 500) continue;
      const bearingWord = match.groups.bearing?.toLowerCase().replace(/\s+/, " ");
      const bearing = bearingWord ? words.relative.bearings[bearingWord] : undefined;
      const point = bearing === undefined ? { latitude, longitude } : destination(latitude, longitude, km, bearing);
      const nearest = gazetteer.nearest(point.latitude, point.longitude, Math.max(10, km / 4), 3);
      const start = anchor.start - match[0].length;
      relative.push({
        kind: "place",
        start,
        end: anchor.end,
        text: text.slice(start, anchor.end),
        rule: `${words.locale}/place/${bearing === undefined ? "distance-from-town" : "distance-bearing-from-town"}`,
        confidence: Number((anchor.confidence * (bearing === undefined ? 0.6 : 0.85)).toFixed(2)),
        sentence: anchor.sentence,
        value: {
          ...anchor.value,
          ...derivedAdmins(point, nearest[0], gazetteer, boundaries),
          name: `${Math.round(km)} km ${bearingWord ?? "from"}${bearingWord ? " of" : ""} ${anchor.value.name}`,
          latitude: Number(point.latitude.toFixed(5)),
          longitude: Number(point.longitude.toFixed(5)),
          geonames_id: null,
          feature_code: null,
          precision: 2,
          relative: {
            anchor: anchor.value.name,
            distance_km: Number(km.toFixed(1)),
            bearing: bearingWord ?? null,
            nearest: nearest.map(describe),
          },
        },
      });
      continue;
    }
    if (words.relative.vicinity.test(before)) {
      anchor.value.precision = Math.max(anchor.value.precision, 2) as 2 | 3;
      anchor.value.relative = { anchor: anchor.value.name, distance_km: null, bearing: null, nearest: [] };
      anchor.rule = `${words.locale}/place/vicinity-of-town`;
    }
  }
  relative.push(...betweenPlaces(context, gazetteer, boundaries, anchors, words));
  return relative;
}

function describe(place: Place): string {
  return place.name;
}

/** "between Djibo and Namssiguia": the midpoint of the two, if they are within 300 km of each other. */
function betweenPlaces(
  context: ExtractContext,
  gazetteer: Gazetteer,
  boundaries: Boundaries | undefined,
  places: PlaceMention[],
  words: PlaceWords,
): PlaceMention[] {
  const result: PlaceMention[] = [];
  for (let i = 0; i + 1 < places.length; i++) {
    const [a, b] = [places[i] as PlaceMention, places[i + 1] as PlaceMention];
    if (!words.relative.between.test(context.text.slice(Math.max(0, a.start - 20), a.start))) continue;
    if (!compile(words).onlyAnd.test(context.text.slice(a.end, b.start))) continue;
    const [la, lo, lb, lob] = [a.value.latitude, a.value.longitude, b.value.latitude, b.value.longitude];
    if (la === null || lo === null || lb === null || lob === null || haversineKm(la, lo, lb, lob) > 300) continue;
    const start = a.start - (words.relative.between.exec(context.text.slice(0, a.start))?.[0].length ?? 0);
    const midpoint = { latitude: (la + lb) / 2, longitude: (lo + lob) / 2 };
    result.push({
      kind: "place",
      start,
      end: b.end,
      text: context.text.slice(start, b.end),
      rule: `${words.locale}/place/between-towns`,
      confidence: Number((Math.min(a.confidence, b.confidence) * 0.8).toFixed(2)),
      sentence: a.sentence,
      value: {
        ...a.value,
        ...derivedAdmins(midpoint, undefined, gazetteer, boundaries),
        name: `between ${a.value.name} and ${b.value.name}`,
        latitude: Number(midpoint.latitude.toFixed(5)),
        longitude: Number(midpoint.longitude.toFixed(5)),
        geonames_id: null,
        feature_code: null,
        precision: 2,
        relative: { anchor: a.value.name, distance_km: null, bearing: null, nearest: [b.value.name] },
      },
    });
  }
  return result;
}
