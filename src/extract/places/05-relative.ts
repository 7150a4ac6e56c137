import { destination, haversineKm } from "../../base/geo.js";
import type { PlaceMention, PlaceValue } from "../../model/mentions.js";
import type { Boundaries } from "../../sources/boundaries/boundaries.js";
import type { Gazetteer, Place } from "../../sources/gazetteer/gazetteer.js";
import { parseNumberWord } from "../common/numbers.js";
import type { ExtractContext } from "../types.js";
import { compile, distanceBefore, endingMatch } from "./names.js";
import { adminsAt } from "./ranking.js";
import type { PlaceWords } from "./types.js";

// Relative places: "40 km north of Kaya" (a point by bearing and distance), "12 km from Macomia", "near Djibo"
// (within ~25 km of the town), "between Djibo and Namssiguia" (the midpoint).

interface Surroundings {
  context: ExtractContext;
  gazetteer: Gazetteer;
  boundaries: Boundaries | undefined;
  words: PlaceWords;
}

/** The relative places written around the resolved ones; "near" marks its anchor in place. */
export function relativePlaces(around: Surroundings, anchors: PlaceMention[]): PlaceMention[] {
  const { context, words } = around;
  const relative: PlaceMention[] = [];
  for (const anchor of anchors) {
    const { latitude, longitude } = anchor.value;
    if (latitude === null || longitude === null) continue;
    const before = context.text.slice(Math.max(0, anchor.start - 80), anchor.start);
    const match = distanceBefore(before, words);
    if (match?.groups) {
      const point = distancePlace(around, anchor, match);
      if (point) relative.push(point);
      continue;
    }
    if (endingMatch(words.rules.vicinityOfTown, before)) {
      anchor.value.precision = Math.max(anchor.value.precision, 2) as 2 | 3;
      anchor.value.relative = { anchor: anchor.value.name, distance_km: null, bearing: null, nearest: [] };
      anchor.rule = words.rules.vicinityOfTown.id;
    }
  }
  relative.push(...betweenPlaces(around, anchors));
  return relative;
}

/** "40 km north of Kaya": the point at that distance and bearing; "12 km from Macomia": the town itself. */
function distancePlace(around: Surroundings, anchor: PlaceMention, match: RegExpExecArray): PlaceMention | null {
  const { context, gazetteer, boundaries, words } = around;
  const groups = match.groups ?? {};
  const km = distanceKm(groups.distance, groups.unit, words);
  if (km === null || km > 500) return null;
  const { latitude, longitude } = anchor.value as { latitude: number; longitude: number };
  const bearingWord = groups.bearing?.toLowerCase().replace(SPACES, " ");
  const bearing = bearingWord ? words.bearings[bearingWord] : undefined;
  const point = bearing === undefined ? { latitude, longitude } : destination(latitude, longitude, km, bearing);
  const nearest = gazetteer.nearest(point.latitude, point.longitude, Math.max(10, km / 4), 3);
  const start = anchor.start - match[0].length;
  const rule = bearing === undefined ? words.rules.distanceFromTown : words.rules.distanceBearingFromTown;
  return {
    kind: "place",
    start,
    end: anchor.end,
    text: context.text.slice(start, anchor.end),
    rule: rule.id,
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
        nearest: nearest.map((place: Place) => place.name),
      },
    },
  };
}

const DIGIT = /\d/;
// "north  east" as "north east" (the first run of spaces only, as the bearings are written).
const SPACES = /\s+/;

function distanceKm(distance: string | undefined, unit: string | undefined, words: PlaceWords): number | null {
  if (!distance || !unit) return null;
  const value = DIGIT.test(distance)
    ? Number(distance.replace(",", "."))
    : parseNumberWord(distance, words.numberWords);
  const factor = words.kmPerUnit[unit.toLowerCase()];
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

/** "between Djibo and Namssiguia": the midpoint of the two, if they are within 300 km of each other. */
function betweenPlaces(around: Surroundings, places: PlaceMention[]): PlaceMention[] {
  const { context, words } = around;
  const { betweenTowns } = words.rules;
  const result: PlaceMention[] = [];
  for (let i = 0; i + 1 < places.length; i++) {
    const [a, b] = [places[i] as PlaceMention, places[i + 1] as PlaceMention];
    if (!betweenTowns.pattern.test(context.text.slice(Math.max(0, a.start - 20), a.start))) continue;
    if (!compile(words).onlyAnd.test(context.text.slice(a.end, b.start))) continue;
    const [la, lo, lb, lob] = [a.value.latitude, a.value.longitude, b.value.latitude, b.value.longitude];
    if (la === null || lo === null || lb === null || lob === null || haversineKm(la, lo, lb, lob) > 300) continue;
    const start = a.start - (betweenTowns.pattern.exec(context.text.slice(0, a.start))?.[0].length ?? 0);
    result.push(midpointPlace(around, a, b, start, { latitude: (la + lb) / 2, longitude: (lo + lob) / 2 }));
  }
  return result;
}

function midpointPlace(
  around: Surroundings,
  a: PlaceMention,
  b: PlaceMention,
  start: number,
  midpoint: { latitude: number; longitude: number },
): PlaceMention {
  const { context, gazetteer, boundaries, words } = around;
  return {
    kind: "place",
    start,
    end: b.end,
    text: context.text.slice(start, b.end),
    rule: words.rules.betweenTowns.id,
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
  };
}
