import { haversineKm } from "../../base/geo.js";
import { testRule } from "../../base/quick-test.js";
import type { Rule } from "../../base/rule.js";
import { fired } from "../../base/trace.js";
import type { PlaceMention, PlaceValue } from "../../model/mentions.js";
import type { Boundaries } from "../../sources/boundaries/boundaries.js";
import type { Gazetteer, Place } from "../../sources/gazetteer/gazetteer.js";
import { normalizeName } from "../../sources/gazetteer/normalize-name.js";
import type { ExtractContext } from "../types.js";
import { endingMatch } from "./names.js";
import {
  adminsAt,
  areaKey,
  type MonitoredLine,
  type PlaceContext,
  placeValue,
  rankCandidates,
  resolutionConfidence,
  spelledAlike,
} from "./ranking.js";
import {
  PLACE_AREA_OF_ANOTHER_COUNTRY,
  PLACE_DISTANT_PART,
  PLACE_DIVIDED_CITY,
  PLACE_ENCLOSING_AREA_FIRST,
  PLACE_OTHER_NAME_ONLY,
  PLACE_REGION_OF_DISTRICT,
  PLACE_SUPPORTED_COUNTRY_FIRST,
  PLACE_TRANSLITERATION_VARIANT,
  PLACE_UNCUED_HAMLET,
  PLACE_UNCUED_SMALL_TOWN,
  PLACE_UNKNOWN_VILLAGE,
  PLACE_UNSUPPORTED_AREA,
  PLACE_UNSUPPORTED_COUNTRY,
} from "./rules.js";
import type { Found, PlaceWords } from "./types.js";

// Resolution: each candidate becomes one place of the gazetteer, in the light of the countries and places the
// whole document names; candidates whose best reading the document does not support are dropped.

type Ranked = { place: Place; score: number }[];

const COUNTRY = /^PCL/;
const CAPITAL_OR_SEAT = /^PPL[AC]$/;

/**
 * What the document says about where it is. Each pass resolves every name in the light of the previous pass:
 * countries, admin-1 areas and clear places named anywhere in the document make their neighbours likelier, and so
 * do the heartlands of the groups it names ("Boko Haram fighters … in Uba" is Borno's Uba, not Brazil's) and the
 * towns along the line a monitoring mission it names watches.
 */
export function documentContext(
  gazetteer: Gazetteer,
  spans: Found[],
  demonyms: Map<string, number>,
  heartlands: ReadonlySet<string> = new Set(),
  towns: Place[] = [],
  lines: readonly MonitoredLine[] = [],
): PlaceContext {
  const given = { demonyms, heartlands, towns, lines };
  let placeContext: PlaceContext = {
    countryWeights: new Map(demonyms),
    admin1Names: new Set(heartlands),
    anchors: towns,
    areaNames: new Map(),
    lines,
  };
  for (let pass = 0; pass < 2; pass++) placeContext = nextPass(gazetteer, spans, given, placeContext);
  return placeContext;
}

/** What the words other than place names say, before any name is resolved: countries, areas, towns. */
interface Given {
  demonyms: Map<string, number>;
  heartlands: ReadonlySet<string>;
  towns: Place[];
  lines: readonly MonitoredLine[];
}

function nextPass(gazetteer: Gazetteer, spans: Found[], given: Given, previous: PlaceContext): PlaceContext {
  // (The heartlands of the groups named count as areas the report names; a mission's towns as places it names.)
  const next: PlaceContext = {
    countryWeights: new Map(given.demonyms),
    admin1Names: new Set(given.heartlands),
    anchors: [...given.towns],
    areaNames: new Map(),
    lines: given.lines,
  };
  for (const span of spans) {
    const [best, second] = rankCandidates(gazetteer, span, previous);
    if (!best) continue;
    const weight = COUNTRY.test(best.place.featureCode) ? 1 : best.place.featureCode === "ADM1" ? 0.7 : 0.4;
    const unclear = second && best.score - second.score < 1.5;
    // ("Al-Hasakeh", the governorate or its city, is in Syria either way.)
    const sameArea = second?.place.countryCode === best.place.countryCode && second.place.admin1 === best.place.admin1;
    if (unclear && !sameArea) continue;
    next.countryWeights.set(best.place.countryCode, (next.countryWeights.get(best.place.countryCode) ?? 0) + weight);

    if (unclear) continue;
    if (best.place.featureCode === "ADM1") next.admin1Names.add(best.place.name.toLowerCase());
    else if (!COUNTRY.test(best.place.featureCode) && (span.cued || best.place.population > 20_000))
      next.anchors.push(best.place);
    const area = areaKey(best.place);
    if (area && LOCAL_FEATURE.test(best.place.featureCode))
      next.areaNames.set(area, (next.areaNames.get(area) ?? new Set()).add(normalizeName(span.name)));
  }
  return next;
}

