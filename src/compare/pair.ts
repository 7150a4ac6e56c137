import { addDays, daysBetween } from "../base/calendar.js";
import { haversineKm } from "../base/geo.js";
import { EVENT_TYPE_FAMILY } from "../code/taxonomy.js";
import { dateWindow } from "../merge/source-event.js";
import type { EventSummary } from "../model/index.js";
import type { AcledRecord } from "./acled-file.js";

/** What the comparison reads of a Vigil event: the fields `vigil events` lists (a summary or a full record). */
export type ComparedEvent = Pick<
  EventSummary,
  | "id"
  | "event_id_cnty"
  | "event_date"
  | "time_precision"
  | "event_type"
  | "sub_event_type"
  | "actor1"
  | "assoc_actor_1"
  | "actor2"
  | "assoc_actor_2"
  | "country"
  | "iso3"
  | "admin1"
  | "location"
  | "latitude"
  | "longitude"
  | "geo_precision"
  | "fatalities"
>;

/** Days either side of both date windows within which an ACLED row and a Vigil event may be one event. */
export const DATE_SLACK_DAYS = 1;
/** How far a coded point may be from the site, by geo precision (1 town, 2 near a town or district, 3 region). */
export const SITE_RADIUS_KM: Record<1 | 2 | 3, number> = { 1: 15, 2: 40, 3: 100 };

/** Weights of the pair score (0–1); the pair must also pass every gate (country, date, place, type). */
const WEIGHTS = { date: 0.3, place: 0.3, type: 0.3, actors: 0.1 };
const DATE_SCORE = { sameDay: 1, overlapping: 0.75, withinSlack: 0.5 };
const TYPE_SCORE = { "sub-type": 1, type: 0.75, family: 0.4, none: 0 };
/** A place known only by its admin area (no coordinates on the Vigil side) is half a match. */
const ADMIN_ONLY_PLACE_SCORE = 0.5;

// ACLED wrote "Strategic Developments" in older files; Vigil writes "Strategic developments".
const FAMILY_OF_FOLDED_TYPE = new Map(
  Object.entries(EVENT_TYPE_FAMILY).map(([type, family]) => [type.toLowerCase(), family]),
);

export type TypeAgreement = keyof typeof TYPE_SCORE;

/** How an ACLED row and a Vigil event compare, field by field: shown by `--explain`. */
export interface PairFeatures {
  /** Days between the two date windows (0 when they overlap); null when the Vigil event has no date. */
  date_gap_days: number | null;
  distance_km: number | null;
  /** The sum of both sides' site radii: within it, the two points can be one site. */
  distance_tolerance_km: number;
  same_admin1: boolean;
  type_agreement: TypeAgreement;
  shared_actor: string | null;
}

export interface PairScore {
  score: number;
  /** Empty when the pair may be one event; otherwise why not (one entry per failed gate). */
  vetoes: string[];
  features: PairFeatures;
}

/**
 * The days an ACLED date stands for. ACLED codes a week-precise event on a day within the week and a month-precise
 * one within the month, so a week is taken as three days either side and a month as the calendar month.
 */
export function acledWindow(row: Pick<AcledRecord, "event_date" | "time_precision">): { low: string; high: string } {
  if (row.time_precision === 2) return { low: addDays(row.event_date, -3), high: addDays(row.event_date, 3) };
  return dateWindow(row) as { low: string; high: string };
}

export const KM_PER_DEGREE_OF_LATITUDE = 111.2;

/** Each coded point may be off by its own precision's radius, so two codings of one site can be this far apart. */
const toleranceKm = (row: AcledRecord, event: ComparedEvent) =>
  SITE_RADIUS_KM[row.geo_precision] + SITE_RADIUS_KM[event.geo_precision ?? 3];

/**
 * Whether an event's point is too far north or south of the row's to be one site: a test of a subtraction that
 * spares the full comparison of the many same-country, same-day events of a large export.
 */
export function plainlyApart(row: AcledRecord, event: ComparedEvent): boolean {
  if (event.latitude === null) return false;
  return Math.abs(row.latitude - event.latitude) * KM_PER_DEGREE_OF_LATITUDE > toleranceKm(row, event) + 1;
}

/**
 * Scores a row against an event: gates for country, date (each side's time precision, and a day's slack), place
 * (each side's geo precision) and type family; then a score weighing how close date, place, type and actors are.
 */
