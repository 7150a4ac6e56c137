import { distance } from "fastest-levenshtein";
import { around } from "geokdbush";
import KDBush from "kdbush";
import { distanceToLineKm, haversineKm } from "../../base/geo.js";
import { fired } from "../../base/trace.js";
import type { PlaceCandidate, PlaceValue } from "../../model/mentions.js";
import type { Boundaries } from "../../sources/boundaries/boundaries.js";
import type { Gazetteer, Place } from "../../sources/gazetteer/gazetteer.js";
import { adminDisplayName, normalizeName, spellingKey } from "../../sources/gazetteer/normalize-name.js";
import {
  PLACE_COUNTRY_IN_LANGUAGE,
  PLACE_ON_MONITORED_LINE,
  PLACE_SEAT_FIRST,
  PLACE_SHORT_ALIAS,
  PLACE_TOWN_BEFORE_AREA,
} from "./rules.js";

/** What the words around a name say it is; "area": an admin area in brackets behind a place ("(Tripoli)"). */
export type PlaceKind = "town" | "district" | "region" | "area";

/** A name found in the text, before it is resolved to one place. */
export interface PlaceSpan {
  start: number;
  end: number;
  text: string;
  /** The name to look up (the span without "district", "State" and the like). */
  name: string;
  kind: PlaceKind | null;
  /** Words before the name that make it a place ("in", "near"): more trust for small places. */
  cued: boolean;
  rule: string;
  /** Known only under a looser transliteration (`Gazetteer.spellingVariants`). */
  spelling?: true;
  /** Known under no spelling: looked for among the towns of the document's country (`transliterationVariants`). */
  transliteration?: true;
  /** A region or country named right after it ("Athens, Ga."): the place must be inside it. */
  within?: string;
  /** The country (ISO alpha-2) the name is in the report's language ("Liban"), which GeoNames names in English only. */
  countryInLanguage?: string;
}

/** What the document says about where it is: countries and admin-1 areas named, resolved places so far. */
export interface PlaceContext {
  countryWeights: Map<string, number>;
  admin1Names: Set<string>;
  anchors: Place[];
  /** The towns and districts the document names clearly, by the admin-1 area (`areaKey`) they lie in. */
  areaNames: Map<string, Set<string>>;
  /** The lines the monitoring missions the report names watch (MonitoredAreaRule.line). */
  lines?: readonly MonitoredLine[];
}

/** A front line a monitoring mission watches, in one country. */
export interface MonitoredLine {
  country: string;
  points: readonly (readonly [number, number])[];
}

// Scores a candidate the way a reader would: prominent places first, then what the document's other places and
// countries make likely. The weights are hand-set and measured on the toponym dev sets.
const FEATURE_BONUS: Record<string, number> = {
  PCLI: 6,
  PCLD: 4,
  PCLS: 4,
  PCLIX: 3,
  PCLF: 3,
  PPLC: 4,
  ADM1: 3,
  PPLA: 2,
  PPLA2: 1.2,
  ADM2: 1.5,
  PPLA3: 0.6,
  ADM3: 0.5,
  PPLA4: 0.3,
  ISL: 0.5,
  LK: 0.5,
  RGN: 0.5,
  MILB: -0.5,
  AIRP: -1,
  AIRF: -1,
  CMPRF: 0.5,
  MKT: -0.5,
  PPLX: -1,
  PPLH: -2,
  PPLQ: -3,
};
const KIND_FEATURES: Record<PlaceKind, RegExp> = {
  town: /^PPL/,
  district: /^(ADM2|ADM3|ADM4|PPLA2|PPLA3)$/,
  region: /^(ADM1|ADM2|RGN)$/,
  area: /^(ADM1|ADM2|ADM3|ADM4|RGN)$/,
};

export function scoreCandidate(place: Place, span: PlaceSpan, context: PlaceContext): number {
  let score = Math.log10(place.population + 10) + (FEATURE_BONUS[place.featureCode] ?? 0);
  // Its own name rather than an alternate one: "New London" is New London before it is a London once called so.
  if (normalizeName(place.name) === normalizeName(span.name)) score += 1.5;
  if (span.within) {
    const within = normalizeName(span.within);
    if ([place.admin1, place.country, place.admin2].some((n) => n && normalizeName(n) === within)) score += 6;
    // "in Durango, Durango": a name placed in an area of the same name is that area's town, not the area.
    if (within === normalizeName(span.name) && place.featureClass === "A") score -= 6;
  }
  if (span.kind && KIND_FEATURES[span.kind].test(place.featureCode)) score += 3;
  const countryWeight = context.countryWeights.get(place.countryCode) ?? 0;
  score += Math.min(6, countryWeight * 3);
  if (place.admin1 && context.admin1Names.has(place.admin1.toLowerCase())) score += 2.5;
  const nearest = nearestAnchorKm(place, context.anchors);
  if (nearest < NEAREST_BAND_KM) score += 3;
  else if (nearest < 200) score += 2;
  else if (nearest < 600) score += 0.5;
  return score + onTheLine(place, context.lines);
}

