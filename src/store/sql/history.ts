import type {
  ChangeCause,
  ChangeKind,
  EventChange,
  EventHistoryEntry,
  FieldChange,
  StoredEvent,
} from "../../model/index.js";
import type { EventDeletion } from "../store.js";
import { placeholders, type SqlExecutor, type SqlValue } from "./driver.js";
import {
  EVENT_COLUMNS,
  EVENT_FIELD_COLUMNS,
  type EventRow,
  type EventState,
  eventIdCnty,
  type SourceRow,
  sourceEventOf,
  storedEventOf,
  type WrittenEvents,
} from "./event-rows.js";
import { SOURCE_SELECT } from "./merge-writer.js";

/** The write a change belongs to: its time, the store's version once it commits, and why it happened. */
export interface ChangeContext {
  at: string;
  version: number;
  cause: ChangeCause;
}

/** A change about to be written: one event's kind of change, its state after (before, once gone) and its detail. */
export interface PlannedChange {
  id: string;
  kind: ChangeKind;
  gone: boolean;
  state: EventState;
  detail: Pick<EventHistoryEntry, "fields" | "sources_added" | "sources_removed" | "from" | "into">;
}

const STATE_COLUMNS = EVENT_COLUMNS.filter((column) => column !== "id");
/** Compared to tell a change: everything but the time of the last write. */
const COMPARED_COLUMNS = EVENT_COLUMNS.filter((column) => column !== "updated_at");
/** The values a history line lists when they change: ACLED's fields, the tags and the confidence. */
const LISTED_FIELDS = [...EVENT_FIELD_COLUMNS, "tags", "confidence"] as const;
const VERSION_COLUMNS = ["seq", "id", "version", "changed_at", "kind", "gone", "cause", "detail", "sources"] as const;
/** IN lists are cut to this many values: SQLite and PostgreSQL both cap a statement's parameters. */
const CHUNK = 500;
/** History rows a statement: 50 rows of 44 values stay far under both backends' parameter limits. */
const ROWS_PER_INSERT = 50;

interface VersionRow extends EventRow {
  seq: number | string;
  version: number | string;
  changed_at: string;
  kind: ChangeKind;
  gone: number;
  cause: string;
  detail: string;
  sources: string;
}

/**
 * The time a write records: now, unless an earlier write recorded a later time (another machine's clock, or this
 * one set back). Read under the write lock, so change times never go back as the feed goes on, and `as of` a time
 * sees exactly the writes up to a point of the feed.
 */
export async function writeClock(tx: SqlExecutor): Promise<string> {
  // The last change's time is the latest: every write's time is at least the one before it.
  const [row] = await tx.all<{ at: string | null }>(
    "SELECT changed_at AS at FROM event_versions ORDER BY seq DESC LIMIT 1",
  );
  const now = new Date().toISOString();
  return row?.at && row.at > now ? row.at : now;
}

/**
 * Records what a write did to these events (every id it deleted or wrote; those it wrote as it wrote them):
 * compares each with its last recorded state and appends one history row per event that changed. Runs inside the
 * write's transaction, under the write lock, so the sequence numbers it gives are in commit order with no gaps: a
 * reader that has seen change N has seen every change before it. (A database sequence would not do: PostgreSQL
 * hands out sequence values at insert, and a transaction that took 7 may commit after one that took 8.)
 */
export async function recordChanges(
  tx: SqlExecutor,
  touched: string[],
  written: WrittenEvents,
  context: ChangeContext,
): Promise<void> {
  if (touched.length === 0) return;
  const ids = [...new Set(touched)].sort();
  const { states: before, recorded } = await lastStates(tx, ids);
  const after = await currentStates(
    tx,
    ids.filter((id) => !written.has(id)),
  );
  for (const id of ids) {
    const state = written.get(id);
    if (state) after.set(id, state);
  }
  const changes = planChanges(ids, before, after);
  await keepUpdateTimes(tx, before, after, changes);
  await appendVersions(tx, changes, recorded, context);
}