/** The place mentions the candidates resolve to, in the document's light. */
export function resolveSpans(
  context: ExtractContext,
  gazetteer: Gazetteer,
  spans: Found[],
  placeContext: PlaceContext,
  words: PlaceWords,
  boundaries: Boundaries | undefined,
): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  const resolved = new Map<Found, Place>();
  const namesakes = new Set<string>();
  const byName = new Map<string, Found[]>();
  for (const span of spans) {
    const key = normalizeName(span.name);
    byName.set(key, [...(byName.get(key) ?? []), span]);
  }
  const unknownVillages: Found[] = [];
  const spanOf = new Map<PlaceMention, Found>();
  const compassParts: { mention: PlaceMention; ranked: Ranked }[] = [];
  for (const span of spans) {
    const ranked = preferEnclosing(
      preferSupportedCountry(rankCandidates(gazetteer, span, placeContext), placeContext.countryWeights),
      span.encloses && resolved.get(span.encloses),
    );
    const best = ranked[0];
    if (!best && span.transliteration) unknownVillages.push(span);
    if (!best) continue;
    const sameName = byName.get(normalizeName(span.name)) ?? [span];
    const rejection = unsupported(span, best, sameName, placeContext) ?? otherCountryArea(gazetteer, span, best.place);
    if (rejection) {
      fired(rejection);
      continue;
    }
    // A part of a place ("Dhaka - Rampura (Rampura)") far from that place is a namesake: the gazetteer lacks the
    // part, and the name is no place anywhere in the text.
    const whole = span.partOf && resolved.get(span.partOf);
    if (whole && haversineKm(whole.latitude, whole.longitude, best.place.latitude, best.place.longitude) > 50)
      namesakes.add(normalizeName(span.name));
    if (namesakes.has(normalizeName(span.name))) {
      fired(PLACE_DISTANT_PART);
      continue;
    }
    const part = compassPartOf(context, gazetteer, span, best.place, words);
    resolved.set(span, best.place);
    const mention = mentionOf(
      context,
      gazetteer,
      span,
      part ? [{ ...best, place: part }] : dividedCityPart(gazetteer, ranked, placeContext.countryWeights),
      words,
      boundaries,
    );
    mentions.push(mention);
    spanOf.set(mention, span);
    if (part) compassParts.push({ mention, ranked });
  }
  // "In the north of Burkina Faso" with Essakane named, in the Sahel region: the words were loose geography, and
  // the country stands. (A named place is resolved only once all are: the check waits for the loop's end.)
  for (const { mention, ranked } of compassParts) {
    const loose = mentions.some(
      (other) =>
        other.value.country === mention.value.country &&
        other.value.precision < 3 &&
        other.value.admin1 !== mention.value.admin1,
    );
    const span = spanOf.get(mention) as Found;
    const rule = words.rules.compassPart;
    if (!loose && rule) fired(rule);
    if (!loose) continue;
    const country = mentionOf(context, gazetteer, span, ranked, words, boundaries);
    mentions[mentions.indexOf(mention)] = country;
    spanOf.delete(mention);
    spanOf.set(country, span);
  }
  for (const [mention, span] of spanOf)
    adminFromEnclosingArea(mention, span.enclosedBy && resolved.get(span.enclosedBy));
  for (const village of unknownVillages) {
    keepVillageNearTown(context, village, spanOf, words);
    if (village.kind === "town" && keepUnknownVillage(village, mentions)) continue;
    const region = regionOfDistrict(context, gazetteer, village, placeContext, words, boundaries);
    if (region) mentions.push(region);
  }
  return mentions;
}

