import { daysBetween, weekdayOf } from "../base/calendar.js";
import { haversineKm } from "../base/geo.js";
import { EVENT_TYPE_FAMILY } from "../code/taxonomy.js";
import { normalizeName } from "../sources/gazetteer/normalize-name.js";
import { type Comparable, dateWindow, type MatchFields, type PlaceScope, placeScopeOf } from "./source-event.js";

/** What was compared, kept with the decision so `vigil explain --event` can show why two reports merged. */
export interface MergeFeatures {
  /** Days between the two date windows; 0 when they overlap. Null when a side has no date. */
  date_gap_days: number | null;
  same_day: boolean;
  /**
   * An undated report's "on Tuesday" against the other's day: within a day of it, or not; "unchecked" when the
   * other side's day is not known to the day. Null when neither side is an undated report with a weekday.
   */
  weekday_agrees: boolean | "unchecked" | null;
  /** Whether an undated side's day and month ("le 30 juillet") fall within a day of the dated side's window. */
  day_agrees?: boolean | null;
  distance_km: number | null;
  /** Distance within which two places count as the same site: the sum of both sides' precision radii. */
  distance_tolerance_km: number | null;
  same_location: boolean;
  same_admin1: boolean;
  /**
   * One side is placed only at a country or a region (geo_precision 3) whose area holds the other's place, and
   * what such a loose place needs besides holds: the day, the event type and a named group other than a state force
   * agree, and no actor conflicts. Which area ("country" or "region"); null otherwise.
   */
  same_area: PlaceScope | null;
  same_country: boolean | null;
  type_agreement: "sub-type" | "type" | "family" | "none";
  shared_actor: string | null;
  conflicting_actors: boolean;
}

export interface MergeDecision {
  match: boolean;
  score: number;
  features: MergeFeatures;
  /**
   * Why the pair cannot be one event whatever the score (different country, days apart, far apart). A pair with
   * one undated side is judged on the rest when both name the same place: the store then attaches the undated
   * report to its single best match only (see attachUndated).
   */
  veto: string | null;
}

/** Score at or above which two source events are the same event. */
export const MERGE_THRESHOLD = 0.65;
/** Windows further apart than this many days are different events (a report may date an attack a day off). */
export const MAX_DATE_GAP_DAYS = 1;

const SITE_RADIUS_KM: Record<number, number> = { 1: 15, 2: 40, 3: 100 };
const siteRadius = (precision: number | null) => SITE_RADIUS_KM[precision ?? 3] ?? 100;
/** Beyond this many site radii the two places are different places, not the same place coded loosely. */
const FAR_FACTOR = 3;

const WEIGHTS = {
  sameDay: 0.25,
  overlappingDates: 0.15,
  adjacentDates: 0.1,
  nearPlace: 0.35,
  sameLocationName: 0.05,
  sameAdmin1Only: 0.1,
  sameArea: 0.15,
  sameSubType: 0.25,
  sameType: 0.2,
  sameFamily: 0.1,
  differentFamily: -0.3,
  sharedActor: 0.15,
  conflictingActors: -0.25,
};

/**
 * Whether two reports' codings describe one event: adjacent dates (each side's precision respected), near places
 * (each side's geo precision respected), compatible types and actors. Symmetric and a function of the pair alone,
 * which is what makes the merged result independent of ingest order.
 */
export function compareSources(a: Comparable, b: Comparable): MergeDecision {
  const x = a.event;
  const y = b.event;
  const features = compareFields(x, y);
  const veto = vetoOf(features);
  let score = 0;
  if (features.same_day) score += WEIGHTS.sameDay;
  else if (features.date_gap_days === 0) score += WEIGHTS.overlappingDates;
  else if (features.date_gap_days !== null && features.date_gap_days <= MAX_DATE_GAP_DAYS)
    score += WEIGHTS.adjacentDates;
  else if (features.weekday_agrees === true || features.day_agrees === true) score += WEIGHTS.adjacentDates;
  const near =
    features.same_location ||
    (features.distance_km !== null && features.distance_km <= (features.distance_tolerance_km ?? 0));
  if (near) score += WEIGHTS.nearPlace + (features.same_location ? WEIGHTS.sameLocationName : 0);
  else if (features.same_area) score += WEIGHTS.sameArea;
  else if (features.same_admin1) score += WEIGHTS.sameAdmin1Only;
  score += {
    "sub-type": WEIGHTS.sameSubType,
    type: WEIGHTS.sameType,
    family: WEIGHTS.sameFamily,
    none: WEIGHTS.differentFamily,
  }[features.type_agreement];
  if (features.shared_actor) score += WEIGHTS.sharedActor;
  if (features.conflicting_actors) score += WEIGHTS.conflictingActors;
  score = Math.round(score * 1000) / 1000;
  return { match: veto === null && score >= MERGE_THRESHOLD, score, features, veto };
}

