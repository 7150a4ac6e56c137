import { createHash } from "node:crypto";
import type { ReconciledEvent, SourceEvent } from "../../merge/index.js";
import {
  type EventSource,
  type EventSummary,
  type StoredEvent,
  StoredEventSchema,
  type VigilEvent,
} from "../../model/index.js";
import type { SqlValue } from "./driver.js";

/** The events table's columns that hold an ACLED field, in table order. */
export const EVENT_FIELD_COLUMNS = [
  "event_date",
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
  "country",
  "iso3",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "fatalities",
  "fatalities_low",
  "fatalities_high",
  "notes",
] as const;

export const EVENT_COLUMNS = [
  "id",
  ...EVENT_FIELD_COLUMNS,
  "tags",
  "confidence",
  "evidence",
  "reasons",
  "actors_text",
  "search_text",
  "source_count",
  "updated_at",
] as const;

export type EventRow = Record<(typeof EVENT_COLUMNS)[number], SqlValue>;

/** An event as it stands at a moment: its row, and the ids of its reports (sorted). */
export interface EventState {
  row: EventRow;
  sources: string[];
}

/** The events a write stored, by id, as it stored them: what the history records without reading them back. */
export type WrittenEvents = Map<string, EventState>;

/** The event id of a retracted document's source events: they belong to no event, and no lookup meets them. */
export const RETRACTED = "retracted";
/** The condition that keeps retracted sources out of the merge's candidates (`se` or the bare table). */
export const NOT_RETRACTED = `event_id <> '${RETRACTED}'`;

/** An event's id is a function of its earliest source's id, so the same sources give the same id in any order. */
export function eventIdOf(sources: Pick<SourceEvent, "id">[]): string {
  const first = sources.map((s) => s.id).sort()[0] ?? "";
  return `evt_${createHash("sha1").update(first).digest("hex").slice(0, 20)}`;
}

/** ACLED's `event_id_cnty` shape: the country's ISO3 letters and a number (here, from the event id). */
export function eventIdCnty(id: string, iso3: string | null): string {
  return `${iso3 ?? "XXX"}${BigInt(`0x${id.slice(4, 14)}`).toString()}`;
}

export function eventRow(id: string, reconciled: ReconciledEvent, sources: SourceEvent[], updatedAt: string): EventRow {
  const { event, reasons } = reconciled;
  const actors = [event.actor1, event.assoc_actor_1, event.actor2, event.assoc_actor_2].filter(Boolean).join(" | ");
  const searchable = [
    event.notes,
    event.location,
    event.admin1,
    event.admin2,
    event.country,
    actors,
    ...sources.map((s) => s.document.title),
  ];
  const fields = Object.fromEntries(EVENT_FIELD_COLUMNS.map((column) => [column, event[column] ?? null]));
  return {
    id,
    ...(fields as Record<(typeof EVENT_FIELD_COLUMNS)[number], SqlValue>),
    tags: JSON.stringify(event.tags),
    confidence: event.confidence,
    evidence: JSON.stringify(event.evidence),
    reasons: JSON.stringify(reasons),
    actors_text: actors.toLowerCase(),
    search_text: searchable.filter(Boolean).join(" \n ").toLowerCase(),
    source_count: sources.length,
    updated_at: updatedAt,
  };
}

/** A source event row joined with its document, as the store reads it back. */
export interface SourceRow {
  event_id: string;
  id: string;
  record: string;
  document_id: string;
  input_id: string | null;
  url: string | null;
  title: string | null;
  published_at: string | null;
  source: string;
  ingested_at: string;
}

export function sourceEventOf(row: SourceRow): SourceEvent {
  return {
    id: row.id,
    event: JSON.parse(row.record) as VigilEvent,
    document: {
      id: row.document_id,
      input_id: row.input_id,
      url: row.url,
      title: row.title,
      published_at: row.published_at,
      source: row.source,
      stored_at: row.ingested_at,
    },
  };
}

export function eventSourceOf(source: SourceEvent): EventSource {
  const { evidence, ...values } = source.event;
  const { id, input_id, url, title, published_at, stored_at } = source.document;
  return {
    id,
    source_event_id: source.id,
    input_id,
    url,
    title,
    published_at,
    stored_at: stored_at ?? null,
    source: source.document.source,
    values,
    evidence,
  };
}

export function storedEventOf(row: EventRow, sources: SourceEvent[]): StoredEvent {
  const fields = Object.fromEntries(EVENT_FIELD_COLUMNS.map((column) => [column, row[column]]));
  return StoredEventSchema.parse({
    id: row.id,
    event_id_cnty: eventIdCnty(row.id as string, row.iso3 as string | null),
    ...fields,
    tags: JSON.parse(row.tags as string),
    confidence: row.confidence,
    evidence: JSON.parse(row.evidence as string),
    reasons: JSON.parse(row.reasons as string),
    sources: sources.map(eventSourceOf),
    first_published_at: earliest(sources.map((s) => s.document.published_at)),
    first_stored_at: earliest(sources.map((s) => s.document.stored_at)),
    updated_at: row.updated_at,
  });
}

function earliest(values: (string | null | undefined)[]): string | null {
  return values.filter((v): v is string => !!v).sort()[0] ?? null;
}

/** The columns a listing needs: the ACLED fields and bookkeeping, not the evidence or search text. */
export const SUMMARY_COLUMNS = ["id", ...EVENT_FIELD_COLUMNS, "tags", "confidence", "updated_at"] as const;

export interface SummarySourceRow {
  event_id: string;
  id: string;
  url: string | null;
  title: string | null;
  published_at: string | null;
  ingested_at: string;
}

/** Built directly, not re-validated: these rows were validated on their way in, and listings must be fast. */
export function eventSummaryOf(row: EventRow, sources: SummarySourceRow[]): EventSummary {
  const fields = Object.fromEntries(EVENT_FIELD_COLUMNS.map((column) => [column, row[column]]));
  return {
    id: row.id as string,
    event_id_cnty: eventIdCnty(row.id as string, row.iso3 as string | null),
    ...(fields as Omit<EventSummary, "id" | "event_id_cnty" | "tags" | "confidence" | "updated_at" | "sources">),
    tags: JSON.parse(row.tags as string),
    confidence: row.confidence as number,
    updated_at: row.updated_at as string,
    first_published_at: earliest(sources.map((s) => s.published_at)),
    first_stored_at: earliest(sources.map((s) => s.ingested_at)),
    sources: sources.map(({ id, url, title, published_at }) => ({ id, url, title, published_at })),
  };
}
