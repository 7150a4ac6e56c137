import { type SourceEvent, sourceEventId } from "../../merge/index.js";
import {
  type DocumentRecord,
  DocumentRecordSchema,
  type EventSummary,
  type StoredEvent,
  type VigilEvent,
} from "../../model/index.js";
import {
  type ChangePage,
  type CodedReport,
  type DocumentEvidence,
  type EventDeletion,
  type EventExplanation,
  type EventQuery,
  type FeedState,
  type ListOptions,
  type PutReportsOptions,
  type PutReportsResult,
  type RetractionResult,
  type Store,
  StoreError,
} from "../store.js";
import { CandidateCache } from "./candidate-cache.js";
import { type Dialect, placeholders, type SqlDriver, type SqlExecutor } from "./driver.js";
import { orderOf, whereOf } from "./event-query.js";
import {
  EVENT_COLUMNS,
  type EventRow,
  eventSummaryOf,
  RETRACTED,
  SUMMARY_COLUMNS,
  type SummarySourceRow,
  storedEventOf,
  type WrittenEvents,
} from "./event-rows.js";
import {
  changesAfter,
  deletionsSince,
  eventsAsOf,
  historyOf,
  recordChanges,
  recordsOf,
  writeClock,
} from "./history.js";
import {
  blocksAmong,
  type DirtyEvents,
  flushEvents,
  link,
  linksAmong,
  mergeSourceEvent,
  rejoin,
  sourcesOfEvents,
  writeEvent,
} from "./merge-writer.js";
import { migrate } from "./migrate.js";

const DOCUMENT_COLUMNS = [
  "id",
  "input_id",
  "source",
  "form",
  "url",
  "title",
  "author",
  "published_at",
  "published_at_source",
  "language",
  "language_confidence",
  "language_reliable",
  "encoding",
  "text",
  "asides",
] as const;

interface DocumentRow extends Omit<DocumentRecord, "language_reliable" | "asides"> {
  language_reliable: number;
  asides: string;
}

/** The store on any SQL driver: one schema, one set of statements, one merge procedure for SQLite and PostgreSQL. */
export class SqlStore implements Store {
  private readonly candidates = new CandidateCache();

  private constructor(private readonly driver: SqlDriver) {}

  get location(): string {
    return this.driver.location;
  }

  static async open(driver: SqlDriver): Promise<SqlStore> {
    try {
      await migrate(driver);
    } catch (error) {
      await driver.close();
      throw error;
    }
    return new SqlStore(driver);
  }

  async putReports(reports: CodedReport[], options: PutReportsOptions = {}): Promise<PutReportsResult> {
    try {
      return await this.storeReports(reports, options);
    } catch (error) {
      // The batch rolled back: sources it remembered as stored are not.
      this.candidates.clear();
      throw error;
    }
  }

  private storeReports(reports: CodedReport[], options: PutReportsOptions): Promise<PutReportsResult> {
    return this.driver.write(async (tx) => {
      await options.within?.(tx);
      await this.candidates.begin(tx);
      const now = await writeClock(tx);
      const result: PutReportsResult = { added: [], existing: [], merged: 0, created: 0, events: [] };
      const fresh: SourceEvent[] = [];
      for (const { document, events } of reports) {
        const added = await insertDocument(tx, document, now);
        (added ? result.added : result.existing).push(document.id);
        if (!added) continue;
        events.forEach((event, index) => {
          fresh.push({ id: sourceEventId(document.id, index), document, event });
        });
      }
      const dirty: DirtyEvents = new Map();
      for (const source of fresh) result[await mergeSourceEvent(tx, source, dirty, this.candidates)]++;
      const written: WrittenEvents = new Map();
      const touched = await flushEvents(tx, dirty, now, written);
      if (result.added.length) {
        const cause = { action: "ingest" as const, documents: result.added, reason: null };
        await recordChanges(tx, touched, written, { at: now, version: await bumpVersion(tx), cause });
      }
      if (reports.length) {
        // Read after the whole batch (a later report may have merged an earlier one's event), for documents stored
        // before too: a caller that stopped between storing and acting on the events can act on them again.
        const ids = [...new Set(reports.map((r) => r.document.id))];
        const rows = await sourcesOfDocuments<{ event_id: string }>(tx, this.driver.dialect, "event_id", ids);
        result.events = [...new Set(rows.map((r) => r.event_id))].filter((id) => id !== RETRACTED).sort();
      }
      return result;
    });
  }

