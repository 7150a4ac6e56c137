import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { type DocumentRecord, DocumentRecordSchema } from "../../model/index.js";
import { type ListOptions, type PutDocumentsResult, type Store, StoreError } from "../store.js";
import { MIGRATIONS } from "./migrations.js";

const MIGRATIONS_TABLE = "vigil_migrations";

interface DocumentRow extends Omit<DocumentRecord, "language_reliable" | "asides"> {
  language_reliable: number;
  asides: string;
}

/** The embedded default store: one SQLite file, WAL mode so readers do not block the writer. */
export class SqliteStore implements Store {
  private constructor(
    readonly location: string,
    private readonly db: Database.Database,
  ) {}

  /**
   * Opens (or creates) a Vigil database and brings it to the current schema. A file that is not SQLite, or is
   * another application's SQLite database, is refused untouched.
   */
  static open(path: string): SqliteStore {
    const existed = existsSync(path) && path !== ":memory:";
    let db: Database.Database;
    try {
      db = new Database(path, { timeout: 10_000 });
    } catch (error) {
      throw new StoreError(path, `cannot open the database (${(error as Error).message})`);
    }
    try {
      SqliteStore.checkOwnership(db, existed);
      db.pragma("journal_mode = WAL");
      db.pragma("foreign_keys = ON");
      SqliteStore.migrate(db, path);
    } catch (error) {
      db.close();
      if (error instanceof StoreError) throw error;
      const message = (error as Error).message;
      if (/not a database|malformed|file is encrypted/i.test(message)) {
        throw new StoreError(
          path,
          "this file is not a SQLite database, or it is corrupted; point --db (or VIGIL_DB) at a Vigil database or a new file",
        );
      }
      throw new StoreError(path, message);
    }
    return new SqliteStore(path, db);
  }

  private static checkOwnership(db: Database.Database, existed: boolean): void {
    // Reading the schema is the first access to the file, and fails at once on a file that is not SQLite.
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    if (existed && tables.length > 0 && !tables.includes(MIGRATIONS_TABLE)) {
      throw new StoreError(
        db.name,
        `this SQLite database belongs to another application (tables: ${tables.slice(0, 5).join(", ")}); Vigil will not modify it, choose another file`,
      );
    }
  }

  private static migrate(db: Database.Database, path: string): void {
    db.exec(
      `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
    );
    const current = (db.prepare(`SELECT max(version) FROM ${MIGRATIONS_TABLE}`).pluck().get() as number | null) ?? 0;
    const latest = MIGRATIONS.at(-1)?.version ?? 0;
    if (current > latest) {
      throw new StoreError(
        path,
        `the database is at schema version ${current}, newer than this Vigil (${latest}); upgrade Vigil`,
      );
    }
    for (const migration of MIGRATIONS.filter((m) => m.version > current)) {
      db.transaction(() => {
        db.exec(migration.sql);
        db.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (version, name, applied_at) VALUES (?, ?, ?)`).run(
          migration.version,
          migration.name,
          new Date().toISOString(),
        );
      }).immediate();
    }
  }

  async putDocuments(documents: DocumentRecord[]): Promise<PutDocumentsResult> {
    const insert = this.db.prepare(
      `INSERT INTO documents (id, input_id, source, form, url, title, author, published_at, published_at_source, language,
         language_confidence, language_reliable, encoding, text, asides, ingested_at)
       VALUES (@id, @input_id, @source, @form, @url, @title, @author, @published_at, @published_at_source, @language,
         @language_confidence, @language_reliable, @encoding, @text, @asides, @ingested_at)
       ON CONFLICT (id) DO NOTHING`,
    );
    const result: PutDocumentsResult = { added: [], existing: [] };
    const ingestedAt = new Date().toISOString();
    this.db
      .transaction(() => {
        for (const document of documents) {
          const row = {
            ...document,
            language_reliable: document.language_reliable ? 1 : 0,
            asides: JSON.stringify(document.asides),
            ingested_at: ingestedAt,
          };
          (insert.run(row).changes > 0 ? result.added : result.existing).push(document.id);
        }
      })
      .immediate();
    return result;
  }

  async listDocuments({ limit, offset }: ListOptions): Promise<DocumentRecord[]> {
    const rows = this.db
      .prepare(
        `SELECT id, input_id, source, form, url, title, author, published_at, published_at_source, language, language_confidence,
           language_reliable, encoding, text, asides
         FROM documents ORDER BY rowid LIMIT ? OFFSET ?`,
      )
      .all(limit, offset) as DocumentRow[];
    return rows.map((row) =>
      DocumentRecordSchema.parse({
        ...row,
        language_reliable: row.language_reliable === 1,
        asides: JSON.parse(row.asides),
      }),
    );
  }

  async countDocuments(): Promise<number> {
    return this.db.prepare("SELECT count(*) FROM documents").pluck().get() as number;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