/** Within this distance of a monitored line a village is on it; nearer is likelier, farther adds nothing. */
const LINE_BAND_KM = 20;
/** What a village right on the line gains: more than a few hundred inhabitants' worth of a namesake farther off. */
const LINE_BONUS = 5;

/**
 * "The SMM observed explosions near Katerynivka": of a country's many Katerynivkas, the one on the line the mission
 * watches, however small, before a bigger one 20 km behind it (PLACE_ON_MONITORED_LINE).
 */
function onTheLine(place: Place, lines: readonly MonitoredLine[] | undefined): number {
  let bonus = 0;
  for (const line of lines ?? []) {
    if (line.country !== place.countryCode || place.featureClass !== "P") continue;
    const km = distanceToLineKm(place.latitude, place.longitude, line.points);
    bonus = Math.max(bonus, LINE_BONUS * Math.max(0, 1 - km / LINE_BAND_KM));
  }
  if (bonus > 0) fired(PLACE_ON_MONITORED_LINE);
  return bonus;
}

/** A place's admin-1 area as one key, country included. */
export function areaKey(place: Place): string | null {
  return place.admin1 ? `${place.countryCode}|${place.admin1}` : null;
}

/** An anchor this near adds the most; nearer adds no more. */
const NEAREST_BAND_KM = 50;
/** Beyond this distance an anchor adds nothing to a candidate's score (the farthest band above). */
const ANCHOR_REACH_KM = 600;
/** The anchors of a pass, each place once, and the distances already asked for (a place is scored once per mention). */
const anchorIndexes = new WeakMap<Place[], { index: KDBush; places: Place[]; distances: Map<number, number> }>();

/**
 * The distance to the nearest anchor other than the place itself within ANCHOR_REACH_KM (beyond it, infinity), by a
 * k-d tree of the anchors (kdbush, searched on the sphere by geokdbush): a long text's places are each scored against
 * its thousands of anchors, and scanning them all was quadratic (three quarters of the time of a 1 MB text).
 */
function nearestAnchorKm(place: Place, anchors: Place[]): number {
  if (anchors.length === 0) return Number.POSITIVE_INFINITY;
  let indexed = anchorIndexes.get(anchors);
  if (!indexed) {
    // (Each place once: a long text names its towns again and again, and the search for the nearest other than the
    // place itself passed over every copy of it.)
    const places = [...new Map(anchors.map((anchor) => [anchor.geonamesId, anchor])).values()];
    const index = new KDBush(places.length);
    for (const anchor of places) index.add(anchor.longitude, anchor.latitude);
    index.finish();
    indexed = { index, places, distances: new Map() };
    anchorIndexes.set(anchors, indexed);
  }
  const known = indexed.distances.get(place.geonamesId);
  if (known !== undefined) return known;
  const { index, places } = indexed;
  const notItself = (i: number) => (places[i] as Place).geonamesId !== place.geonamesId;
  const [nearest] = around(index, place.longitude, place.latitude, 1, ANCHOR_REACH_KM + 1, notItself);
  const anchor = nearest === undefined ? undefined : places[nearest];
  const distance = anchor
    ? haversineKm(anchor.latitude, anchor.longitude, place.latitude, place.longitude)
    : Number.POSITIVE_INFINITY;
  indexed.distances.set(place.geonamesId, distance);
  return distance;
}

