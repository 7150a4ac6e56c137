import type { Dialect } from "./driver.js";

export interface Migration {
  version: number;
  name: string;
  sql(dialect: Dialect): string;
}

/**
 * Schema versions in order; each is applied in one transaction with its version row, so an interrupted migration
 * leaves the previous version. Never edit a released one. The SQL is shared: only what the dialects spell
 * differently is chosen per dialect.
 */
export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "documents",
    sql: (dialect) => `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        input_id TEXT,
        source TEXT NOT NULL,
        form TEXT NOT NULL,
        url TEXT,
        title TEXT,
        author TEXT,
        published_at TEXT,
        published_at_source TEXT NOT NULL,
        language TEXT,
        language_confidence REAL NOT NULL,
        language_reliable INTEGER NOT NULL,
        encoding TEXT NOT NULL,
        text TEXT NOT NULL,
        asides TEXT NOT NULL,
        ingested_at TEXT NOT NULL${dialect === "postgres" ? ",\n        seq BIGSERIAL" : ""}
      );
      CREATE INDEX documents_published_at ON documents (published_at);
      CREATE INDEX documents_input_id ON documents (input_id);
    `,
  },
  {
    version: 2,
    name: "events, their sources and merge decisions",
    sql: () => `
      DROP INDEX documents_published_at;
      DROP INDEX documents_input_id;
      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        event_date TEXT,
        time_precision INTEGER,
        disorder_type TEXT,
        event_type TEXT,
        sub_event_type TEXT,
        actor1 TEXT,
        assoc_actor_1 TEXT,
        inter1 TEXT,
        actor2 TEXT,
        assoc_actor_2 TEXT,
        inter2 TEXT,
        interaction TEXT,
        civilian_targeting TEXT,
        country TEXT,
        iso3 TEXT,
        admin1 TEXT,
        admin2 TEXT,
        admin3 TEXT,
        location TEXT,
        latitude DOUBLE PRECISION,
        longitude DOUBLE PRECISION,
        geo_precision INTEGER,
        fatalities INTEGER,
        fatalities_low INTEGER,
        fatalities_high INTEGER,
        notes TEXT,
        tags TEXT NOT NULL,
        confidence DOUBLE PRECISION NOT NULL,
        evidence TEXT NOT NULL,
        reasons TEXT NOT NULL,
        actors_text TEXT NOT NULL,
        search_text TEXT NOT NULL,
        source_count INTEGER NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX events_date ON events (event_date, id);
      CREATE INDEX events_iso3_date ON events (iso3, event_date, id);
      CREATE INDEX events_type_date ON events (event_type, event_date, id);
      CREATE INDEX events_position ON events (latitude, longitude);
      CREATE INDEX events_fatalities ON events (fatalities, id);
      CREATE TABLE source_events (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents (id),
        event_id TEXT NOT NULL,
        date_low TEXT,
        date_high TEXT,
        iso3 TEXT NOT NULL,
        place_key TEXT,
        attached_to TEXT,
        attach_score DOUBLE PRECISION,
        match_fields TEXT NOT NULL,
        record TEXT NOT NULL
      );
      CREATE INDEX source_events_place ON source_events (iso3, place_key);
      CREATE INDEX source_events_event ON source_events (event_id);
      CREATE INDEX source_events_country_window ON source_events (iso3, date_low, date_high);
      CREATE INDEX source_events_window ON source_events (date_low, date_high);
      CREATE INDEX source_events_document ON source_events (document_id);
      CREATE TABLE merge_links (
        a TEXT NOT NULL,
        b TEXT NOT NULL,
        score DOUBLE PRECISION NOT NULL,
        features TEXT NOT NULL,
        PRIMARY KEY (a, b)
      );
      CREATE INDEX merge_links_b ON merge_links (b);
      CREATE TABLE merge_blocks (
        a TEXT NOT NULL,
        b TEXT NOT NULL,
        PRIMARY KEY (a, b)
      );
      CREATE INDEX merge_blocks_b ON merge_blocks (b);
      CREATE TABLE vigil_state (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
      INSERT INTO vigil_state (id, version) VALUES (1, 0);
    `,
  },
  {
    version: 3,
    name: "feed watching: feed state, items seen, alerts sent",
    sql: () => `
      CREATE TABLE feed_state (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        failures INTEGER NOT NULL,
        next_poll_at TEXT NOT NULL,
        last_error TEXT,
        polled_at TEXT
      );
      CREATE TABLE seen_items (
        feed_url TEXT NOT NULL,
        item_key TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (feed_url, item_key)
      );
      CREATE TABLE alerts_sent (
        rule TEXT NOT NULL,
        source_event_id TEXT NOT NULL,
        alert_key TEXT NOT NULL,
        state TEXT NOT NULL,
        PRIMARY KEY (rule, source_event_id)
      );
      CREATE INDEX alerts_sent_key ON alerts_sent (rule, alert_key);
    `,
  },
  {
    version: 4,
    name: "indexes that new events extend at their end, not at random pages",
    // Each new event dirtied a random page of every index keyed by a hash or a value spread over the store; ingest
    // into a big store is bound by writing those pages. Fatalities then date puts new (recent) events at the end
    // of their fatality count. Places are indexed for undated sources only (few); a dated one's place is read from
    // the country's date index, which new sources extend at its end. On SQLite a source's id starts with its
    // document's id (see sourcesOfDocuments), so the primary key finds a document's sources; PostgreSQL compares
    // text by locale, so it keeps that index.
    sql: (dialect) => `
      DROP INDEX events_fatalities;
      CREATE INDEX events_fatalities ON events (fatalities, event_date, id);
      DROP INDEX source_events_place;
      CREATE INDEX source_events_undated_place ON source_events (iso3, place_key) WHERE date_low IS NULL;
      DROP INDEX source_events_country_window;
      CREATE INDEX source_events_country_window ON source_events (iso3, date_low, date_high, place_key);
      ${dialect === "sqlite" ? "DROP INDEX source_events_document;" : ""}
    `,
  },
  {
    version: 5,
    name: "event history, the change feed and retractions",
    // Each change to an event is a row holding the event's whole state after it (with its reports' ids), under a
    // sequence number given under the write lock: the feed's cursor. A row holds from its time until the event's
    // next row (superseded_at), which is what `as of` reads. Existing events get one "created" row each, so every
    // event has a state to diff the next change against.
    sql: (dialect) => `
      CREATE TABLE event_versions (
        seq ${dialect === "postgres" ? "BIGINT" : "INTEGER"} PRIMARY KEY,
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        changed_at TEXT NOT NULL,
        kind TEXT NOT NULL,
        gone INTEGER NOT NULL,
        cause TEXT NOT NULL,
        detail TEXT NOT NULL,
        sources TEXT NOT NULL,
        superseded_at TEXT,
        ${EVENT_STATE_COLUMNS}
      );
      CREATE INDEX event_versions_event ON event_versions (id, seq);
      INSERT INTO event_versions (seq, id, version, changed_at, kind, gone, cause, detail, sources, ${STATE_COLUMN_NAMES.join(", ")})
      SELECT ROW_NUMBER() OVER (ORDER BY e.updated_at, e.id), e.id, (SELECT version FROM vigil_state WHERE id = 1),
        e.updated_at, 'created', 0, '{"action":"migrate","documents":[],"reason":null}', '{}', ${sourceIdsOf(dialect)},
        ${STATE_COLUMN_NAMES.map((column) => `e.${column}`).join(", ")}
      FROM events e;
      CREATE TABLE document_retractions (
        document_id TEXT PRIMARY KEY REFERENCES documents (id),
        reason TEXT,
        retracted_at TEXT NOT NULL,
        version INTEGER NOT NULL
      );
    `,
  },
];