/** An event rewritten with nothing changed keeps its last update time, and gets no history row. */
async function keepUpdateTimes(
  tx: SqlExecutor,
  before: Map<string, EventState>,
  after: Map<string, EventState>,
  changes: PlannedChange[],
): Promise<void> {
  const changed = new Set(changes.map((change) => change.id));
  for (const [id, was] of before)
    if (after.has(id) && !changed.has(id))
      await tx.run("UPDATE events SET updated_at = ? WHERE id = ?", [was.row.updated_at, id]);
}

/** Numbers the changes on from the last one, ends the rows they replace, and stores them. */
async function appendVersions(
  tx: SqlExecutor,
  changes: PlannedChange[],
  recorded: Set<string>,
  context: ChangeContext,
): Promise<void> {
  if (changes.length === 0) return;
  const [top] = await tx.all<{ n: number | string | null }>("SELECT max(seq) AS n FROM event_versions");
  let seq = Number(top?.n ?? 0);
  const rows = changes.map((change): SqlValue[] => {
    const cause = { ...context.cause, documents: documentsOf(change, context.cause) };
    return [
      ++seq,
      change.id,
      context.version,
      context.at,
      change.kind,
      change.gone ? 1 : 0,
      JSON.stringify(cause),
      JSON.stringify(change.detail),
      JSON.stringify(change.state.sources),
      ...STATE_COLUMNS.map((column) => change.state.row[column]),
    ];
  });
  // The rows these replace stop holding now (most changes in a batch are new events, with none to replace).
  for (const chunk of chunks(changes.map((change) => change.id).filter((id) => recorded.has(id))))
    await tx.run(
      `UPDATE event_versions SET superseded_at = ? WHERE id IN (${placeholders(chunk)}) AND superseded_at IS NULL`,
      [context.at, ...chunk],
    );
  // Many rows a statement: a batch of new reports writes hundreds of history rows.
  const columns = [...VERSION_COLUMNS, ...STATE_COLUMNS];
  for (const chunk of chunks(rows, ROWS_PER_INSERT)) {
    const tuples = chunk.map((values) => `(${placeholders(values)})`).join(", ");
    await tx.run(`INSERT INTO event_versions (${columns.join(", ")}) VALUES ${tuples}`, chunk.flat());
  }
}

/** The documents a change is about: for an ingest, those of the reports that joined or left the event. */
function documentsOf(change: PlannedChange, cause: ChangeCause): string[] {
  if (cause.action !== "ingest") return cause.documents;
  const moved = [...change.detail.sources_added, ...change.detail.sources_removed].map(documentOfSource);
  return [...new Set(moved.filter((id) => cause.documents.includes(id)))].sort();
}

function documentOfSource(sourceId: string): string {
  return sourceId.slice(0, sourceId.lastIndexOf("#"));
}

/**
 * What happened to each event, from its state before the write and after. An event whose reports now lie in one
 * other event merged into it; in several, split; in none, was retracted. An event that took reports from others
 * merged them in (or, new, was made from them).
 */
export function planChanges(
  ids: string[],
  before: Map<string, EventState>,
  after: Map<string, EventState>,
): PlannedChange[] {
  const eventNow = ownerOf(after);
  const eventBefore = ownerOf(before);
  const changes: PlannedChange[] = [];
  for (const id of ids) {
    const was = before.get(id);
    const now = after.get(id);
    if (!was && !now) continue;
    const into = eventsHolding(was?.sources ?? [], eventNow, null);
    const from = eventsHolding(now?.sources ?? [], eventBefore, id);
    const sources_added = now ? now.sources.filter((s) => !was?.sources.includes(s)) : [];
    const sources_removed = was ? was.sources.filter((s) => !now?.sources.includes(s)) : [];
    const detail = { fields: was && now ? fieldChanges(was.row, now.row) : [], sources_added, sources_removed };
    if (was && !now) {
      const kind = into.length === 0 ? "retracted" : into.length === 1 ? "merged" : "split";
      changes.push({ id, kind, gone: true, state: was, detail: { ...detail, from: [], into } });
    } else if (!was && now) {
      changes.push({ id, kind: "created", gone: false, state: now, detail: { ...detail, from, into: [] } });
    } else if (was && now) {
      const split = into.length > 1;
      const kind = split ? "split" : from.length ? "merged" : "updated";
      const changed = split || from.length || sources_added.length || sources_removed.length || differs(was, now);
      if (changed)
        changes.push({ id, kind, gone: false, state: now, detail: { ...detail, from, into: split ? into : [] } });
    }
  }
  return changes;
}

