import { stringify } from "csv-stringify/sync";
import type { StoredEvent } from "../model/index.js";
import { acledRegionOf, isoNumericOf } from "../sources/countries.js";
import { outletOf, sourceScaleOf } from "./outlets.js";

/** ACLED's export columns, in ACLED's order. */
export const ACLED_COLUMNS = [
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "inter1",
  "actor2",
  "assoc_actor_2",
  "inter2",
  "interaction",
  "civilian_targeting",
  "iso",
  "region",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_scale",
  "notes",
  "fatalities",
  "tags",
  "timestamp",
] as const;

type AcledRow = Record<(typeof ACLED_COLUMNS)[number], string | number | null>;

export function acledRow(event: StoredEvent): AcledRow {
  const scales = [...new Set(event.sources.map((s) => sourceScaleOf(s, event.iso3)))].sort();
  return {
    event_id_cnty: event.event_id_cnty,
    event_date: event.event_date,
    year: event.event_date ? Number(event.event_date.slice(0, 4)) : null,
    time_precision: event.time_precision,
    disorder_type: event.disorder_type,
    event_type: event.event_type,
    sub_event_type: event.sub_event_type,
    actor1: event.actor1,
    assoc_actor_1: event.assoc_actor_1,
    inter1: event.inter1,
    actor2: event.actor2,
    assoc_actor_2: event.assoc_actor_2,
    inter2: event.inter2,
    interaction: event.interaction,
    civilian_targeting: event.civilian_targeting,
    iso: isoNumericOf(event.iso3),
    region: acledRegionOf(event.iso3),
    country: event.country,
    admin1: event.admin1,
    admin2: event.admin2,
    admin3: event.admin3,
    location: event.location,
    latitude: event.latitude,
    longitude: event.longitude,
    geo_precision: event.geo_precision,
    source: [...new Set(event.sources.map(outletOf))].join("; "),
    source_scale: scales.join("-"),
    notes: event.notes,
    // ACLED records an unknown toll as 0; the range and "unknown" stay in Vigil's JSON.
    fatalities: event.fatalities ?? 0,
    tags: event.tags.join("; "),
    timestamp: Math.floor(Date.parse(event.updated_at) / 1000),
  };
}

/** ACLED-compatible CSV: the header row, then one row per event (RFC 4180 quoting). */
export function acledCsv(events: StoredEvent[], header = true): string {
  return stringify(events.map(acledRow), { header, columns: [...ACLED_COLUMNS], cast: { number: String } });
}
