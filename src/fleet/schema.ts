import type pg from "pg";

/** Held while the fleet's tables are created or upgraded, so two workers starting at once migrate once. */
const SCHEMA_LOCK_KEY = 7_401_823;

interface FleetMigration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The fleet's own tables, beside the store's (PostgreSQL only: a fleet shares one server). They are versioned apart
 * from the store's migrations so that a store used by a single `vigil watch` never carries them. The job queue
 * itself (pg-boss) keeps its tables in its own schema, `pgboss`.
 */
const FLEET_MIGRATIONS: FleetMigration[] = [
  {
    version: 1,
    name: "feeds, rules, hosts, workers, fetched items, alerts claimed",
    sql: `
      CREATE TABLE fleet_feeds (
        url TEXT PRIMARY KEY,
        host TEXT NOT NULL,
        config JSONB NOT NULL,
        added_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        next_poll_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        polled_at TIMESTAMPTZ,
        owner TEXT,
        polls INTEGER NOT NULL DEFAULT 0,
        items INTEGER NOT NULL DEFAULT 0,
        failures INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        etag TEXT,
        last_modified TEXT
      );
      CREATE TABLE fleet_rules (
        name TEXT PRIMARY KEY,
        config JSONB NOT NULL
      );
      CREATE TABLE fleet_hosts (
        host TEXT PRIMARY KEY,
        next_allowed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        holder TEXT,
        held_until TIMESTAMPTZ
      );
      CREATE TABLE fleet_workers (
        id TEXT PRIMARY KEY,
        hostname TEXT NOT NULL,
        pid INTEGER NOT NULL,
        beat_ms INTEGER NOT NULL,
        started_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        seen_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        stopped_at TIMESTAMPTZ
      );
      CREATE TABLE fleet_items (
        id BIGSERIAL PRIMARY KEY,
        feed_url TEXT NOT NULL,
        item_key TEXT NOT NULL,
        report JSONB NOT NULL,
        published_at TIMESTAMPTZ,
        fetched_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        fetched_by TEXT NOT NULL,
        stored_at TIMESTAMPTZ,
        stored_by TEXT,
        document_id TEXT,
        skipped TEXT,
        UNIQUE (feed_url, item_key)
      );
      CREATE INDEX fleet_items_pending ON fleet_items (fetched_at) WHERE stored_at IS NULL AND skipped IS NULL;
      CREATE INDEX fleet_items_stored ON fleet_items (stored_at) WHERE stored_at IS NOT NULL;
      CREATE TABLE fleet_item_keys (
        feed_url TEXT NOT NULL,
        key TEXT NOT NULL,
        item_id BIGINT NOT NULL REFERENCES fleet_items (id),
        PRIMARY KEY (feed_url, key)
      );
      CREATE TABLE fleet_alerts (
        id BIGSERIAL PRIMARY KEY,
        rule TEXT NOT NULL,
        alert_key TEXT NOT NULL,
        state TEXT NOT NULL,
        alert JSONB NOT NULL,
        claimed_by TEXT NOT NULL,
        claimed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        sent_at TIMESTAMPTZ,
        UNIQUE (rule, alert_key, state)
      );
    `,
  },
  {
    version: 2,
    name: "alerts held by the worker delivering them",
    sql: `
      ALTER TABLE fleet_alerts ADD COLUMN delivering_by TEXT, ADD COLUMN delivering_until TIMESTAMPTZ;
    `,
  },
];

/** Creates or upgrades the fleet's tables; safe to call from every worker at start. */
export async function migrateFleet(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [SCHEMA_LOCK_KEY]);
    await client.query(
      "CREATE TABLE IF NOT EXISTS fleet_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
    );
    const { rows } = await client.query<{ version: number | null }>(
      "SELECT max(version) AS version FROM fleet_migrations",
    );
    const current = rows[0]?.version ?? 0;
    for (const migration of FLEET_MIGRATIONS) {
      if (migration.version <= current) continue;
      await client.query(migration.sql);
      await client.query("INSERT INTO fleet_migrations (version, name) VALUES ($1, $2)", [
        migration.version,
        migration.name,
      ]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Whether this database has a fleet (its tables exist): stats and health report one only then. */
export async function hasFleet(pool: pg.Pool): Promise<boolean> {
  const { rows } = await pool.query<{ found: string | null }>("SELECT to_regclass('fleet_feeds')::text AS found");
  return rows[0]?.found != null;
}