export function scorePair(row: AcledRecord, event: ComparedEvent): PairScore {
  const features = pairFeatures(row, event);
  const vetoes: string[] = [];
  if (row.iso3 !== event.iso3) vetoes.push(`another country (${event.country ?? "none"})`);
  if (features.date_gap_days === null) vetoes.push("the event has no date");
  else if (features.date_gap_days > DATE_SLACK_DAYS) vetoes.push(`dates ${features.date_gap_days} days apart`);
  if (features.distance_km === null ? !features.same_admin1 : features.distance_km > features.distance_tolerance_km)
    vetoes.push(
      features.distance_km === null
        ? "no coordinates and another admin1"
        : `${features.distance_km} km apart (within ${features.distance_tolerance_km} km is one site)`,
    );
  if (features.type_agreement === "none") vetoes.push(`types differ (${event.event_type ?? "none"})`);
  return { score: scoreOf(row, event, features), vetoes, features };
}

function pairFeatures(row: AcledRecord, event: ComparedEvent): PairFeatures {
  const window = dateWindow(event);
  const rowWindow = acledWindow(row);
  const distance =
    event.latitude === null || event.longitude === null
      ? null
      : Math.round(haversineKm(row.latitude, row.longitude, event.latitude, event.longitude));
  return {
    date_gap_days: window
      ? Math.max(0, daysBetween(window.low, rowWindow.high), daysBetween(rowWindow.low, window.high))
      : null,
    distance_km: distance,
    distance_tolerance_km: toleranceKm(row, event),
    same_admin1: !!row.admin1 && row.admin1.toLowerCase() === (event.admin1 ?? "").toLowerCase(),
    type_agreement: typeAgreement(row, event),
    shared_actor: sharedActor(row, event),
  };
}

function scoreOf(row: AcledRecord, event: ComparedEvent, f: PairFeatures): number {
  const sameDay = row.time_precision === 1 && event.time_precision === 1 && row.event_date === event.event_date;
  const date =
    f.date_gap_days === null
      ? 0
      : sameDay
        ? DATE_SCORE.sameDay
        : f.date_gap_days === 0
          ? DATE_SCORE.overlapping
          : f.date_gap_days <= DATE_SLACK_DAYS
            ? DATE_SCORE.withinSlack
            : 0;
  const place =
    f.distance_km === null
      ? f.same_admin1
        ? ADMIN_ONLY_PLACE_SCORE
        : 0
      : Math.max(0, 1 - f.distance_km / f.distance_tolerance_km);
  const score =
    WEIGHTS.date * date +
    WEIGHTS.place * place +
    WEIGHTS.type * TYPE_SCORE[f.type_agreement] +
    WEIGHTS.actors * (f.shared_actor ? 1 : 0);
  return Math.round(score * 1000) / 1000;
}

function typeAgreement(row: AcledRecord, event: ComparedEvent): TypeAgreement {
  if (sameName(row.event_type, event.event_type))
    return sameName(row.sub_event_type, event.sub_event_type) ? "sub-type" : "type";
  const theirs = familiesOf(event.event_type, event.sub_event_type);
  return familiesOf(row.event_type, row.sub_event_type).some((f) => theirs.includes(f)) ? "family" : "none";
}

/** A lynching is a riot to one coder and an attack on civilians to another: mob violence is in both families. */
function familiesOf(type: string | null, subType: string | null): string[] {
  const family = FAMILY_OF_FOLDED_TYPE.get((type ?? "").trim().toLowerCase());
  if (!family) return [];
  return sameName(subType, "Mob violence") ? [family, "violence"] : [family];
}

export const sameName = (a: string | null, b: string | null) =>
  (a ?? "").trim().toLowerCase() === (b ?? "").trim().toLowerCase();

/** Placeholder names ("Unidentified Armed Group (Mali)", "Civilians (Mali)") say nothing about identity. */
const UNNAMED = /^(Unidentified|Civilians|Protesters|Rioters)\b/i;

type Actors = Pick<ComparedEvent, "actor1" | "actor2" | "assoc_actor_1" | "assoc_actor_2">;

/** Named actors of either role, split where ACLED joins several ("A; B"). */
function namedActors(event: Actors): string[] {
  return [event.actor1, event.actor2, event.assoc_actor_1, event.assoc_actor_2]
    .flatMap((a) => (a ? a.split(/; | and\/or /) : []))
    .map((a) => a.trim())
    .filter((a) => a && !UNNAMED.test(a));
}

// Each side is compared with many candidates: its actors are split and folded once.
const foldedActors = new WeakMap<Actors, Set<string>>();
function foldedActorsOf(event: Actors): Set<string> {
  let folded = foldedActors.get(event);
  if (!folded) {
    folded = new Set(namedActors(event).map((a) => a.toLowerCase()));
    foldedActors.set(event, folded);
  }
  return folded;
}

/** An actor named on both sides (any role, any case), as the ACLED row writes it. */
function sharedActor(row: AcledRecord, event: ComparedEvent): string | null {
  const theirs = foldedActorsOf(event);
  if (!theirs.size) return null;
  return namedActors(row).find((a) => theirs.has(a.toLowerCase())) ?? null;
}
