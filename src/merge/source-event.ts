import { addDays } from "../base/calendar.js";
import type { DocumentRecord, EvidenceMap, VigilEvent } from "../model/index.js";
import { iso3OfCountryName } from "../sources/countries.js";

/** What a merged event keeps of each contributing document. */
export type SourceDocument = Pick<DocumentRecord, "id" | "input_id" | "url" | "title" | "published_at" | "source"> & {
  /** When Vigil stored the document (known once it is stored). */
  stored_at?: string;
};

/** One document's own coding of one event: the unit that merging compares and reconciles. */
export interface SourceEvent {
  /** `<document id>#<index of the event in the document>`: stable, so merging never depends on ingest order. */
  id: string;
  document: SourceDocument;
  event: VigilEvent;
}

/** The fields merging compares: kept apart from the full coding so candidates are cheap to read at scale. */
export const MATCH_FIELDS = [
  "event_date",
  "time_precision",
  "weekday_hint",
  "month_day_hint",
  "event_type",
  "sub_event_type",
  "actor1",
  "actor2",
  "assoc_actor_1",
  "assoc_actor_2",
  "iso3",
  "admin1",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
] as const;

/**
 * What a place coded at geo_precision 3 stands for: the whole country (the report named only the country, placed at
 * its capital as ACLED does) or one admin-1 region (placed at its seat). Null for a town, a site or a district.
 */
export type PlaceScope = "country" | "region";

export type MatchFields = Pick<VigilEvent, (typeof MATCH_FIELDS)[number]> & {
  /** Derived when a coarse place's source is stored (placeScopeOf); absent otherwise, and in older sources. */
  place_scope?: PlaceScope | null;
};

/** What compareSources needs of a source event. */
export interface Comparable {
  id: string;
  event: MatchFields;
}

export function matchFieldsOf(event: VigilEvent): MatchFields {
  const fields = Object.fromEntries(MATCH_FIELDS.map((field) => [field, event[field] ?? null])) as MatchFields;
  // Only where it can be other than null: one more key on every stored source slowed merging by a tenth.
  if (event.geo_precision === 3) fields.place_scope = placeScopeOf(event);
  return fields;
}

/**
 * The area a coarse place stands for. The coded point cannot say it (a country's capital is also its region's
 * seat), the words that placed it can: a country's name in any language makes it the country. Without those words
 * (a source stored with its compared fields only) a coarse place counts as its region, the narrower reading.
 */
export function placeScopeOf(event: MatchFields & { evidence?: EvidenceMap }): PlaceScope | null {
  if (event.place_scope !== undefined) return event.place_scope;
  if (event.geo_precision !== 3) return null;
  const words = event.evidence?.country ?? event.evidence?.location ?? [];
  return words.some((span) => event.iso3 && iso3OfCountryName(span.text) === event.iso3) ? "country" : "region";
}

/** Days (inclusive, ISO) the event may have happened on, from its date and the date's precision. */
export interface DateWindow {
  low: string;
  high: string;
}

/** A document's id, "#" and the event's index: the store finds a document's sources by this prefix (see sourcesOfDocuments). */
export function sourceEventId(documentId: string, index: number): string {
  return `${documentId}#${index}`;
}

/**
 * The days a coded date stands for. Day precision: that day. Week precision: the seven days up to it (a report's
 * "last week", or an undated report's publication day). Month precision: the whole month.
 */
export function dateWindow(event: Pick<VigilEvent, "event_date" | "time_precision">): DateWindow | null {
  const day = event.event_date;
  if (!day) return null;
  if (event.time_precision === 3) {
    const [year, month] = day.split("-").map(Number) as [number, number];
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { low: `${day.slice(0, 8)}01`, high: `${day.slice(0, 8)}${String(last).padStart(2, "0")}` };
  }
  if (event.time_precision === 2) return { low: addDays(day, -6), high: day };
  return { low: day, high: day };
}