  async listDocuments({ limit, offset }: ListOptions): Promise<DocumentRecord[]> {
    const order = this.driver.dialect === "sqlite" ? "rowid" : "seq";
    const rows = await this.driver.all<DocumentRow>(
      `SELECT ${DOCUMENT_COLUMNS.join(", ")} FROM documents ORDER BY ${order} LIMIT ? OFFSET ?`,
      [limit, offset],
    );
    return rows.map(documentOf);
  }

  async getDocument(id: string): Promise<{ document: DocumentRecord; evidence: DocumentEvidence[] } | null> {
    const [row] = await this.driver.all<DocumentRow>(
      `SELECT ${DOCUMENT_COLUMNS.join(", ")} FROM documents WHERE id = ?`,
      [id],
    );
    if (!row) return null;
    const document = documentOf(row);
    const sources = await sourcesOfDocuments<{ event_id: string; record: string }>(
      this.driver,
      this.driver.dialect,
      "event_id, record",
      [id],
    );
    const evidence = sources
      .filter(({ event_id }) => event_id !== RETRACTED)
      .flatMap(({ event_id, record }) =>
        Object.entries((JSON.parse(record) as VigilEvent).evidence).flatMap(([field, spans]) =>
          spans.map((span) => ({ event_id, field, ...span })),
        ),
      );
    return { document, evidence };
  }

  async countDocuments(): Promise<number> {
    return count(this.driver, "SELECT CAST(count(*) AS INTEGER) AS n FROM documents");
  }

  async listEvents(query: EventQuery): Promise<StoredEvent[]> {
    const where = whereOf(query);
    if (query.asOf) {
      const past = eventsAsOf(query.asOf);
      const rows = await this.driver.all<EventRow & { sources: string }>(
        `SELECT ${EVENT_COLUMNS.join(", ")}, sources FROM ${past.sql} ${where.sql} ${orderOf(query)} LIMIT ? OFFSET ?`,
        [...past.params, ...where.params, query.limit, query.offset],
      );
      const records = await recordsOf(this.driver, rows);
      return rows.map((row) => records.get(row) as StoredEvent);
    }
    const rows = await this.driver.all<EventRow>(
      `SELECT ${EVENT_COLUMNS.join(", ")} FROM events ${where.sql} ${orderOf(query)} LIMIT ? OFFSET ?`,
      [...where.params, query.limit, query.offset],
    );
    return withSources(this.driver, rows);
  }

