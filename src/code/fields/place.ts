import { testRule } from "../../base/quick-test.js";
import type { PatternRule, Rule } from "../../base/rule.js";
import { fired, matches } from "../../base/trace.js";
import type { PlaceMention } from "../../model/mentions.js";
import { iso2Of } from "../../sources/countries.js";
import type { Gazetteer } from "../../sources/gazetteer/gazetteer.js";
import type { CodingLanguage } from "../locales/coding-language.js";
import type { FieldWords } from "../locales/field-words.js";

/**
 * The words place scoring reads: a state's owner words, and the field words of travel, areas and past events; and
 * the gazetteer's history of admin areas, where it is given.
 */
export interface PlaceLanguage {
  stateOwner: CodingLanguage["stateOwner"];
  borderCountry: CodingLanguage["borderCountry"];
  words: FieldWords;
  naming?: Pick<Gazetteer, "adminNameOn">;
}

export const PLACE_DATELINE = {
  id: "code/place/dateline",
  kind: "filter",
  description: "The place a story was filed from, in its dateline, is not the scene.",
  examples: [
    "NIAMEY (Reuters) - Gunmen killed 12 villagers in Tillabéri on Monday, officials said.",
    "MOGADISHU (AP) — A car bomb killed six people at a checkpoint in Baidoa on Sunday.",
  ],
  counterexamples: ["Gunmen killed 12 villagers near Niamey on Monday, officials said."],
} as const satisfies Rule;

export const PLACE_AREA_AFTER = {
  id: "code/place/area-after-place",
  kind: "resolver",
  description:
    'The areas written after a place, in brackets or after a comma ("Toumour (Diffa)", "in Bama, Borno"), enclose the scene.',
  examples: [
    "Boko Haram fighters attacked Toumour (Diffa) on Sunday, killing six.",
    "Gunmen killed two traders in Belford Roxo, Rio de Janeiro, on Friday.",
  ],
  counterexamples: ["Boko Haram fighters attacked Toumour on Sunday, killing six."],
} as const satisfies Rule;

export const PLACE_STATE_OWNER = {
  id: "code/place/state-owner",
  kind: "resolver",
  description:
    'A country that owns an army ("members of Kenya Defence Forces") names a side, not the scene, where a finer place is named.',
  examples: [
    "Members of the Kenya Defence Forces killed two suspected militants in Lamu on Friday.",
    "Soldiers of the Uganda People's Defence Force clashed with ADF rebels in Beni on Tuesday.",
  ],
  counterexamples: ["Members of a militia killed two herders in Lamu on Friday."],
} as const satisfies Rule;

export const PLACE_FORMER_REGION = {
  id: "code/place/former-region",
  kind: "resolver",
  description:
    'A town of a region split from or renamed after the one the report names ("Nabire district, Papua province", Nabire now in Central Papua) lies in the region named, not outside it.',
  examples: [
    "On 5 June 2019, teachers marched in Nabire district, Papua province, over unpaid wages.",
    "On 3 May 2019, villagers rallied in Wamena, Papua province.",
  ],
  counterexamples: ["On 3 May 2019, students protested in Jayapura, Papua province."],
} as const satisfies Rule;

export const PLACE_RULES: readonly Rule[] = [PLACE_DATELINE, PLACE_AREA_AFTER, PLACE_STATE_OWNER, PLACE_FORMER_REGION];

/**
 * The event's location: among places outside background sentences, the named town nearest the event's trigger
 * in its first sentence wins; towns beat districts and relative points, which beat regions and countries. A town
 * that only anchors a relative phrase ("40 km north of Kaya") is not itself the location, nor is a country named
 * across a border from another country the report names.
 */