/** The admin-1 names a compass word stands for, in the spellings GeoNames gives them. */
const COMPASS_AREAS: Record<string, string[]> = {
  north: ["North", "Northern", "Nord"],
  south: ["South", "Southern", "Sud"],
  east: ["East", "Eastern", "Est"],
  west: ["West", "Western", "Ouest"],
};
const COMPASS_WORD: Record<string, string> = { nord: "north", sud: "south", est: "east", ouest: "west" };

/**
 * "Northern Lebanon", "le nord du Liban": the part of a country its compass word names is the admin-1 area of that
 * name, where the country has exactly one (Lebanon's North governorate, Israel's Southern District); null elsewhere
 * ("northern Mali" stays Mali). Fired once kept (see resolveSpans).
 */
function compassPartOf(
  context: ExtractContext,
  gazetteer: Gazetteer,
  span: Found,
  place: Place,
  words: PlaceWords,
): Place | null {
  const rule = words.rules.compassPart;
  if (!rule || !COUNTRY.test(place.featureCode)) return null;
  const match = rule.pattern.exec(context.text.slice(Math.max(0, span.start - 30), span.start));
  const word = match
    ?.slice(1)
    .find((group) => group !== undefined)
    ?.toLowerCase();
  if (!word) return null;
  const names = COMPASS_AREAS[COMPASS_WORD[word] ?? word] ?? [];
  const areas = names.flatMap((name) =>
    gazetteer
      .candidates(name)
      .filter((candidate) => candidate.featureCode === "ADM1" && candidate.countryCode === place.countryCode),
  );
  // (One area answers to several of the names: "North" and "Nord" are both Cameroon's North Region.)
  const distinct = [...new Map(areas.map((area) => [area.admin1, area])).values()];
  return distinct.length === 1 ? (distinct[0] as Place) : null;
}

/**
 * "Kiunga, Lamu County": a town whose admin-1 code the gazetteer cannot name (GeoNames still gives some Kenyan
 * villages their old province's code) and whose point lies outside every boundary polygon takes the admin-1 area
 * the report writes after it, in its own country.
 */
function adminFromEnclosingArea(mention: PlaceMention, area: Place | undefined): void {
  const value = mention.value;
  if (value.admin1 || !area || area.featureCode !== "ADM1" || area.country !== value.country) return;
  value.admin1 = area.admin1 ?? area.name;
}

/**
 * "the village of Zorgwendtenga, Sanmatenga province": a village no layer knows, in an area the report names right
 * after it (or later in its sentence), is kept on that area's mention, so the event placed there says which village
 * it was (PLACE_UNKNOWN_VILLAGE).
 */
function keepUnknownVillage(village: Found, mentions: PlaceMention[]): boolean {
  // (Every area after it in its sentence: "Cameroon's Far North region" names two, and the event takes either.)
  const areas = mentions.filter(
    (m) =>
      m.sentence === village.sentence &&
      m.start >= village.end &&
      m.value.precision >= 2 &&
      m.value.latitude !== null &&
      !m.value.unplaced,
  );
  for (const area of areas) nameVillageAt(area, village);
  return areas.length > 0;
}

/** The village a place stands for, kept on its mention for the event's evidence and notes. */
function nameVillageAt(place: PlaceMention, village: Found): void {
  fired(PLACE_UNKNOWN_VILLAGE);
  const { start, end, text } = village;
  place.value.unplaced = { start, end, text, rule: PLACE_UNKNOWN_VILLAGE.id };
}

/** Characters at most between an unknown village and the town that locates it ("X near Y", "X (Y, Z)"). */
const VILLAGE_TO_TOWN = 30;

/**
 * "in Tiguelguemet near Dori", "in Tiguelguemet (Dori, Seno)", "the village of Tiguelguemet, 30 km from Dori": a name
 * no layer knows, right before a town the report places it near, in or at a distance from, is the village an event
 * placed at that town names (PLACE_UNKNOWN_VILLAGE).
 */