/** The events table's columns after its id, as the history keeps them: nullable, the state of a moment. */
const EVENT_STATE_COLUMNS = `event_date TEXT, time_precision INTEGER, disorder_type TEXT, event_type TEXT,
        sub_event_type TEXT, actor1 TEXT, assoc_actor_1 TEXT, inter1 TEXT, actor2 TEXT, assoc_actor_2 TEXT,
        inter2 TEXT, interaction TEXT, civilian_targeting TEXT, country TEXT, iso3 TEXT, admin1 TEXT, admin2 TEXT,
        admin3 TEXT, location TEXT, latitude DOUBLE PRECISION, longitude DOUBLE PRECISION, geo_precision INTEGER,
        fatalities INTEGER, fatalities_low INTEGER, fatalities_high INTEGER, notes TEXT, tags TEXT,
        confidence DOUBLE PRECISION, evidence TEXT, reasons TEXT, actors_text TEXT, search_text TEXT,
        source_count INTEGER, updated_at TEXT`;

const STATE_COLUMN_NAMES = EVENT_STATE_COLUMNS.split(",").map((column) => column.trim().split(/\s+/)[0] as string);

/** A JSON array of an event's source ids (\`e\` in the query), as each dialect aggregates one. */
function sourceIdsOf(dialect: Dialect): string {
  return dialect === "postgres"
    ? "(SELECT coalesce(json_agg(se.id ORDER BY se.id), '[]'::json)::text FROM source_events se WHERE se.event_id = e.id)"
    : "(SELECT json_group_array(id) FROM (SELECT se.id FROM source_events se WHERE se.event_id = e.id ORDER BY se.id))";
}