/** Which event each report belongs to. */
function ownerOf(states: Map<string, EventState>): Map<string, string> {
  const owner = new Map<string, string>();
  for (const [id, state] of states) for (const source of state.sources) owner.set(source, id);
  return owner;
}

/** The events (but `self`) that hold these reports, sorted; reports in no event count for nothing. */
function eventsHolding(sources: string[], owner: Map<string, string>, self: string | null): string[] {
  const ids = sources.map((source) => owner.get(source));
  return [...new Set(ids.filter((id): id is string => !!id && id !== self))].sort();
}

function differs(was: EventState, now: EventState): boolean {
  return COMPARED_COLUMNS.some((column) => was.row[column] !== now.row[column]);
}

function fieldChanges(was: EventRow, now: EventRow): FieldChange[] {
  const changed = LISTED_FIELDS.filter((field) => was[field] !== now[field]);
  if (changed.length === 0) return [];
  const evidence = JSON.parse(now.evidence as string) as Record<string, { document_id: string }[]>;
  const shown = (field: string, value: SqlValue) => (field === "tags" ? JSON.parse(value as string) : value);
  return changed.map((field) => ({
    field,
    old: shown(field, was[field]),
    new: shown(field, now[field]),
    document: evidence[field]?.[0]?.document_id ?? null,
  }));
}

/**
 * Each event's last recorded state, for those whose last record is not their end; and which of the ids have a
 * record at all.
 */
async function lastStates(
  tx: SqlExecutor,
  ids: string[],
): Promise<{ states: Map<string, EventState>; recorded: Set<string> }> {
  const states = new Map<string, EventState>();
  const recorded = new Set<string>();
  for (const chunk of chunks(ids)) {
    const rows = await tx.all<VersionRow>(
      `SELECT ${[...VERSION_COLUMNS, ...STATE_COLUMNS].join(", ")} FROM event_versions
       WHERE id IN (${placeholders(chunk)}) AND superseded_at IS NULL`,
      chunk,
    );
    for (const row of rows) {
      recorded.add(row.id as string);
      if (!Number(row.gone)) states.set(row.id as string, stateOf(row));
    }
  }
  return { states, recorded };
}

/** The events as the write left them, with their reports. */
async function currentStates(tx: SqlExecutor, ids: string[]): Promise<Map<string, EventState>> {
  const states = new Map<string, EventState>();
  for (const chunk of chunks(ids)) {
    const marks = placeholders(chunk);
    const rows = await tx.all<EventRow>(`SELECT ${EVENT_COLUMNS.join(", ")} FROM events WHERE id IN (${marks})`, chunk);
    for (const row of rows) states.set(row.id as string, { row, sources: [] });
    const members = await tx.all<{ id: string; event_id: string }>(
      `SELECT id, event_id FROM source_events WHERE event_id IN (${marks})`,
      chunk,
    );
    for (const { id, event_id } of members) states.get(event_id)?.sources.push(id);
  }
  for (const state of states.values()) state.sources.sort();
  return states;
}

function stateOf(row: VersionRow): EventState {
  return { row, sources: (JSON.parse(row.sources) as string[]).sort() };
}