function keepVillageNearTown(
  context: ExtractContext,
  village: Found,
  spanOf: Map<PlaceMention, Found>,
  words: PlaceWords,
): void {
  for (const [town, span] of spanOf) {
    if (town.sentence !== village.sentence || town.start < village.end || town.value.unplaced) continue;
    const between = context.text.slice(village.end, town.start);
    if (between.length > VILLAGE_TO_TOWN) continue;
    const locates =
      span.encloses === village ||
      endingMatch(words.rules.vicinityOfTown, between) !== null ||
      testRule(words.rules.distanceFromTown, between);
    if (!locates) continue;
    nameVillageAt(town, village);
    return;
  }
}

/**
 * "In Afmadow, a grenade was thrown at …": a name no layer knows as a place may be a district's, which the gazetteer
 * knows only by name (GeoNames lists every district, but not the towns of many). Among the districts of the countries
 * the report points to, one of that name puts the event in its admin-1 area, at geo_precision 3, the words kept as the
 * location's evidence (PLACE_REGION_OF_DISTRICT).
 */
function regionOfDistrict(
  context: ExtractContext,
  gazetteer: Gazetteer,
  village: Found,
  placeContext: PlaceContext,
  words: PlaceWords,
  boundaries: Boundaries | undefined,
): PlaceMention | null {
  // (One demonym or state force is enough here: the name must still be a district of that very country.)
  const countries = [...placeContext.countryWeights].filter(([, weight]) => weight >= 0.5).map(([iso2]) => iso2);
  const regions = countries.flatMap((iso2) => gazetteer.regionOfDistrict(village.name, iso2) ?? []);
  // (A district of that name nowhere the report points, or a report that points nowhere: the one district in the
  // world that bears it, if only one does. "Armed men raided houses in Marracuene" is in Mozambique.)
  const anywhere = regions.length === 0 ? gazetteer.regionOfDistrictAnywhere(village.name) : null;
  const region = anywhere ?? (regions.length === 1 ? regions[0] : undefined);
  return region ? inRegionOfDistrict(context, gazetteer, village, region, words, boundaries) : null;
}

/** The mention of a district's admin-1 area, for the district's words (PLACE_REGION_OF_DISTRICT). */
export function inRegionOfDistrict(
  context: ExtractContext,
  gazetteer: Gazetteer,
  district: Found,
  region: Place,
  words: PlaceWords,
  boundaries: Boundaries | undefined,
): PlaceMention {
  fired(PLACE_REGION_OF_DISTRICT);
  const span = { ...district, kind: "region" as const, transliteration: undefined, rule: PLACE_REGION_OF_DISTRICT.id };
  const mention = mentionOf(context, gazetteer, span, [{ place: region, score: 0 }], words, boundaries);
  const { start, end, text } = district;
  mention.value.unplaced = { start, end, text, rule: PLACE_REGION_OF_DISTRICT.id };
  return { ...mention, confidence: Math.min(mention.confidence, 0.4) };
}