export function choosePlace(
  places: PlaceMention[],
  coreSentences: number[],
  anchor: number,
  triggerAt: number,
  background: Set<number>,
  mainCountry: string | null,
  text: string,
  language: PlaceLanguage,
  unnamedSettlement = false,
): PlaceMention | null {
  const relativeSpans = places.filter((p) => p.value.relative && p.value.relative.distance_km !== null);
  const located = places.filter(
    (p) =>
      p.value.latitude !== null &&
      !p.value.origin &&
      !relativeSpans.some((r) => r !== p && r.start <= p.start && r.end >= p.end) &&
      !isDatelinePlace(text, p) &&
      !namesPastEvent(text, p, language.words),
  );
  const usable = located.filter((p) => !acrossBorder(text, p, located, language.borderCountry));
  // (A sentence that also tells background holds the event's own place where no other does: "killed at Kasiluni in
  // Kitui County, a week after a similar attack in the same area".)
  const foreground = usable.filter((p) => !background.has(p.sentence) || sceneStated(text, p, language.words));
  const towns = unnamedSettlement ? townsOfBackground(usable, foreground, background) : [];
  if (towns.length > 0) fired(language.words.unnamedSettlement);
  const candidates = towns.length > 0 ? towns : foreground.length > 0 ? foreground : usable;
  const finer = candidates.some((p) => !isCountry(p));
  let best: PlaceMention | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const place of candidates) {
    const inMainCountry = mainCountry === null ? 0 : place.value.country === mainCountry ? 1.5 : -1.5;
    const score =
      positionScore(place, coreSentences, anchor, triggerAt) +
      place.confidence +
      inMainCountry +
      salience(place, candidates) +
      withinNamedRegion(place, candidates, language.naming) -
      travelPenalty(text, place, language.words) -
      (place.value.institution ? INSTITUTION_PENALTY : 0) +
      (sceneStated(text, place, language.words) ? SCENE_STATED_BONUS : 0) -
      enclosingPenalty(place, candidates, text, language) -
      (finer && namesStateOf(text, place, language.stateOwner) ? 4 : 0);
    if (score > bestScore) {
      best = place;
      bestScore = score;
    }
  }
  return best;
}

/**
 * "The town, near the border, was struck": an event whose own sentences place it only in a country or a region but
 * refer to a settlement happened at a town or district the report names in a background sentence, in that country
 * (the report's subject, told with its history). Empty unless the foreground is that coarse.
 */
function townsOfBackground(
  usable: PlaceMention[],
  foreground: PlaceMention[],
  background: Set<number>,
): PlaceMention[] {
  if (foreground.length === 0 || foreground.some((p) => p.value.precision < 3)) return [];
  const countries = new Set(foreground.map((p) => p.value.country));
  return usable.filter((p) => background.has(p.sentence) && p.value.precision < 3 && countries.has(p.value.country));
}

/**
 * A place named for an organisation or a speaker ("the Niamey government", "officials in Nairobi said") is where
 * they are: any place the report names for itself comes first, a region or country in the event's sentence too.
 */
const INSTITUTION_PENALTY = 3;

/**
 * Where the place is told and how precise it is: in the event's first sentence near its trigger, a named town. (A
 * named town anywhere in the event's report outranks a bare country or region in its first sentence.)
 */
function positionScore(place: PlaceMention, coreSentences: number[], anchor: number, triggerAt: number): number {
  const where =
    place.sentence === anchor ? 3 : coreSentences.includes(place.sentence) ? 2 : place.sentence < anchor ? 1.2 : 1;
  const precision = place.value.relative?.distance_km
    ? 1.8
    : place.value.precision === 1
      ? 3
      : place.value.precision === 2
        ? 2.2
        : // (A region says more than its country.)
          isCountry(place)
          ? 0
          : 1.2;
  const nearTrigger = place.sentence === anchor ? Math.max(0, 1.5 - Math.abs(place.start - triggerAt) / 80) : 0;
  return where + precision + nearTrigger;
}

const isCountry = (place: PlaceMention) => !!place.value.feature_code?.startsWith("PCL");

/**
 * "Members of Kenya Defence Forces", "military forces of Armenia": a country that owns an army names a side, not
 * the scene, where the report names a finer place.
 */
