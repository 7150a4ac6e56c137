import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve, sep } from "node:path";
import Database from "better-sqlite3";
import { NameFilter } from "./name-filter.js";

/**
 * The user's own gazetteer layer: GeoNames files they downloaded and imported with `vigil gazetteer import`, kept
 * in one SQLite file beside the store. Its rows win over the shipped gazetteer's row by row (same GeoNames id), and
 * its names add to the shipped ones. Each import is a named layer that `vigil gazetteer remove` drops again.
 */
export const LOCAL_LAYER_SCHEMA = `
  CREATE TABLE IF NOT EXISTS places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL, fclass TEXT NOT NULL,
    fcode TEXT NOT NULL, cc TEXT NOT NULL, admin1 TEXT NOT NULL, admin2 TEXT NOT NULL, admin3 TEXT NOT NULL,
    population INTEGER NOT NULL, layer TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS names (key TEXT NOT NULL, id INTEGER NOT NULL, layer TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS spellings (key TEXT NOT NULL, id INTEGER NOT NULL, layer TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS layers (
    name TEXT PRIMARY KEY, files TEXT NOT NULL, imported_at TEXT NOT NULL, rows INTEGER NOT NULL,
    names INTEGER NOT NULL, countries TEXT NOT NULL, newest_change TEXT
  );
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
`;

/**
 * The lookup indexes: dropped while a large import appends (SQLite then writes rows in order instead of updating
 * three B-trees per row) and built again once at its end, by one sort each.
 */
export const LOCAL_LAYER_INDEXES = `
  CREATE INDEX IF NOT EXISTS names_key ON names (key, id);
  CREATE INDEX IF NOT EXISTS spellings_key ON spellings (key, id);
  CREATE INDEX IF NOT EXISTS places_lat ON places (lat);
  CREATE INDEX IF NOT EXISTS places_seat ON places (cc, fcode, admin1);
`;
export const DROP_LOCAL_LAYER_INDEXES = `
  DROP INDEX IF EXISTS names_key; DROP INDEX IF EXISTS spellings_key;
  DROP INDEX IF EXISTS places_lat; DROP INDEX IF EXISTS places_seat;
`;

/**
 * A bad input file or request: the message says which and why, nothing of the layer is kept. Exit codes as the
 * CLI's others: 9 no such file, 6 not a GeoNames file, 2 a layer name taken or unusable.
 */
export class GazetteerImportError extends Error {
  constructor(
    message: string,
    readonly exitCode: 2 | 6 | 9 = 6,
  ) {
    super(message);
  }
}

export const LOCAL_LAYER_FILE = "vigil-gazetteer.sqlite";

/** One imported layer, as `vigil gazetteer list` shows it. */
export interface LayerInfo {
  name: string;
  files: string[];
  importedAt: string;
  rows: number;
  names: number;
  countries: string[];
  /** The newest modification date among its GeoNames rows: how current the data is. */
  newestChange: string | null;
}

/**
 * Where the local layer lives: `--gazetteer`/`VIGIL_GAZETTEER` if given; else beside a SQLite store
 * (`./vigil-gazetteer.sqlite` beside `./vigil.db`); else, for a PostgreSQL store, in the user's data folder
 * (`$XDG_DATA_HOME/vigil`, by default `~/.local/share/vigil`). Never inside node_modules, which an `npm ci`
 * wipes: a path there is refused.
 */
export function localLayerPath(option?: string, store?: string): string {
  const explicit = option ?? process.env.VIGIL_GAZETTEER;
  const chosen = explicit
    ? resolve(explicit)
    : store && !/^postgres(ql)?:\/\//.test(store)
      ? join(dirname(resolve(store)), LOCAL_LAYER_FILE)
      : join(process.env.XDG_DATA_HOME ?? join(homedir(), ".local", "share"), "vigil", "gazetteer.sqlite");
  if (chosen.split(sep).includes("node_modules")) {
    throw new GazetteerImportError(
      `the local gazetteer ${chosen} would be inside node_modules, which npm replaces; choose another place with --gazetteer or VIGIL_GAZETTEER`,
      2,
    );
  }
  return chosen;
}

/** The local layer's path when one exists there, else null (the default install has none). */
export function existingLocalLayer(store = process.env.VIGIL_DB ?? "vigil.db"): string | null {
  try {
    const path = localLayerPath(undefined, store);
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export function listLayers(path: string): LayerInfo[] {
  if (!existsSync(path)) return [];
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare("SELECT * FROM layers ORDER BY imported_at").all() as {
      name: string;
      files: string;
      imported_at: string;
      rows: number;
      names: number;
      countries: string;
      newest_change: string | null;
    }[];
    return rows.map((row) => ({
      name: row.name,
      files: JSON.parse(row.files) as string[],
      importedAt: row.imported_at,
      rows: row.rows,
      names: row.names,
      countries: row.countries ? row.countries.split(",") : [],
      newestChange: row.newest_change,
    }));
  } finally {
    db.close();
  }
}

/** Drops one layer's rows and names; false when there is no such layer. */
export function removeLayer(path: string, name: string): boolean {
  if (!existsSync(path)) return false;
  const db = new Database(path, { fileMustExist: true });
  try {
    const removed = db.transaction(() => {
      if (db.prepare("DELETE FROM layers WHERE name = ?").run(name).changes === 0) return false;
      for (const table of ["places", "names", "spellings"])
        db.prepare(`DELETE FROM ${table} WHERE layer = ?`).run(name);
      return true;
    })();
    if (removed) writeLocalNameFilter(db);
    return removed;
  } finally {
    db.close();
  }
}

/** The local layer's version as events record it: its layers and their import days ("KE@2026-12-07"). */
export function localLayerVersion(db: Database.Database, schema = "main"): string {
  const layers = db.prepare(`SELECT name, imported_at FROM ${schema}.layers ORDER BY name`).all() as {
    name: string;
    imported_at: string;
  }[];
  return layers.map((l) => `${l.name}@${l.imported_at.slice(0, 10)}`).join("+");
}

/** The Bloom filter of the local layer's name keys, rebuilt after every change (see NameFilter). */
export function writeLocalNameFilter(db: Database.Database): void {
  const count = db.prepare("SELECT count(DISTINCT key) FROM names").pluck().get() as number;
  const filter = NameFilter.build(
    db.prepare("SELECT DISTINCT key FROM names").pluck().iterate() as Iterable<string>,
    count,
  );
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('name_filter', ?)").run(filter.toBuffer());
}