function dateGap(x: MatchFields, y: MatchFields): number | null {
  const wx = dateWindow(x);
  const wy = dateWindow(y);
  return wx && wy ? Math.max(0, daysBetween(wx.low, wy.high), daysBetween(wy.low, wx.high)) : null;
}

function distanceKm(x: MatchFields, y: MatchFields): number | null {
  if (x.latitude === null || x.longitude === null || y.latitude === null || y.longitude === null) return null;
  return Math.round(haversineKm(x.latitude, x.longitude, y.latitude, y.longitude));
}

// Each coded point may be off by its own precision's radius, so two codings of one site can be that far apart.
const toleranceKm = (x: MatchFields, y: MatchFields) => siteRadius(x.geo_precision) + siteRadius(y.geo_precision);

const sameLocation = (x: MatchFields, y: MatchFields) =>
  !!x.location && normalizeName(x.location) === normalizeName(y.location ?? "");

/**
 * Whether the pair is vetoed for country, date or distance, the vetoes most stored candidates meet: a cheap test
 * before the full comparison, true only where compareSources would veto the pair too.
 */
export function plainlyApart(x: MatchFields, y: MatchFields): boolean {
  if (x.iso3 && y.iso3 && x.iso3 !== y.iso3) return true;
  const distance = distanceKm(x, y);
  const far = distance !== null && distance > FAR_FACTOR * toleranceKm(x, y);
  if (far && !sameLocation(x, y) && !areaHolding(x, y)) return true;
  const gap = dateGap(x, y);
  return gap !== null && gap > MAX_DATE_GAP_DAYS;
}

/**
 * Whether a dated report is placed only at a country or a region (geo_precision 3): the point it is coded at is a
 * convention (the capital, the region's seat), so the report cannot tell two events of its area and days apart. The
 * store attaches such a report to the one report it matches best, as it does an undated one, never letting it link
 * two events.
 */
export function looselyPlaced(event: MatchFields): boolean {
  return event.geo_precision === 3 && !!event.event_date;
}

function compareFields(x: MatchFields, y: MatchFields): MergeFeatures {
  const distance = distanceKm(x, y);
  const features: MergeFeatures = {
    date_gap_days: dateGap(x, y),
    same_day: x.time_precision === 1 && y.time_precision === 1 && x.event_date === y.event_date,
    weekday_agrees: weekdayAgreement(x, y) ?? weekdayAgreement(y, x),
    day_agrees: dayAgreement(x, y) ?? dayAgreement(y, x),
    distance_km: distance,
    distance_tolerance_km: distance === null ? null : toleranceKm(x, y),
    same_location: sameLocation(x, y),
    same_admin1: !!x.admin1 && x.admin1 === y.admin1 && x.iso3 === y.iso3,
    same_country: x.iso3 && y.iso3 ? x.iso3 === y.iso3 : null,
    type_agreement: typeAgreement(x, y),
    ...sharedAndConflicting(x, y),
    same_area: null,
  };
  const area = areaHolding(x, y);
  if (area && looseAreaSupported(x, y, features)) features.same_area = area;
  return features;
}

/**
 * The area (country or region) a side placed only at geo_precision 3 stands for, when it holds the other side's
 * place: a report that says only "in Mali" may tell of an attack the next report places in a town 1,000 km from the
 * capital its coding points at. Null when neither side is so placed, or the other side lies outside the area.
 */
function areaHolding(x: MatchFields, y: MatchFields): PlaceScope | null {
  if ((x.geo_precision !== 3 && y.geo_precision !== 3) || !x.iso3 || x.iso3 !== y.iso3) return null;
  const scopes = [placeScopeOf(x), placeScopeOf(y)];
  if (scopes.includes("country")) return "country";
  if (scopes.includes("region") && x.admin1 && x.admin1 === y.admin1) return "region";
  return null;
}

/**
 * A whole country or region holds many events: its name ties a report to one of them only with more than the
 * usual support. Both sides' days agree (an undated side's day and month, not a weekday alone), the event type is
 * the same, and both name one group that is not a state force (armies and police take part in most of a country's
 * events), with no actor in conflict.
 */
function looseAreaSupported(x: MatchFields, y: MatchFields, f: MergeFeatures): boolean {
  const daysAgree =
    (f.date_gap_days !== null && f.date_gap_days <= MAX_DATE_GAP_DAYS) ||
    (f.date_gap_days === null && f.day_agrees === true && f.weekday_agrees !== false);
  const sameType = f.type_agreement === "sub-type" || f.type_agreement === "type";
  return daysAgree && sameType && !f.conflicting_actors && sharesNamedGroup(x, y);
}

