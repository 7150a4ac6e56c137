import type { EventQuery } from "../store.js";
import type { SqlValue } from "./driver.js";

const KM_PER_DEGREE = 111.32;

const ORDER: Record<NonNullable<EventQuery["sort"]>, string> = {
  date: "event_date",
  fatalities: "fatalities",
  sources: "source_count",
  updated: "updated_at",
};

/** LIKE patterns match user words literally: `%`, `_` and the escape character itself are escaped. */
function containing(word: string): string {
  return `%${word.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The WHERE clause and parameters of an event query. Values only ever travel as parameters; the SQL text is built
 * from fixed fragments alone.
 */
export function whereOf(query: Omit<EventQuery, "limit" | "offset">): { sql: string; params: SqlValue[] } {
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  const add = (clause: string, ...values: SqlValue[]) => {
    clauses.push(clause);
    params.push(...values);
  };
  if (query.iso3) add("iso3 = ?", query.iso3);
  if (query.admin1) add("lower(admin1) = ?", query.admin1.toLowerCase());
  if (query.since) add("event_date >= ?", query.since);
  if (query.until) add("event_date <= ?", query.until);
  if (query.eventType) add("event_type = ?", query.eventType);
  if (query.subEventType) add("sub_event_type = ?", query.subEventType);
  if (query.actors?.length) {
    add(`(${query.actors.map(() => "actors_text LIKE ? ESCAPE '\\'").join(" OR ")})`, ...query.actors.map(containing));
  }
  if (query.minFatalities !== undefined) add("fatalities >= ?", query.minFatalities);
  for (const word of query.text ?? []) add("search_text LIKE ? ESCAPE '\\'", containing(word));
  if (query.bbox) {
    const [west, south, east, north] = query.bbox;
    add("latitude BETWEEN ? AND ?", south, north);
    if (west <= east) add("longitude BETWEEN ? AND ?", west, east);
    else add("(longitude >= ? OR longitude <= ?)", west, east);
  }
  if (query.near) {
    const { latitude, longitude, radiusKm } = query.near;
    const dLat = radiusKm / KM_PER_DEGREE;
    const cosLat = Math.max(Math.cos((latitude * Math.PI) / 180), 0.01);
    // The latitude band uses the position index; the distance itself is the equirectangular approximation, plain
    // arithmetic that both SQLite and PostgreSQL evaluate the same way (error under 1% at the radii one asks for).
    add("latitude BETWEEN ? AND ?", latitude - dLat, latitude + dLat);
    add(
      "((latitude - ?) * (latitude - ?) + (longitude - ?) * (longitude - ?) * ? * ?) <= ?",
      latitude,
      latitude,
      longitude,
      longitude,
      cosLat,
      cosLat,
      dLat * dLat,
    );
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(" AND ")}` : "", params };
}

export function orderOf(query: Pick<EventQuery, "sort" | "ascending">): string {
  const column = ORDER[query.sort ?? "date"];
  const direction = query.ascending ? "ASC" : "DESC";
  // NULLs last either way, and the id as a tie-break so pages never overlap; the indexes end in id for this order.
  // Equal fatality counts go by date, as their index does.
  const then = column === "fatalities" ? `event_date ${direction}, ` : "";
  return `ORDER BY ${column} ${direction} NULLS LAST, ${then}id ${direction}`;
}