/** The rule that drops a span's best reading because nothing in the document supports it, or null. */
function unsupported(
  span: Found,
  best: { place: Place; score: number },
  sameName: Found[],
  placeContext: PlaceContext,
): Rule | null {
  const { place } = best;
  // An uncued single word whose best reading is a hamlet is more likely a name or a word than a place.
  const prominent = place.population >= 5000 || place.featureClass === "A" || best.score >= 6;
  if (!span.cued && !prominent) return PLACE_UNCUED_HAMLET;
  // A town in a country nothing else in the text points to is usually a word or a name ("Pro Cap", "UTICA"),
  // above all when the text is plainly about another country. What else points to its country: each mention of
  // this very name added 0.4 to it ("Tain Nyo bridge … Tain Nyo camp" must not vouch for itself).
  const weights = placeContext.countryWeights;
  const support = (weights.get(place.countryCode) ?? 0) - 0.4 * (sameName.length - 1);
  // (A city a preposition introduces is one whatever else the text is about: "truckers from Turkey protested in
  // Batumi".)
  const major =
    COUNTRY.test(place.featureCode) ||
    place.featureCode === "ADM1" ||
    place.population >= 500_000 ||
    (span.cued && (place.population >= 100_000 || CAPITAL_OR_SEAT.test(place.featureCode)));
  // (Its own reading counts 0.4 towards its country, hence "< 0.8": nothing else supports it.)
  // (Another country, that is: "Diffa (Diffa, Diffa)" points only to Niger, however often it repeats itself.)
  const strongestElsewhere = Math.max(
    0,
    ...[...weights].filter(([iso2]) => iso2 !== place.countryCode).map(([, w]) => w),
  );
  const elsewhere = support < 0.8 && strongestElsewhere >= 1 && support < strongestElsewhere;
  if (elsewhere && !major && !repeatedWithCue(sameName, place)) return PLACE_UNSUPPORTED_COUNTRY;
  if (!major && !span.within && aboutAnotherArea(place, span, placeContext)) return PLACE_UNSUPPORTED_AREA;
  if (!span.cued && support < 0.8 && place.featureClass === "P" && place.population < 100_000)
    return PLACE_UNCUED_SMALL_TOWN;
  // "in front of Corporation cleaning department" read as Berne (Indiana), once called so: a hamlet known here
  // only by another of its names (not a spelling of its own: "Joub Jannine"), in a country nothing else points to,
  // is a word, not that hamlet.
  if (support < 0.8 && !major && best.score < 6 && !spelledAlike(place.name, span.name)) return PLACE_OTHER_NAME_ONLY;
  return null;
}

/**
 * A town alone in its admin-1 area while the text's other places crowd into another area of the same country: a
 * local paper's "Kent" among Minnesota towns is Minnesota's, which the gazetteer may lack, not Washington's.
 */
function aboutAnotherArea(place: Place, span: Found, placeContext: PlaceContext): boolean {
  const area = areaKey(place);
  if (!area) return false;
  const own = normalizeName(span.name);
  const names = placeContext.areaNames;
  const support = [...(names.get(area) ?? [])].filter((name) => name !== own).length;
  const prefix = `${place.countryCode}|`;
  const crowd = Math.max(
    0,
    ...[...names].filter(([key]) => key !== area && key.startsWith(prefix)).map(([, n]) => n.size),
  );
  return support === 0 && crowd >= AREA_CROWD;
}

/** How many other towns of the text must lie in one other area: a paper's own district, not a passing name. */
const AREA_CROWD = 3;

/** Towns and districts: what a local story names, unlike the regions and countries any story may name. */
const LOCAL_FEATURE = /^(PPL|ADM[2-5])/;

function otherCountryArea(gazetteer: Gazetteer, span: Found, place: Place): Rule | null {
  return inAreaOfAnotherCountry(gazetteer, span, place) ? PLACE_AREA_OF_ANOTHER_COUNTRY : null;
}

function mentionOf(
  context: ExtractContext,
  gazetteer: Gazetteer,
  span: Found,
  ranked: Ranked,
  words: PlaceWords,
  boundaries: Boundaries | undefined,
): PlaceMention {
  const best = (ranked[0] as { place: Place }).place;
  const before = context.text.slice(Math.max(0, span.start - 60), span.start);
  const origin = endingMatch(words.rules.origin, before) !== null;
  if (origin) fired(words.rules.origin);
  const institution = institutionRule(before, context.text.slice(span.end, span.end + 60), words);
  if (institution) fired(institution);
  // (A name matched only under the loosest key is a looser reading: a quarter less sure.)
  if (span.transliteration) fired(PLACE_TRANSLITERATION_VARIANT);
  const confidence = resolutionConfidence(ranked, span.cued) * (span.transliteration ? 0.75 : 1);
  return {
    kind: "place",
    start: span.start,
    end: span.end,
    text: span.text,
    rule: span.rule,
    confidence: Number(confidence.toFixed(2)),
    sentence: span.sentence,
    value: {
      ...withAdminsFromBoundaries(placeValue(ranked, span.kind), gazetteer, boundaries),
      ...seatOf(gazetteer, best),
      ...(origin ? { origin: true as const } : {}),
      ...(institution ? { institution: true as const } : {}),
    },
  };
}