function vetoOf(f: MergeFeatures): string | null {
  if (f.same_country === false) return "different countries";
  if (f.weekday_agrees === false) return "the undated report names another weekday";
  if (f.day_agrees === false) return "the undated report names another day";
  if (f.weekday_agrees === "unchecked") return "the undated report names a weekday the other's date cannot confirm";
  if (f.date_gap_days === null && f.weekday_agrees === null && !f.day_agrees && !f.same_location)
    return "a side has no date";
  if (f.date_gap_days !== null && f.date_gap_days > MAX_DATE_GAP_DAYS) return `dates ${f.date_gap_days} days apart`;
  const far = f.distance_km !== null && f.distance_km > FAR_FACTOR * (f.distance_tolerance_km ?? 0);
  if (far && !f.same_location && !f.same_area) return `places ${f.distance_km} km apart`;
  return null;
}

/** Whether an undated side's weekday is within a day of the dated side's day; null when there is nothing to compare. */
function weekdayAgreement(undated: MatchFields, dated: MatchFields): MergeFeatures["weekday_agrees"] {
  if (undated.event_date || undated.weekday_hint == null || !dated.event_date) return null;
  if (dated.time_precision !== 1) return "unchecked";
  const gap = Math.abs(weekdayOf(dated.event_date) - undated.weekday_hint);
  return Math.min(gap, 7 - gap) <= MAX_DATE_GAP_DAYS;
}

/** Whether an undated side's day and month fall in the dated side's window (a day either side), in its year. */
function dayAgreement(undated: MatchFields, dated: MatchFields): boolean | null {
  if (undated.event_date || !undated.month_day_hint || !dated.event_date) return null;
  const window = dateWindow(dated);
  if (!window) return null;
  const day = `${dated.event_date.slice(0, 4)}-${undated.month_day_hint}`;
  return daysBetween(day, window.low) >= -MAX_DATE_GAP_DAYS && daysBetween(window.high, day) >= -MAX_DATE_GAP_DAYS;
}

function typeAgreement(x: MatchFields, y: MatchFields): MergeFeatures["type_agreement"] {
  if (x.event_type === y.event_type) return x.sub_event_type === y.sub_event_type ? "sub-type" : "type";
  const fy = familiesOf(y);
  return familiesOf(x).some((f) => fy.includes(f)) ? "family" : "none";
}

/**
 * Sub-types one coder files under crowds and another under violence against civilians: a lynching is a riot or an
 * attack, and forces firing on protesters are excessive force against a protest or an attack on civilians.
 */
const CROWD_OR_VIOLENCE = new Set(["Mob violence", "Excessive force against protesters"]);

function familiesOf(event: MatchFields): string[] {
  const family = EVENT_TYPE_FAMILY[event.event_type ?? ""];
  if (!family) return [];
  return CROWD_OR_VIOLENCE.has(event.sub_event_type ?? "") ? [family, "violence"] : [family];
}

/** Placeholder names ("Unidentified Armed Group (Mali)", "Civilians (Mali)") say nothing about identity. */
const UNNAMED = /^(Unidentified|Civilians|Protesters|Rioters)\b/;
const STATE_FORCE = /^(Military|Police) Forces\b/;

function namedActors(event: MatchFields): string[] {
  return (
    [event.actor1, event.actor2, event.assoc_actor_1, event.assoc_actor_2]
      // "A and/or B" shares a group with a report that names A alone.
      .flatMap((a) => (a ? a.split(/; | and\/or /) : []))
      .filter((a) => !UNNAMED.test(a))
  );
}

/** Whether both name one group that is not a state force. */
function sharesNamedGroup(x: MatchFields, y: MatchFields): boolean {
  const theirs = new Set(namedActors(y));
  return namedActors(x).some((a) => theirs.has(a) && !STATE_FORCE.test(a));
}

function sharedAndConflicting(
  x: MatchFields,
  y: MatchFields,
): Pick<MergeFeatures, "shared_actor" | "conflicting_actors"> {
  const mine = namedActors(x);
  const theirs = new Set(namedActors(y));
  const shared = mine.find((a) => theirs.has(a)) ?? null;
  const bothNamed = !!x.actor1 && !!y.actor1 && !UNNAMED.test(x.actor1) && !UNNAMED.test(y.actor1);
  // Reports often blame "the army" for what others pin on its auxiliaries (VDP, Wagner): a state force on one side
  // does not contradict another attacker; two different named groups do.
  const stateForce = [x.actor1, y.actor1].some((a) => a && STATE_FORCE.test(a));
  return { shared_actor: shared, conflicting_actors: bothNamed && !stateForce && shared === null };
}
