import { type OverlapIndex, sentenceIndexAt, trailingWord } from "../../base/spans.js";
import { fired } from "../../base/trace.js";
import type { Span } from "../../model/index.js";
import type { ActorMention } from "../../model/mentions.js";
import { iso2Of, iso3Of } from "../../sources/countries.js";
import type { Gazetteer, Place } from "../../sources/gazetteer/gazetteer.js";
import type { ExtractContext } from "../types.js";
import { filteredOut } from "./03-filters.js";
import { compile, distanceBefore, endingMatch } from "./names.js";
import type { MonitoredLine, PlaceKind } from "./ranking.js";
import type { Found, MonitoredAreaRule, PlaceWords } from "./types.js";

// Cues: the words around a candidate that say it is a place, and what kind ("in Kaya", "Barsalogho district", "the
// village of Essakane", "Kouka (Banwa)"); the rule its mention names follows from the strongest of them.

/** A candidate span, found by a rule whose id its mention will carry. */
export function spanAt(
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

// "près d'Arbinda", "l'Adamaoua": an elided article or preposition is the word before.
const ELIDED = /['’]$/;
const SPACES_AND_COMMAS_AT_END = /[\s,]+$/;
const FULL_STOP_AT_END = /\.$/;

/** The word before a name, in lower case: "in", "president" ("Pres."), an elided "d'" as the language writes it whole. */
function previousWordOf(before: string, words: PlaceWords): string {
  const word = trailingWord(ELIDED.test(before) ? before.slice(0, -1) : before.replace(SPACES_AND_COMMAS_AT_END, ""))
    .toLowerCase()
    .replace(FULL_STOP_AT_END, "");
  return words.elisions.get(word) ?? word;
}

/** A known name at [start, end) read with its cues, or null when it overlaps an actor or a filter drops it. */
export function placeSpan(
  context: ExtractContext,
  start: number,
  end: number,
  name: string,
  excluded: OverlapIndex<Span>,
  words: PlaceWords,
): Found | null {
  const { text } = context;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  if (excluded.some(start, end)) return null;
  const previousWord = previousWordOf(before, words);
  if (filteredOut({ start, name, before, after, previousWord }, excluded, words)) return null;
  const written = kindOf(name, before, after, words);
  let kind = written.kind;
  const qualifier = qualifiesPlaceBefore(before, words);
  // "Bahia Blanca (Buenos Aires)": names in brackets behind a place are its areas, not a town of that name.
  if (!kind && qualifier && before.lastIndexOf("(") > before.lastIndexOf(")")) kind = "area";
  const { rules } = words;
  const cued =
    kind !== null ||
    qualifier ||
    rules.afterPreposition.list.has(previousWord) ||
    distanceBefore(before, words)?.groups?.bearing !== undefined;
  const rule =
    kind && kind !== "area"
      ? rules.nameWithKind
      : qualifier
        ? rules.qualifiesPlaceBefore
        : cued
          ? rules.afterPreposition
          : rules.gazetteerName;
  const spanEnd = end + written.suffixLength;
  return {
    start,
    end: spanEnd,
    text: text.slice(start, spanEnd),
    name,
    kind,
    cued,
    rule: rule.id,
    sentence: sentenceIndexAt(context.sentences, start),
  };
}

const LAST_WORD = /(\p{L}+)$/u;

/**
 * The kind of place the words say a name is: a kind noun after it ("Barsalogho district", taken into the span), as
 * its own last word ("Borno State"), or before it ("the village of Essakane").
 */
function kindOf(
  name: string,
  before: string,
  after: string,
  words: PlaceWords,
): { kind: PlaceKind | null; suffixLength: number } {
  const { nameWithKind, kindBeforeName } = words.rules;
  let kind: PlaceKind | null = null;
  let suffixLength = 0;
  const suffix = nameWithKind.pattern.exec(after);
  if (suffix?.[1]) {
    kind = words.kindNouns[suffix[1].toLowerCase()] ?? null;
    suffixLength = suffix[0].length;
  }
  const lastWord = LAST_WORD.exec(name)?.[1]?.toLowerCase() ?? "";
  if (!kind && lastWord !== name.toLowerCase()) kind = words.kindNouns[lastWord] ?? null;
  if (kind) return { kind, suffixLength };
  const kindBefore = endingMatch(kindBeforeName, before);
  // (The first group that names a kind: a language's pattern may be a union of several.)
  const kindWord = kindBefore?.slice(1).find((group) => group && words.kindNouns[group.toLowerCase()]);
  kind = kindWord ? (words.kindNouns[kindWord.toLowerCase()] ?? null) : null;
  if (kind) fired(kindBeforeName);
  return { kind, suffixLength };
}

// "Nilganj union (Patuakhali": an open bracket after a word, and only names since.
const LETTER_BEFORE = /\p{L}\s*$/u;
const NAMES_ONLY = /^[\p{L}\s,'’.-]*$/u;
// "in Barangay Capihan, San Rafael, ": a word, then up to three names each followed by a comma.
const AFTER_COMMAS = /(?<![\p{L}'’-])(\p{L}+)\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2},\s*){1,3}$/u;

/**
 * "Kalapara upazila (Patuakhali, Barisal)", "in Milihoi, Lamu": the admin areas many reports, and ACLED's notes, put
 * in brackets or after a comma behind the place they name are places themselves, even where the gazetteer lacks
 * that first place.
 */
function qualifiesPlaceBefore(before: string, words: PlaceWords): boolean {
  const open = before.lastIndexOf("(");
  if (open > 0 && LETTER_BEFORE.test(before.slice(0, open)) && NAMES_ONLY.test(before.slice(open + 1))) return true;
  if (!before.trimEnd().endsWith(",")) return false;
  // (After a chain of them too: "in Barangay Capihan, San Rafael, Bulacan".)
  const afterComma = AFTER_COMMAS.exec(before);
  return afterComma !== null && words.rules.afterPreposition.list.has((afterComma[1] ?? "").toLowerCase());
}

const COMMA = /^,\s*$/;
const DASH = /^\s+[-–]\s+$/;
const OPEN_BRACKET = /^\s*\($/;

/** "Athens, Ga.", "Kaya, Burkina Faso": the name after the comma is where the one before it is. */
export function linkAppositions(context: ExtractContext, spans: Found[]): void {
  for (let i = 0; i + 1 < spans.length; i++) {
    const [town, region] = [spans[i] as Found, spans[i + 1] as Found];
    const between = context.text.slice(town.end, region.start);
    if (COMMA.test(between)) {
      town.within = region.name;
      region.encloses = town;
      town.enclosedBy = region;
    } else if (DASH.test(between)) region.partOf = town;
    // "Kouka (Kouka, Banwa)": the admin areas in brackets after a town, the last one the widest.
    else if (OPEN_BRACKET.test(between)) {
      const close = context.text.indexOf(")", region.start);
      const inside = spans.filter((s) => s.start >= region.start && close !== -1 && s.end <= close);
      town.within = (inside.at(-1) ?? region).name;
      for (const area of inside) area.encloses = town;
    }
  }
}

const ISO2 = /^[A-Z]{2}$/;
/** A cue that alone makes a country sure (countryOfActors' threshold): a one-country group, a monitoring mission. */
const SURE_CUE = 1;

/** A country the report's words point to, how strongly, and the first words that do. */
export interface CountryCue {
  weight: number;
  first: { start: number; text: string };
  /** Whether a demonym ("Congolese") is among the words, not only actors. */
  demonym?: true;
  /** The first group named whose heartland in this country the lexicon knows, and that admin-1 area. */
  heartland?: { start: number; text: string; area: string };
}

/**
 * Demonyms ("Malian troops") and actors that name their country ("the Myanmar Army") weigh that country before any
 * place is resolved.
 */
export function countryCues(
  context: ExtractContext,
  actors: ActorMention[],
  words: PlaceWords,
): Map<string, CountryCue> {
  const cues = new Map<string, CountryCue>();
  const add = (iso2: string | null | undefined, start: number, text: string, weight = 0.5) => {
    if (!iso2) return;
    const cue = cues.get(iso2);
    if (cue) cue.weight += weight;
    else cues.set(iso2, { weight, first: { start, text } });
  };
  for (const mission of missionsNamed(context, words)) {
    const match = mission.pattern.exec(context.text);
    if (!match) continue;
    fired(mission);
    add(mission.country, match.index, match[0], SURE_CUE);
    const cue = cues.get(mission.country);
    const area = mission.areas[0];
    if (cue && area && !cue.heartland) cue.heartland = { start: match.index, text: match[0], area };
  }
  const demonyms = compile(words).demonyms;
  for (const match of demonyms.find(context.text)) {
    const iso2 = words.demonyms[demonyms.normalize(match.text)];
    add(iso2, match.start, match.text);
    const cue = iso2 ? cues.get(iso2) : undefined;
    if (cue) cue.demonym = true;
  }
  for (const actor of actors) {
    const named = actor.value.role === "actor" ? actor.value.country : null;
    // (A group that fights in one country only says more than a state's forces, which also fight abroad.)
    const oneCountryGroup = !actor.value.generic && actor.value.inter !== 1;
    const iso2 = named && (ISO2.test(named) ? named : iso2Of(iso3Of(named)));
    // (A group that fights in several countries, but mostly in one of them, points to that one: "ADF militants".)
    const heartlandCountries = Object.keys(actor.value.heartlands ?? {});
    const mostlyIn = !iso2 && heartlandCountries.length === 1 ? heartlandCountries[0] : undefined;
    if (iso2 || mostlyIn) add(iso2 || mostlyIn, actor.start, actor.text, oneCountryGroup || mostlyIn ? 1 : 0.5);
  }
  // Once every cue is known, the first group named whose heartland lies in a cued country says where there: a group
  // of several countries too ("ISWAP fighters … Nigerian troops" is in Borno; HEARTLAND_OF_ACTORS).
  for (const actor of actors) {
    if (actor.value.role !== "actor") continue;
    for (const [iso2, area] of Object.entries(actor.value.heartlands ?? {})) {
      const cue = cues.get(iso2);
      if (cue && !cue.heartland) cue.heartland = { start: actor.start, text: actor.text, area };
    }
  }
  return cues;
}

const missionsByContext = new WeakMap<ExtractContext, MonitoredAreaRule[]>();

/** The monitoring missions a report names, looked for once per report (three stages ask). */
function missionsNamed(context: ExtractContext, words: PlaceWords): MonitoredAreaRule[] {
  let named = missionsByContext.get(context);
  if (!named) {
    named = (words.rules.monitoredAreas ?? []).filter((mission) => mission.pattern.test(context.text));
    missionsByContext.set(context, named);
  }
  return named;
}

/**
 * The admin-1 areas where the groups the report names mostly fight (the lexicon's heartlands), in lower case: a
 * village of a common name is likelier the one there ("Boko Haram fighters … in Uba" is Borno's Uba, not Brazil's).
 */
export function heartlandAreas(context: ExtractContext, actors: ActorMention[], words: PlaceWords): Set<string> {
  const areas = new Set<string>();
  // (And the areas a monitoring mission the report names watches.)
  for (const mission of missionsNamed(context, words)) for (const area of mission.areas) areas.add(area.toLowerCase());
  for (const actor of actors)
    if (actor.value.role === "actor")
      for (const area of Object.values(actor.value.heartlands ?? {})) areas.add(area.toLowerCase());
  return areas;
}

/** The towns along the line a monitoring mission the report names watches, as the gazetteer has them. */
export function monitoredTowns(context: ExtractContext, gazetteer: Gazetteer, words: PlaceWords): Place[] {
  const towns: Place[] = [];
  for (const mission of missionsNamed(context, words)) {
    for (const name of mission.towns) {
      const town = gazetteer
        .candidates(name, 5)
        .find((p) => p.countryCode === mission.country && p.featureClass === "P");
      if (town) towns.push(town);
    }
  }
  return towns;
}

/** The lines the monitoring missions the report names watch, point by point, in their countries. */
export function monitoredLines(context: ExtractContext, words: PlaceWords): MonitoredLine[] {
  return missionsNamed(context, words).flatMap((mission) =>
    mission.line ? [{ country: mission.country, points: mission.line }] : [],
  );
}

/** The weight of each country the cues point to, as place ranking reads them. */
export function countryWeights(cues: Map<string, CountryCue>): Map<string, number> {
  return new Map([...cues].map(([iso2, cue]) => [iso2, cue.weight]));
}
