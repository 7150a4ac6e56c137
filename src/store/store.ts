import type { MergeDecision } from "../merge/index.js";
import type {
  DocumentRecord,
  EventChange,
  EventHistoryEntry,
  EventSummary,
  StoredEvent,
  VigilEvent,
} from "../model/index.js";
import type { SqlExecutor } from "./sql/driver.js";

export interface PutReportsResult {
  /** Ids of documents stored now. */
  added: string[];
  /** Ids of documents that were already stored (same normalized text): their events are not stored again. */
  existing: string[];
  /** Events of the new documents that joined an event already stored (or another new document's event). */
  merged: number;
  /** Events of the new documents that start an event of their own. */
  created: number;
  /** Ids of the events the documents' reports are part of (new or changed, or stored before). */
  events: string[];
}

/** How a watched feed is being polled: validators for conditional GET, back-off after failures. */
export interface FeedState {
  url: string;
  etag: string | null;
  last_modified: string | null;
  failures: number;
  next_poll_at: string;
  last_error: string | null;
  polled_at: string | null;
}

/** What `vigil watch` keeps between runs, so a restart resumes without processing anything twice. */
export interface WatchState {
  getFeedState(url: string): Promise<FeedState | null>;
  saveFeedState(state: FeedState): Promise<void>;
  /** The keys (item ids, links) of a feed not seen before. */
  unseenItems(feedUrl: string, keys: string[]): Promise<string[]>;
  markSeen(feedUrl: string, keys: string[]): Promise<void>;
  /** The alert already sent under a rule for any of these reports, with what it said. */
  sentAlert(rule: string, sourceEventIds: string[]): Promise<{ key: string; state: string } | null>;
  recordAlert(rule: string, key: string, sourceEventIds: string[], state: string): Promise<void>;
}

export interface PutReportsOptions {
  /**
   * Runs first inside the storing transaction: a caller records there what must land with the reports or not at
   * all (a fleet worker marks the feed item stored, once). Throwing stores nothing.
   */
  within?: (tx: SqlExecutor) => Promise<void>;
}

/** One report's document and the events coded from it, as the pipeline gives them. */
export interface CodedReport {
  document: DocumentRecord;
  events: VigilEvent[];
}

/** One span of a document that supports a field of a stored event. */
export interface DocumentEvidence {
  event_id: string;
  field: string;
  start: number;
  end: number;
  text: string;
  rule: string;
  confidence: number;
}

export interface ListOptions {
  limit: number;
  offset: number;
}

export type EventSort = "date" | "fatalities" | "sources" | "updated";

/** Filters of `vigil events` and the HTTP API; every value reaches the database as a parameter, never as SQL. */
export interface EventQuery extends ListOptions {
  iso3?: string;
  admin1?: string;
  since?: string;
  until?: string;
  eventType?: string;
  subEventType?: string;
  /** Lower-case actor names: an event matches when any of its actors contains one. */
  actors?: string[];
  near?: { latitude: number; longitude: number; radiusKm: number };
  /** West, south, east, north (GeoJSON order). */
  bbox?: [number, number, number, number];
  minFatalities?: number;
  /** Words that must all appear in the event's notes, place, actors or sources' titles. */
  text?: string[];
  sort?: EventSort;
  ascending?: boolean;
  /** An ISO time: the events as they stood then (each one's last recorded state at or before it). */
  asOf?: string;
}

/** Why an event is what it is: the record, every pairwise decision that joined its sources, and its history. */
export interface EventExplanation {
  event: StoredEvent;
  links: { a: string; b: string; score: number; features: MergeDecision["features"] }[];
  history: EventHistoryEntry[];
}

/** A page of the change feed, and the cursor to ask for the next one with. */
export interface ChangePage {
  changes: EventChange[];
  /** The last change's position (the cursor given when the page is empty): pass it back as `since`. */
  next: number;
}

/** What a retraction did: the events that held the document's reports, and those its other reports are in now. */
export interface RetractionResult {
  document_id: string;
  /** False when the document had been retracted before: nothing changed. */
  retracted: boolean;
  /** Events that ended: every report they had was the document's. */
  ended: string[];
  /** Events rewritten from their remaining reports. */
  events: string[];
}

/** An event id that names no event any more (merged away, split, or retracted), in ACLED's form, and when. */
export interface EventDeletion {
  event_id: string;
  event_id_cnty: string;
  deleted_at: string;
}

/**
 * Where Vigil keeps what it read. Asynchronous so that a networked backend (PostgreSQL) fits the same shape;
 * every write is one transaction: it lands whole or not at all.
 */
export interface Store extends WatchState {
  readonly location: string;
  /** Stores documents once each, and merges each new document's events into the stored events. */
  putReports(reports: CodedReport[], options?: PutReportsOptions): Promise<PutReportsResult>;
  listDocuments(options: ListOptions): Promise<DocumentRecord[]>;
  /** A document with the evidence spans every stored event drew from it. */
  getDocument(id: string): Promise<{ document: DocumentRecord; evidence: DocumentEvidence[] } | null>;
  countDocuments(): Promise<number>;
  listEvents(query: EventQuery): Promise<StoredEvent[]>;
  /** The same events without evidence or per-source codings: a light page for maps and lists. */
  listEventSummaries(query: EventQuery): Promise<EventSummary[]>;
  countEvents(query: Omit<EventQuery, "limit" | "offset">): Promise<number>;
  getEvent(id: string): Promise<StoredEvent | null>;
  explainEvent(id: string): Promise<EventExplanation | null>;
  /**
   * Undoes a merge: the given documents' reports (or, with none given, every report) leave the event and are never
   * merged back with the reports they leave. Returns the ids of the events that result.
   */
  splitEvent(id: string, documentIds?: string[]): Promise<string[]>;
  /** Every change to one event, oldest first (also for an event id that has ended). */
  eventHistory(id: string): Promise<EventHistoryEntry[]>;
  /** The changes after the cursor `since` (0: from the start), in order, at most `limit`. */
  listChanges(since: number, limit: number): Promise<ChangePage>;
  /** Event ids that ended at or after a time and name no event now, oldest first. */
  listDeletions(since: string, options: ListOptions): Promise<EventDeletion[]>;
  /**
   * Takes a document's reports out of every event: each event is reconciled again from its other reports (and
   * split if they no longer match each other), or ends when none is left. The document and its codings are kept.
   */
  retractDocument(id: string, reason: string | null): Promise<RetractionResult>;
  /** Seconds from each event's first published report (with a time of day) to its first storing, oldest first. */
  freshnessLags(): Promise<number[]>;
  /** A number that changes whenever the stored data does (by this process or another): for caching reads. */
  version(): Promise<number>;
  close(): Promise<void>;
}

export class StoreError extends Error {
  readonly exitCode = 10;
  constructor(location: string, detail: string) {
    super(`${location}: ${detail}`);
    this.name = "StoreError";
  }
}