/** Ranks the gazetteer's candidates for a name; the best one and its margin over the next decide the confidence. */
export function rankCandidates(
  gazetteer: Gazetteer,
  span: PlaceSpan,
  context: PlaceContext,
): { place: Place; score: number }[] {
  // A common name ("San Rafael") has more namesakes than the usual 40 most populous: a town placed in a named area
  // may be a small one among them.
  const limit = span.within ? 1000 : undefined;
  const found = span.transliteration
    ? transliterationCandidates(gazetteer, span, context)
    : span.spelling
      ? gazetteer.spellingVariants(span.name, limit)
      : gazetteer.candidates(span.name, limit);
  // "BNP" is Bannu's airport code, "Pro" an alias of Perry (US): a town's alias of three letters or fewer is a code
  // or a clipping far likelier to be another word than that town, unless it spells the town's name within a letter
  // ("Tyr", Tyre).
  const candidates = withCountryInLanguage(gazetteer, withoutShortAliases(found, span.name), span, context);
  // "Sfax" is a city and its governorate: unless the text says "region" or "state", the town locates better.
  const countriesWithTown = new Set(
    candidates.filter((c) => c.featureClass === "P" && c.population > 0).map((c) => c.countryCode),
  );
  const ranked = candidates
    .map((place) => {
      let score = scoreCandidate(place, span, context);
      const isArea = place.featureClass === "A" && !COUNTRY.test(place.featureCode);
      if (isArea && !AREA_KIND.test(span.kind ?? "") && countriesWithTown.has(place.countryCode)) {
        fired(PLACE_TOWN_BEFORE_AREA);
        score -= 2.5;
      }
      return { place, score };
    })
    .sort((a, b) => b.score - a.score);
  return span.kind === "district" || span.kind === "area" ? seatFirst(ranked, span.kind) : ranked;
}

/**
 * "Au Liban", "en Somalie": a country named in the report's language is that country, which the gazetteer knows by
 * its English name only (its namesakes are a Czech village, nothing). Not where a namesake lies in a country the
 * document points to: "Santa Lucía" in a Colombian report is the Colombian town, not Saint Lucia.
 */
function withCountryInLanguage(gazetteer: Gazetteer, candidates: Place[], span: PlaceSpan, context: PlaceContext) {
  const iso2 = span.countryInLanguage;
  if (!iso2 || candidates.some((c) => COUNTRY.test(c.featureCode) && c.countryCode === iso2)) return candidates;
  if (candidates.some((c) => (context.countryWeights.get(c.countryCode) ?? 0) >= 0.8)) return candidates;
  const name = gazetteer.country(iso2)?.name;
  const country = name
    ? gazetteer.candidates(name).find((c) => COUNTRY.test(c.featureCode) && c.countryCode === iso2)
    : undefined;
  if (!country) return candidates;
  fired(PLACE_COUNTRY_IN_LANGUAGE);
  return [country, ...candidates];
}

/**
 * A name written as people write it, looked for only where the document is: among the towns of the countries it
 * points to, and within the admin-1 areas it names when it names any (PLACE_TRANSLITERATION_VARIANT).
 */
function transliterationCandidates(gazetteer: Gazetteer, span: PlaceSpan, context: PlaceContext): Place[] {
  const countries = [...context.countryWeights].filter(([, weight]) => weight >= 0.8).map(([iso2]) => iso2);
  const towns = countries.flatMap((iso2) => gazetteer.transliterationVariants(span.name, iso2));
  const inNamedArea = towns.filter((t) => t.admin1 && context.admin1Names.has(t.admin1.toLowerCase()));
  return context.admin1Names.size > 0 && inNamedArea.length > 0 ? inNamedArea : towns;
}

const COUNTRY = /^PCL/;
const AREA_KIND = /^(region|district|area)$/;
const SPACES = /\s/g;

/** "BNP" (Bannu's airport code), "Pro" (an alias of Perry): see rankCandidates. */
function withoutShortAliases(found: Place[], name: string): Place[] {
  const folded = normalizeName(name);
  if (folded.replace(SPACES, "").length > 3) return found;
  const kept = found.filter((place) => place.featureClass !== "P" || distance(normalizeName(place.name), folded) <= 1);
  if (kept.length < found.length) fired(PLACE_SHORT_ALIAS);
  return kept;
}

/**
 * "in Lashio Township": a district named after its town is located, as ACLED locates it, at that town rather than
 * at the district's middle (the precision stays the district's); so is a region or district named in brackets
 * behind a place the gazetteer lacks ("Ghot Alshaal (Tripoli)").
 */
function seatFirst(ranked: { place: Place; score: number }[], kind: PlaceKind): { place: Place; score: number }[] {
  const area = ranked[0]?.place;
  const levels = kind === "area" ? ANY_ADMIN_LEVEL : BELOW_FIRST_LEVEL;
  if (area?.featureClass !== "A" || !levels.test(area.featureCode)) return ranked;
  const name = normalizeName(area.name);
  const seat = ranked.find(
    ({ place }) =>
      place.featureClass === "P" &&
      place.countryCode === area.countryCode &&
      place.admin1 === area.admin1 &&
      normalizeName(place.name) === name &&
      haversineKm(place.latitude, place.longitude, area.latitude, area.longitude) < 100,
  );
  if (!seat) return ranked;
  fired(PLACE_SEAT_FIRST);
  // (The district itself leaves the list: it is no rival reading of the name, and would halve the confidence.)
  const [top, ...rest] = ranked as [{ place: Place; score: number }, ...{ place: Place; score: number }[]];
  return [{ place: seat.place, score: top.score }, ...rest.filter((r) => r !== seat)];
}

