import { isRealDay } from "../base/calendar.js";
import { TAXONOMY } from "../code/taxonomy.js";
import { countryNameOf, iso3Of } from "../export/index.js";
import { fillCountry } from "../sources/actors/acled-conventions.js";
import { defaultSources } from "../sources/index.js";
import type { EventQuery, EventSort } from "../store/index.js";

/** A filter value a user typed that cannot be read; the message says what is expected. */
export class FilterError extends Error {
  constructor(
    readonly filter: string,
    readonly detail: string,
  ) {
    super(`${filter}: ${detail}`);
    this.name = "FilterError";
  }

  /** The same error under the name the user typed the filter by (`sub_type` in a URL for `sub-type`). */
  renamed(names: Record<string, string>): FilterError {
    return new FilterError(names[this.filter] ?? this.filter, this.detail);
  }
}

/** Event filters as typed on the command line or in a URL: every value a string, as the user wrote it. */
export interface FilterInput {
  country?: string;
  admin1?: string;
  since?: string;
  until?: string;
  type?: string;
  subType?: string;
  actor?: string;
  near?: string;
  radiusKm?: string;
  bbox?: string;
  minFatalities?: string;
  text?: string;
  sort?: string;
  ascending?: boolean;
  /** A day or an ISO time: the events as they stood then. */
  asOf?: string;
}

export const SORTS: EventSort[] = ["date", "fatalities", "sources", "updated"];
const DEFAULT_RADIUS_KM = 50;

/**
 * Reads the filters of `vigil events` and `GET /events` into a store query, the same way for both: countries by
 * name or code, event types in any case, actors by any alias, months and years as date bounds.
 */
export function eventFilters(input: FilterInput): Omit<EventQuery, "limit" | "offset"> {
  const query: Omit<EventQuery, "limit" | "offset"> = { ascending: !!input.ascending };
  if (input.sort) {
    if (!SORTS.includes(input.sort as EventSort)) throw new FilterError("sort", `one of ${SORTS.join(", ")}`);
    query.sort = input.sort as EventSort;
  }
  if (input.country) {
    const iso3 = iso3Of(input.country);
    if (!iso3) throw new FilterError("country", `unknown country "${input.country}": use a name or ISO code`);
    query.iso3 = iso3;
  }
  if (input.admin1) query.admin1 = input.admin1;
  if (input.since) query.since = day(input.since, "start", "since");
  if (input.until) query.until = day(input.until, "end", "until");
  if (input.type) query.eventType = taxonomyName(input.type, "event_type", "type");
  if (input.subType) query.subEventType = taxonomyName(input.subType, "sub_event_type", "sub-type");
  if (input.actor) query.actors = actorNames(input.actor);
  if (input.near) {
    const [latitude, longitude] = numbers(input.near, 2, "near", '"latitude,longitude", e.g. "13.4,-1.05"');
    if (Math.abs(latitude as number) > 90 || Math.abs(longitude as number) > 180)
      throw new FilterError("near", "latitude within ±90, longitude within ±180");
    const radiusKm = input.radiusKm ? wholeNumber(input.radiusKm, "radius-km", 1) : DEFAULT_RADIUS_KM;
    query.near = { latitude: latitude as number, longitude: longitude as number, radiusKm };
  }
  if (input.bbox) {
    const box = numbers(input.bbox, 4, "bbox", '"west,south,east,north", e.g. "-6,9,3,15"') as [
      number,
      number,
      number,
      number,
    ];
    const [west, south, east, north] = box;
    if (south > north || [west, east].some((x) => Math.abs(x) > 180) || [south, north].some((y) => Math.abs(y) > 90))
      throw new FilterError("bbox", "west,south,east,north in degrees, south below north");
    query.bbox = box;
  }
  if (input.minFatalities) query.minFatalities = wholeNumber(input.minFatalities, "min-fatalities", 0);
  if (input.text) query.text = input.text.split(/\s+/).filter(Boolean);
  if (input.asOf) query.asOf = instant(input.asOf, "as-of");
  return query;
}

/**
 * A moment as typed: a day (its start, UTC) or an ISO date and time; without a zone a time is UTC, as the store
 * records changes. Returned in the store's form (`toISOString`), so it compares with recorded times as text.
 * @example instant("2024-06-12", "as-of") // "2024-06-12T00:00:00.000Z"
 */
export function instant(value: string, filter: string): string {
  const text = value.trim();
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  const expected = "a day or an ISO time, e.g. 2024-06-12 or 2024-06-12T08:30:00Z";
  if (!match) throw new FilterError(filter, expected);
  const [, date, time, zone] = match;
  if (!isRealDay(date as string)) throw new FilterError(filter, `${date} is not a day of the calendar`);
  const parsed = Date.parse(`${date}T${time ?? "00:00"}${zone ?? "Z"}`);
  if (Number.isNaN(parsed)) throw new FilterError(filter, expected);
  return new Date(parsed).toISOString();
}

/**
 * A whole number as typed, at most 2^53 - 1: past that a number is no longer exact, and a database refuses it
 * ("datatype mismatch" from SQLite for an offset of 2^63).
 * @example wholeNumber("20", "limit", 1) // 20
 */
export function wholeNumber(
  value: string,
  filter: string,
  minimum: number,
  maximum: number = Number.MAX_SAFE_INTEGER,
): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || number < minimum)
    throw new FilterError(filter, `a whole number, ${minimum} or more`);
  if (number > maximum) throw new FilterError(filter, `at most ${maximum}`);
  return number;
}

function day(value: string, side: "start" | "end", filter: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!match) throw new FilterError(filter, "use YYYY-MM-DD, YYYY-MM or YYYY");
  const [, year, month, date] = match;
  // Date.parse reads "2024-02-30" as 1 March and "2024-13" is no month at all: both are typing mistakes.
  if (month && (Number(month) < 1 || Number(month) > 12))
    throw new FilterError(filter, `${value.trim()} has no month ${month}: use 01 to 12`);
  if (date) {
    if (!isRealDay(value.trim())) throw new FilterError(filter, `${value.trim()} is not a day of the calendar`);
    return value.trim();
  }
  if (month) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return `${year}-${month}-${side === "start" ? "01" : String(last).padStart(2, "0")}`;
  }
  return side === "start" ? `${year}-01-01` : `${year}-12-31`;
}

function numbers(value: string, count: number, filter: string, expected: string): number[] {
  const parts = value.split(",").map((p) => Number(p.trim()));
  if (parts.length !== count || parts.some((p) => !Number.isFinite(p)))
    throw new FilterError(filter, `use ${expected}`);
  return parts;
}

function taxonomyName(value: string, field: "event_type" | "sub_event_type", filter: string): string {
  const names = [...new Set(TAXONOMY.map((t) => t[field]))];
  const found = names.find((n) => n.toLowerCase() === value.trim().toLowerCase());
  if (!found) throw new FilterError(filter, `one of: ${names.join(", ")}`);
  return found;
}

/** The names an actor goes by in stored events: what the user typed, and the ACLED name of any alias it is. */
function actorNames(text: string): string[] {
  const canonical = defaultSources()
    .actors.find(text)
    .filter((match) => match.entry.kind === "group" || match.entry.kind === "state")
    .map(({ entry }) => {
      const country = entry.country ? countryNameOf(entry.country) : null;
      const name = entry.canonicalOn(null);
      return country ? fillCountry(name, country) : name.replace(/\s*\{country\}\s*/, " ").trim();
    });
  return [...new Set([text, ...canonical].map((name) => name.toLowerCase()).filter(Boolean))];
}