function namesStateOf(text: string, place: PlaceMention, stateOwner: CodingLanguage["stateOwner"]): boolean {
  const owns =
    isCountry(place) &&
    (testRule(stateOwner.before, text.slice(Math.max(0, place.start - 40), place.start)) ||
      testRule(stateOwner.after, text.slice(place.end, place.end + 30)));
  if (owns) fired(PLACE_STATE_OWNER);
  return owns;
}

/**
 * "A market near the border with Algeria … in northern Mali": a country named across a border is the scene's
 * neighbour, where the report names a place in another country.
 */
function acrossBorder(text: string, place: PlaceMention, places: PlaceMention[], borderCountry: PatternRule): boolean {
  const across =
    isCountry(place) &&
    places.some((other) => other.value.country !== null && other.value.country !== place.value.country) &&
    testRule(borderCountry, text.slice(Math.max(0, place.start - 40), place.start));
  if (across) fired(borderCountry);
  return across;
}

/** The place a report keeps coming back to is where it happened: each further mention adds a little. */
function salience(place: PlaceMention, places: PlaceMention[]): number {
  if (!(place.value.precision < 3)) return 0;
  // (`place` is one of `places`: the others of its name are its own count less itself.)
  const same = (groupsOf(places).finerByName.get(place.value.name) ?? 0) - 1;
  return Math.min(1.8, same * 0.6);
}

/**
 * The candidates grouped the ways the scores ask of each candidate, made once per list: asking every candidate of
 * every other was quadratic in a long text's places (a 1 MB text spent a quarter of its time here).
 */
interface PlaceGroups {
  /** How many places of each name are finer than a region. */
  finerByName: Map<string, number>;
  /** The admin-1 codes of the admin areas named as regions. */
  regionAdmin1s: Set<string | null>;
  /** Those regions, by sentence, in list order. */
  regionsBySentence: Map<number, PlaceMention[]>;
  /** Every place, by sentence, in list order. */
  bySentence: Map<number, PlaceMention[]>;
}

const placeGroups = new WeakMap<PlaceMention[], PlaceGroups>();

function groupsOf(places: PlaceMention[], naming?: PlaceLanguage["naming"]): PlaceGroups {
  let groups = placeGroups.get(places);
  if (groups) return groups;
  groups = { finerByName: new Map(), regionAdmin1s: new Set(), regionsBySentence: new Map(), bySentence: new Map() };
  for (const p of places) {
    if (p.value.precision < 3) groups.finerByName.set(p.value.name, (groups.finerByName.get(p.value.name) ?? 0) + 1);
    pushTo(groups.bySentence, p.sentence, p);
    if (p.value.precision === 3 && p.value.feature_code?.startsWith("ADM")) {
      groups.regionAdmin1s.add(formerRegion(p, naming));
      pushTo(groups.regionsBySentence, p.sentence, p);
    }
  }
  placeGroups.set(places, groups);
  return groups;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * "Uromi … in Edo state": a town inside a region the report names is likelier the scene than one outside it, and a
 * town outside every region its own sentence names less likely ("in Muse Township, in northern Shan State" with
 * only an American Muse in the gazetteer; "in Playa del Carmen, Quintana Roo, … in Colonia El Pedregal" read as a
 * namesake elsewhere in Mexico).
 */
function withinNamedRegion(place: PlaceMention, places: PlaceMention[], naming: PlaceLanguage["naming"]): number {
  if (place.value.precision === 3 || !place.value.admin1) return 0;
  const groups = groupsOf(places, naming);
  if (groups.regionAdmin1s.has(formerRegion(place, naming))) return 0.8;
  const sameSentence = groups.regionsBySentence.get(place.sentence) ?? [];
  if (sameSentence.length === 0) return 0;
  // (Every area its sentence names lies in another country: "Gharibah in Deir ez-Zor" read as a Malian Gariba.)
  return sameSentence.every((r) => r.value.country !== place.value.country) ? -4 : -1.5;
}

/**
 * "Toumour (Diffa, Diffa)", "in Belford Roxo, Rio de Janeiro", "Raghunathganj (Murshidabad district)": the areas
 * written after a place, in brackets or after a comma, are not the scene, unless the place before them was read
 * outside them (a namesake: the gazetteer lacks the real one).
 */
function enclosingPenalty(place: PlaceMention, places: PlaceMention[], text: string, language: PlaceLanguage): number {
  const { words, naming } = language;
  const enclosed = (groupsOf(places, naming).bySentence.get(place.sentence) ?? []).some(
    (p) =>
      p.end <= place.start &&
      place.start - p.end < 60 &&
      p.value.precision < 3 &&
      p.value.country === place.value.country &&
      formerRegion(p, naming) === formerRegion(place, naming) &&
      (AREAS_AFTER_PLACE.test(text.slice(p.end, place.start)) ||
        matches(words.partOfArea, text.slice(p.start, place.start))),
  );
  if (!enclosed) return 0;
  fired(PLACE_AREA_AFTER);
  return 2.5;
}
/**
 * A place's admin-1 area under the name it had before every split or renaming the gazetteer knows ("Central Papua"
 * → "Papua", split from it in 2022): a report that names the old area names the new one's towns too
 * (PLACE_FORMER_REGION).
 */
function formerRegion(place: PlaceMention, naming: PlaceLanguage["naming"]): string | null {
  const { admin1, iso3 } = place.value;
  const iso2 = iso2Of(iso3);
  if (!admin1 || !naming || !iso2) return admin1;
  const former = naming.adminNameOn(iso2, "region", admin1, BEFORE_EVERY_CHANGE);
  if (former !== admin1) fired(PLACE_FORMER_REGION);
  return former;
}
const BEFORE_EVERY_CHANGE = "1900-01-01";

// Only names, then a bracket or a comma, and more names each closed by a comma: "Toumour (", "Bama, Borno, ".
const AREAS_AFTER_PLACE = /^[\p{L}\s'’-]*[(,]\s*(?:[\p{L}\s'’-]+,\s*)*$/u;