const ANY_ADMIN_LEVEL = /^ADM[1-4]$/;
const BELOW_FIRST_LEVEL = /^ADM[2-4]$/;
const WIDE_AREA = /^(ADM1|PCL|RGN)/;

export function geoPrecision(place: Place, kind: PlaceKind | null): 1 | 2 | 3 {
  if (place.featureClass === "P" || place.featureClass === "S") return kind === "district" || kind === "area" ? 2 : 1;
  if (WIDE_AREA.test(place.featureCode)) return 3;
  return 2;
}

export function placeValue(ranked: { place: Place; score: number }[], kind: PlaceKind | null): PlaceValue {
  const best = ranked[0]?.place;
  const candidates: PlaceCandidate[] = ranked.slice(0, 5).map(({ place, score }) => ({
    geonames_id: String(place.geonamesId),
    name: place.name,
    country: place.country,
    admin1: place.admin1,
    feature_code: place.featureCode,
    population: place.population,
    latitude: place.latitude,
    longitude: place.longitude,
    score: Number(score.toFixed(2)),
  }));
  if (!best) {
    return {
      name: "",
      latitude: null,
      longitude: null,
      country: null,
      iso3: null,
      admin1: null,
      admin2: null,
      geonames_id: null,
      feature_code: null,
      precision: 3,
      candidates,
    };
  }
  return {
    name: best.name,
    latitude: best.latitude,
    longitude: best.longitude,
    country: best.country,
    iso3: best.iso3,
    admin1: best.admin1,
    admin2: best.admin2,
    geonames_id: best.geonamesId > 0 ? String(best.geonamesId) : null,
    feature_code: best.featureCode,
    precision: geoPrecision(best, kind),
    admin_source: "gazetteer",
    ...(best.source ? { gazetteer: best.source } : {}),
    candidates,
  };
}

/**
 * A derived point's country and admin areas from the boundaries it falls in, named as the gazetteer names them
 * (Natural Earth links each polygon to its GeoNames area; by name where it does not); null outside every polygon.
 */
export function adminsAt(
  latitude: number,
  longitude: number,
  boundaries: Boundaries,
  gazetteer: Gazetteer,
): Pick<PlaceValue, "country" | "iso3" | "admin1" | "admin2" | "admin_source"> | null {
  const area = boundaries.areaAt(latitude, longitude);
  if (!area) return null;
  const featureCode = area.level === 2 ? "ADM2" : "ADM1";
  const place =
    (area.geonamesId ? gazetteer.byId(area.geonamesId) : null) ??
    gazetteer.candidates(area.name).find((p) => p.countryCode === area.iso2 && p.featureCode === featureCode);
  if (place) {
    const admin2 = area.level === 2 ? (place.admin2 ?? adminDisplayName(place.name)) : null;
    return { country: place.country, iso3: place.iso3, admin1: place.admin1, admin2, admin_source: "boundaries" };
  }
  const country = gazetteer.country(area.iso2);
  const name = adminDisplayName(area.name);
  return {
    country: country?.name ?? null,
    iso3: country?.iso3 ?? null,
    admin1: area.level === 1 ? name : null,
    admin2: area.level === 2 ? name : null,
    admin_source: "boundaries",
  };
}

/** Confidence from the winner's margin: a clear winner near 0.95, a toss-up near 0.5. */
export function resolutionConfidence(ranked: { score: number }[], cued: boolean): number {
  const [first, second] = ranked;
  if (!first) return 0;
  const margin = second ? first.score - second.score : 3;
  // (A reading preferred for its country over a higher-scored one has a negative margin: low, never below 0.1.)
  const base = 0.5 + Math.max(-0.4, Math.min(0.45, margin / 8));
  return Number(Math.min(0.97, base + (cued ? 0.05 : 0)).toFixed(2));
}

/**
 * "Joub Jannine" for Joubb Jannine, "Arbinda" for Aribinda, "Diffa Airport" for the airport GeoNames calls Diffa:
 * a spelling of the place's own name (a letter in four may differ), not another name of it.
 */
export function spelledAlike(a: string, b: string): boolean {
  const [x, y] = [spellingKey(a), spellingKey(b)];
  return (
    x.startsWith(y) || y.startsWith(x) || distance(x, y) <= Math.max(1, Math.floor(Math.min(x.length, y.length) / 4))
  );
}