/** The rule that makes a place an organisation's or a speaker's rather than the scene, or null. */
function institutionRule(before: string, after: string, words: PlaceWords): Rule | null {
  const { organisationName, speakerPlace } = words.rules;
  if (organisationName.pattern.test(after) || organisationName.before.test(before)) return organisationName;
  if (speakerPlace.pattern.test(after) && speakerPlace.before.test(before)) return speakerPlace;
  return null;
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
function preferSupportedCountry(ranked: Ranked, countryWeights: Map<string, number>): Ranked {
  const supported = (r: { place: Place }) => (countryWeights.get(r.place.countryCode) ?? 0) >= 0.8;
  const best = ranked[0];
  if (!best || supported(best) || COUNTRY.test(best.place.featureCode)) return ranked;
  const alternative = ranked.find(supported);
  if (!alternative) return ranked;
  fired(PLACE_SUPPORTED_COUNTRY_FIRST);
  return [alternative, ...ranked.filter((r) => r !== alternative)];
}

const ADMIN_OR_COUNTRY = /^(ADM1|ADM2|PCL)/;

/**
 * "Amritsar (Punjab)": the area written behind a town is the reading that holds it (India's Punjab, not Pakistan's,
 * more populous), where the gazetteer has one.
 */
function preferEnclosing(ranked: Ranked, town: Place | undefined): Ranked {
  if (!town) return ranked;
  const holds = (area: Place) =>
    area.countryCode === town.countryCode &&
    (COUNTRY.test(area.featureCode) ||
      (area.featureCode === "ADM1" && area.admin1 === town.admin1) ||
      (area.featureCode === "ADM2" && area.admin2 === town.admin2));
  const holder = ranked.find((r) => holds(r.place));
  if (!holder || holder === ranked[0]) return ranked;
  fired(PLACE_ENCLOSING_AREA_FIRST);
  return [holder, ...ranked.filter((r) => r !== holder)];
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
  const areas = names.flatMap((name) => gazetteer.candidates(name).filter((p) => ADMIN_OR_COUNTRY.test(p.featureCode)));
  return areas.length > 0 && areas.every((p) => p.countryCode !== place.countryCode);
}

/**
 * Cities ACLED codes to two countries by their parts: a city read in one country is its part in the other where the
 * report names that other's people (PLACE_DIVIDED_CITY).
 */
const DIVIDED_CITIES = [{ city: "Jerusalem", country: "IL", part: "East Jerusalem", partCountry: "PS" }] as const;
/** How strongly the report must point to the part's country: one demonym or one actor of it. */
const PART_COUNTRY_WEIGHT = 0.5;

/**
 * "Israeli forces detained three Palestinians in Jerusalem": ACLED codes such an event to East Jerusalem, in
 * Palestine's West Bank, not to Israel's Jerusalem; the gazetteer's part takes the city's place at the head of the
 * ranking.
 */
function dividedCityPart(gazetteer: Gazetteer, ranked: Ranked, weights: Map<string, number>): Ranked {
  const [best, ...rest] = ranked;
  if (best?.place.featureClass !== "P") return ranked;
  const divided = DIVIDED_CITIES.find(
    (d) => d.country === best.place.countryCode && normalizeName(best.place.name) === normalizeName(d.city),
  );
  if (!divided || (weights.get(divided.partCountry) ?? 0) < PART_COUNTRY_WEIGHT) return ranked;
  const part = gazetteer.candidates(divided.part).find((p) => p.countryCode === divided.partCountry);
  if (!part) return ranked;
  fired(PLACE_DIVIDED_CITY);
  return [{ place: part, score: best.score }, ...rest];
}

/**
 * "Strike on Poltava … in the direction of Poltava": a city the text keeps using as a place is one. (A city: a
 * village's name that comes back is as often part of another name, "Tain Nyo bridge … the Tain Nyo camp".)
 */
function repeatedWithCue(sameName: Found[], place: Place): boolean {
  return sameName.length >= 2 && sameName.some((s) => s.cued) && place.population >= 50_000;
}