/** A place a sentence gives as where the event happened ("the attack took place near Garsen") is the scene. */
const SCENE_STATED_BONUS = 3;

function sceneStated(text: string, place: PlaceMention, words: FieldWords): boolean {
  return matches(words.sceneStated, text.slice(Math.max(0, place.start - 70), place.start));
}

// "travelling to Kano", "a train to … Rawalpindi from Quetta": where people were going or coming from.
function travelPenalty(text: string, place: PlaceMention, words: FieldWords): number {
  return matches(words.travelBefore, text.slice(Math.max(0, place.start - 90), place.start)) ? 1.5 : 0;
}

// "since the 2019 Pulwama attack", "the 2008 Mumbai attacks": a past event named after its place.
const YEAR_BEFORE = /\b(1[89]|20)\d\d\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}$/u;

function namesPastEvent(text: string, place: PlaceMention, words: FieldWords): boolean {
  return (
    YEAR_BEFORE.test(text.slice(Math.max(0, place.start - 40), place.start)) &&
    matches(words.pastEventAfter, text.slice(place.end, place.end + 40))
  );
}

// "OUAGADOUGOU:", "ABUJA, Nigeria (AP) —", "Maputo —" at the start of a line: where the story was filed from.
const DATELINE_AFTER = /^\s*(,\s*[\p{L} .'-]{2,30})?\s*(\([^)]{1,30}\))?\s*[:—–-]/u;
// (The country after a capitalised dateline city, "ABUJA, Nigeria (AP) —", is dateline too.)
const DATELINE_BEFORE = /(^|\n)\s*(date\s+\S+\s+)?(\([^)]{1,20}\)\s*|\p{Lu}[\p{Lu}\p{M} .'’-]+,\s*)?$/u;

function isDatelinePlace(text: string, place: PlaceMention): boolean {
  if (place.start > 600) return false;
  const dateline =
    DATELINE_BEFORE.test(text.slice(Math.max(0, place.start - 40), place.start)) &&
    DATELINE_AFTER.test(text.slice(place.end, place.end + 40));
  if (dateline) fired(PLACE_DATELINE);
  return dateline;
}