  async listEventSummaries(query: EventQuery): Promise<EventSummary[]> {
    // Past states are rare reads: the whole records, cut down.
    if (query.asOf) return (await this.listEvents(query)).map(summaryOf);
    const where = whereOf(query);
    const rows = await this.driver.all<EventRow>(
      `SELECT ${SUMMARY_COLUMNS.join(", ")} FROM events ${where.sql} ${orderOf(query)} LIMIT ? OFFSET ?`,
      [...where.params, query.limit, query.offset],
    );
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id as string);
    const sources = await this.driver.all<SummarySourceRow>(
      `SELECT se.event_id, d.id, d.url, d.title, d.published_at, d.ingested_at FROM source_events se
       JOIN documents d ON d.id = se.document_id WHERE se.event_id IN (${placeholders(ids)}) ORDER BY se.id`,
      ids,
    );
    return rows.map((row) =>
      eventSummaryOf(
        row,
        sources.filter((s) => s.event_id === row.id),
      ),
    );
  }

  async countEvents(query: Omit<EventQuery, "limit" | "offset">): Promise<number> {
    const where = whereOf(query);
    const from = query.asOf ? eventsAsOf(query.asOf) : { sql: "events", params: [] };
    return count(this.driver, `SELECT CAST(count(*) AS INTEGER) AS n FROM ${from.sql} ${where.sql}`, [
      ...from.params,
      ...where.params,
    ]);
  }

  async getEvent(id: string): Promise<StoredEvent | null> {
    const rows = await this.driver.all<EventRow>(`SELECT ${EVENT_COLUMNS.join(", ")} FROM events WHERE id = ?`, [id]);
    return (await withSources(this.driver, rows))[0] ?? null;
  }

  async explainEvent(id: string): Promise<EventExplanation | null> {
    const event = await this.getEvent(id);
    if (!event) return null;
    const ids = event.sources.map((s) => s.source_event_id);
    const links = await linksAmong(this.driver, ids);
    const history = await historyOf(this.driver, id);
    return { event, links: links.map((l) => ({ ...l, features: JSON.parse(l.features) })), history };
  }

  eventHistory(id: string) {
    return historyOf(this.driver, id);
  }

  async listChanges(since: number, limit: number): Promise<ChangePage> {
    const changes = await changesAfter(this.driver, since, limit);
    return { changes, next: changes.at(-1)?.seq ?? since };
  }

  listDeletions(since: string, { limit, offset }: ListOptions): Promise<EventDeletion[]> {
    return deletionsSince(this.driver, since, limit, offset);
  }

  async retractDocument(id: string, reason: string | null): Promise<RetractionResult> {
    try {
      return await this.driver.write((tx) => this.retract(tx, id, reason));
    } finally {
      // Its reports were candidates for merging; they no longer are.
      this.candidates.clear();
    }
  }

  private async retract(tx: SqlExecutor, id: string, reason: string | null): Promise<RetractionResult> {
    const [document] = await tx.all<{ id: string }>("SELECT id FROM documents WHERE id = ?", [id]);
    if (!document) throw new StoreError(this.location, `no document ${id}; list documents with \`vigil documents\``);
    const done = await tx.all("SELECT document_id FROM document_retractions WHERE document_id = ?", [id]);
    if (done.length) return { document_id: id, retracted: false, ended: [], events: [] };
    const now = await writeClock(tx);
    const own = await sourcesOfDocuments<{ id: string; event_id: string }>(tx, this.driver.dialect, "id, event_id", [
      id,
    ]);
    const ownIds = new Set(own.map((s) => s.id));
    const eventIds = [...new Set(own.map((s) => s.event_id))];
    const members = await sourcesOfEvents(tx, eventIds);
    await detach(tx, [...ownIds]);
    const result: RetractionResult = { document_id: id, retracted: true, ended: [], events: [] };
    const written: WrittenEvents = new Map();
    for (const eventId of eventIds) {
      await tx.run("DELETE FROM events WHERE id = ?", [eventId]);
      const rest = members.filter((m) => m.eventId === eventId && !ownIds.has(m.id));
      if (rest.length === 0) result.ended.push(eventId);
      else result.events.push(...(await reform(tx, rest, now, written)));
    }
    const version = await bumpVersion(tx);
    await tx.run("INSERT INTO document_retractions (document_id, reason, retracted_at, version) VALUES (?, ?, ?, ?)", [
      id,
      reason,
      now,
      version,
    ]);
    const cause = { action: "retract" as const, documents: [id], reason };
    await recordChanges(tx, [...eventIds, ...result.events], written, { at: now, version, cause });
    result.events.sort();
    return result;
  }

  splitEvent(id: string, documentIds?: string[]): Promise<string[]> {
    return this.driver.write(async (tx) => {
      const now = await writeClock(tx);
      // Looked up in the events, not by its reports: retracted reports share an event id that names no event.
      const stored = await tx.all("SELECT id FROM events WHERE id = ?", [id]);
      const members = stored.length ? await sourcesOfEvents(tx, [id]) : [];
      if (members.length === 0)
        throw new StoreError(this.location, `no event ${id}; list events with \`vigil events\``);
      const leaving: SourceEvent[] = documentIds ? members.filter((m) => documentIds.includes(m.document.id)) : members;
      const unknown = (documentIds ?? []).filter((d) => !members.some((m) => m.document.id === d));
      if (unknown.length) {
        throw new StoreError(
          this.location,
          `event ${id} has no report from ${unknown.join(", ")}; its documents: ${[...new Set(members.map((m) => m.document.id))].join(", ")}`,
        );
      }
      // Without documents named, every report stands alone; with them, those named leave the rest.
      const apart = (a: SourceEvent, b: SourceEvent) => !documentIds || leaving.includes(a) !== leaving.includes(b);
      for (const a of members)
        for (const b of members) {
          if (a.id >= b.id || !apart(a, b)) continue;
          await tx.run("INSERT INTO merge_blocks (a, b) VALUES (?, ?) ON CONFLICT (a, b) DO NOTHING", [a.id, b.id]);
          await tx.run("DELETE FROM merge_links WHERE a = ? AND b = ?", [a.id, b.id]);
        }
      await tx.run("DELETE FROM events WHERE id = ?", [id]);
      const written: WrittenEvents = new Map();
      const ids = await reform(tx, members, now, written);
      const cause = { action: "split" as const, documents: documentIds ?? [], reason: null };
      await recordChanges(tx, [id, ...ids], written, { at: now, version: await bumpVersion(tx), cause });
      return ids;
    });
  }

  async getFeedState(url: string): Promise<FeedState | null> {
    const [row] = await this.driver.all<FeedState>(
      "SELECT url, etag, last_modified, failures, next_poll_at, last_error, polled_at FROM feed_state WHERE url = ?",
      [url],
    );
    return row ? { ...row, failures: Number(row.failures) } : null;
  }

  async saveFeedState(state: FeedState): Promise<void> {
    await this.driver.write((tx) =>
      tx.run(
        `INSERT INTO feed_state (url, etag, last_modified, failures, next_poll_at, last_error, polled_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
           failures = excluded.failures, next_poll_at = excluded.next_poll_at, last_error = excluded.last_error,
           polled_at = excluded.polled_at`,
        [
          state.url,
          state.etag,
          state.last_modified,
          state.failures,
          state.next_poll_at,
          state.last_error,
          state.polled_at,
        ],
      ),
    );
  }

  async unseenItems(feedUrl: string, keys: string[]): Promise<string[]> {
    if (keys.length === 0) return [];
    const seen = new Set(
      (
        await this.driver.all<{ item_key: string }>(
          `SELECT item_key FROM seen_items WHERE feed_url = ? AND item_key IN (${placeholders(keys)})`,
          [feedUrl, ...keys],
        )
      ).map((r) => r.item_key),
    );
    return keys.filter((key) => !seen.has(key));
  }

  async markSeen(feedUrl: string, keys: string[]): Promise<void> {
    const now = new Date().toISOString();
    await this.driver.write(async (tx) => {
      for (const key of keys)
        await tx.run(
          "INSERT INTO seen_items (feed_url, item_key, seen_at) VALUES (?, ?, ?) ON CONFLICT (feed_url, item_key) DO NOTHING",
          [feedUrl, key, now],
        );
    });
  }

  async sentAlert(rule: string, sourceEventIds: string[]): Promise<{ key: string; state: string } | null> {
    if (sourceEventIds.length === 0) return null;
    const [row] = await this.driver.all<{ alert_key: string; state: string }>(
      `SELECT alert_key, state FROM alerts_sent WHERE rule = ? AND source_event_id IN (${placeholders(sourceEventIds)})
       ORDER BY alert_key LIMIT 1`,
      [rule, ...sourceEventIds],
    );
    return row ? { key: row.alert_key, state: row.state } : null;
  }

  async recordAlert(rule: string, key: string, sourceEventIds: string[], state: string): Promise<void> {
    await this.driver.write(async (tx) => {
      for (const id of sourceEventIds)
        await tx.run(
          `INSERT INTO alerts_sent (rule, source_event_id, alert_key, state) VALUES (?, ?, ?, ?)
           ON CONFLICT (rule, source_event_id) DO UPDATE SET alert_key = excluded.alert_key, state = excluded.state`,
          [rule, id, key, state],
        );
    });
  }

  async freshnessLags(): Promise<number[]> {
    const rows = await this.driver.all<{ published: string | null; stored: string }>(
      `SELECT min(CASE WHEN d.published_at LIKE '%T%' THEN d.published_at END) AS published, min(d.ingested_at) AS stored
       FROM source_events se JOIN documents d ON d.id = se.document_id WHERE se.event_id <> ? GROUP BY se.event_id`,
      [RETRACTED],
    );
    return rows
      .filter((r) => r.published)
      .map((r) => Math.max(0, (Date.parse(r.stored) - Date.parse(r.published as string)) / 1000));
  }

  async version(): Promise<number> {
    return count(this.driver, "SELECT version AS n FROM vigil_state WHERE id = 1");
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

/** Takes retracted reports out of their events, for good: they keep their rows, under an id no event has. */
async function detach(tx: SqlExecutor, sourceIds: string[]): Promise<void> {
  if (sourceIds.length === 0) return;
  const marks = placeholders(sourceIds);
  await tx.run(`UPDATE source_events SET event_id = ? WHERE id IN (${marks})`, [RETRACTED, ...sourceIds]);
  // An undated report attached to a retracted one is free to join a better match again.
  await tx.run(
    `UPDATE source_events SET attached_to = NULL, attach_score = NULL WHERE attached_to IN (${marks})`,
    sourceIds,
  );
}

/** Moves the store's version on, and returns the new one. */
async function bumpVersion(tx: SqlExecutor): Promise<number> {
  await tx.run("UPDATE vigil_state SET version = version + 1 WHERE id = 1");
  return count(tx, "SELECT version AS n FROM vigil_state WHERE id = 1");
}

/**
 * Writes the events these reports make once some of their links no longer hold (a split, a retraction): the other
 * links hold, and reports left in different groups are compared again, joining where they match. Links are one per
 * report joined, not one per matching pair, so the links left may no longer connect reports that match each other.
 * Returns the ids of the events written.
 */
async function reform(tx: SqlExecutor, members: SourceEvent[], now: string, written: WrittenEvents): Promise<string[]> {
  const memberIds = members.map((m) => m.id);
  const blocked = new Set((await blocksAmong(tx, memberIds)).map(({ a, b }) => `${a}|${b}`));
  const { components, links } = rejoin(members, await linksAmong(tx, memberIds), (a, b) =>
    blocked.has(a < b ? `${a}|${b}` : `${b}|${a}`),
  );
  for (const { x, y, decision } of links) await link(tx, x, y, decision);
  const ids: string[] = [];
  for (const component of components) ids.push(await writeEvent(tx, component, [], now, written));
  return ids;
}

/** A listing's summary of a whole record. */
function summaryOf(event: StoredEvent): EventSummary {
  const { evidence: _evidence, reasons: _reasons, sources, ...fields } = event;
  return { ...fields, sources: sources.map(({ id, url, title, published_at }) => ({ id, url, title, published_at })) };
}

function documentOf(row: DocumentRow): DocumentRecord {
  return DocumentRecordSchema.parse({
    ...row,
    language_reliable: row.language_reliable === 1,
    asides: JSON.parse(row.asides),
  });
}

async function insertDocument(tx: SqlExecutor, document: DocumentRecord, now: string): Promise<boolean> {
  const values = [
    ...DOCUMENT_COLUMNS.map((column) => {
      if (column === "language_reliable") return document.language_reliable ? 1 : 0;
      if (column === "asides") return JSON.stringify(document.asides);
      return document[column];
    }),
    now,
  ];
  const changed = await tx.run(
    `INSERT INTO documents (${DOCUMENT_COLUMNS.join(", ")}, ingested_at) VALUES (${placeholders(values)})
     ON CONFLICT (id) DO NOTHING`,
    values,
  );
  return changed > 0;
}

/**
 * These documents' rows of source_events, in id order. On SQLite, by id range: a source's id is its document's id,
 * '#' and its index (sourceEventId), and document ids hold no '#', so `id#…` sorts between `id#` and `id$` and
 * nothing else does (binary order). One lookup per document: SQLite's planner scans the table for an OR of hundreds
 * of ranges. PostgreSQL orders text by locale, so it looks up document_id, which it indexes.
 */
async function sourcesOfDocuments<T>(db: SqlExecutor, dialect: Dialect, columns: string, ids: string[]): Promise<T[]> {
  if (dialect === "postgres") {
    return db.all<T>(
      `SELECT ${columns} FROM source_events WHERE document_id IN (${placeholders(ids)}) ORDER BY id`,
      ids,
    );
  }
  const rows: T[] = [];
  for (const id of [...ids].sort()) {
    rows.push(
      ...(await db.all<T>(`SELECT ${columns} FROM source_events WHERE id > ? AND id < ? ORDER BY id`, [
        `${id}#`,
        `${id}$`,
      ])),
    );
  }
  return rows;
}

async function count(db: SqlExecutor, sql: string, params: (string | number | null)[] = []): Promise<number> {
  const [row] = await db.all<{ n: number }>(sql, params);
  return Number(row?.n ?? 0);
}

async function withSources(db: SqlExecutor, rows: EventRow[]): Promise<StoredEvent[]> {
  const sources = await sourcesOfEvents(
    db,
    rows.map((r) => r.id as string),
  );
  return rows.map((row) =>
    storedEventOf(
      row,
      sources.filter((s) => s.eventId === row.id),
    ),
  );
}