function chunks<T>(values: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

function entryOf(row: VersionRow): EventHistoryEntry {
  const detail = JSON.parse(row.detail) as Partial<PlannedChange["detail"]>;
  return {
    seq: Number(row.seq),
    version: Number(row.version),
    at: row.changed_at,
    event_id: row.id as string,
    kind: row.kind,
    gone: Number(row.gone) === 1,
    cause: JSON.parse(row.cause) as ChangeCause,
    fields: detail.fields ?? [],
    sources_added: detail.sources_added ?? [],
    sources_removed: detail.sources_removed ?? [],
    from: detail.from ?? [],
    into: detail.into ?? [],
  };
}

/** One event's history, oldest first. */
export async function historyOf(db: SqlExecutor, id: string): Promise<EventHistoryEntry[]> {
  const rows = await db.all<VersionRow>(
    `SELECT ${VERSION_COLUMNS.join(", ")} FROM event_versions WHERE id = ? ORDER BY seq`,
    [id],
  );
  return rows.map(entryOf);
}

/** The changes after a cursor, in order, each with the event's record after it. */
export async function changesAfter(db: SqlExecutor, since: number, limit: number): Promise<EventChange[]> {
  const rows = await db.all<VersionRow>(
    `SELECT ${[...VERSION_COLUMNS, ...STATE_COLUMNS].join(", ")} FROM event_versions WHERE seq > ? ORDER BY seq LIMIT ?`,
    [since, limit],
  );
  const records = await recordsOf(
    db,
    rows.filter((row) => !Number(row.gone)),
  );
  return rows.map((row) => ({ ...entryOf(row), event: Number(row.gone) ? null : (records.get(row) ?? null) }));
}

/**
 * Whole event records from history rows (each with its `sources` ids): the reports are read once for all of them.
 * Reports never change once stored, so a record rebuilt later is the record as it stood.
 */
export async function recordsOf(
  db: SqlExecutor,
  rows: (EventRow & { sources: string })[],
): Promise<Map<EventRow, StoredEvent>> {
  const wanted = rows.map((row) => JSON.parse(row.sources) as string[]);
  const all = [...new Set(wanted.flat())];
  const sources = new Map<string, ReturnType<typeof sourceEventOf>>();
  for (const chunk of chunks(all)) {
    const found = await db.all<SourceRow>(`${SOURCE_SELECT} WHERE se.id IN (${placeholders(chunk)})`, chunk);
    for (const row of found) sources.set(row.id, sourceEventOf(row));
  }
  const records = new Map<EventRow, StoredEvent>();
  rows.forEach((row, i) => {
    const members = (wanted[i] ?? [])
      .sort()
      .map((id) => sources.get(id))
      .filter((s) => s !== undefined);
    records.set(row, storedEventOf(row, members));
  });
  return records;
}

/**
 * The events as they stood at a time, in place of the events table: each event's state recorded at or before it
 * and not yet superseded then, unless that state is its end. Same column names, so the event filters and orders
 * apply unchanged; `sources` holds the ids of its reports then.
 */
export function eventsAsOf(at: string): { sql: string; params: SqlValue[] } {
  return {
    sql: `(SELECT ${EVENT_COLUMNS.join(", ")}, sources FROM event_versions
      WHERE gone = 0 AND changed_at <= ? AND (superseded_at IS NULL OR superseded_at > ?)) AS events`,
    params: [at, at],
  };
}

/** Event ids whose last change, at or after a time, ended them, in the order they ended. */
export async function deletionsSince(
  db: SqlExecutor,
  since: string,
  limit: number,
  offset: number,
): Promise<EventDeletion[]> {
  const rows = await db.all<{ id: string; iso3: string | null; changed_at: string }>(
    `SELECT id, iso3, changed_at FROM event_versions WHERE gone = 1 AND superseded_at IS NULL AND changed_at >= ?
     ORDER BY seq LIMIT ? OFFSET ?`,
    [since, limit, offset],
  );
  return rows.map((row) => ({
    event_id: row.id,
    event_id_cnty: eventIdCnty(row.id, row.iso3),
    deleted_at: row.changed_at,
  }));
}
