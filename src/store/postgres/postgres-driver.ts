import pg from "pg";
import type { SqlDriver, SqlExecutor, SqlValue } from "../sql/driver.js";
import { StoreError } from "../store.js";

/** Every Vigil writer takes this advisory lock for its transaction: writers queue, readers never wait. */
const WRITE_LOCK_KEY = 7_401_822;

/** A PostgreSQL server, for teams that share one store. Connections come from a small pool. */
export class PostgresDriver implements SqlDriver {
  readonly dialect = "postgres";

  private constructor(
    readonly location: string,
    private readonly pool: pg.Pool,
  ) {}

  static async open(url: string): Promise<PostgresDriver> {
    const location = redact(url);
    const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 });
    pool.on("error", () => undefined);
    try {
      const client = await pool.connect();
      client.release();
    } catch (error) {
      await pool.end();
      throw new StoreError(
        location,
        `cannot connect to PostgreSQL (${(error as Error).message}); check the URL, that the server runs and accepts you`,
      );
    }
    return new PostgresDriver(location, pool);
  }

  all<T>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    return query<T>(this.pool, this.location, sql, params);
  }

  async run(sql: string, params: SqlValue[] = []): Promise<number> {
    return rowCount(this.pool, this.location, sql, params);
  }

  async exec(sql: string): Promise<void> {
    await wrap(this.location, () => this.pool.query(sql));
  }

  /** A server shared by many writers gives no cheap signal of their commits. */
  async changedElsewhere(): Promise<boolean> {
    return true;
  }

  async write<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await wrap(this.location, () => this.pool.connect());
    const location = this.location;
    const tx: SqlExecutor = {
      all: (sql, params = []) => query(client, location, sql, params),
      run: (sql, params = []) => rowCount(client, location, sql, params),
      exec: async (sql) => {
        await wrap(location, () => client.query(sql));
      },
      changedElsewhere: () => this.changedElsewhere(),
    };
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock($1)", [WRITE_LOCK_KEY]);
      const result = await work(tx);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

type Queryable = Pick<pg.Pool, "query">;

async function query<T>(db: Queryable, location: string, sql: string, params: SqlValue[]): Promise<T[]> {
  const result = await wrap(location, () => db.query(numbered(sql), params));
  return result.rows as T[];
}

async function rowCount(db: Queryable, location: string, sql: string, params: SqlValue[]): Promise<number> {
  const result = await wrap(location, () => db.query(numbered(sql), params));
  return result.rowCount ?? 0;
}

/** `?` → `$1, $2, …`: Vigil's SQL has no `?` inside string literals, so a plain scan is exact. */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

async function wrap<T>(location: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code && /^(08|57P|53)/.test(code)) {
      throw new StoreError(location, `lost the PostgreSQL connection (${(error as Error).message}); check the server`);
    }
    throw error;
  }
}

/** The URL as shown in messages: never the password. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "postgres://…";
  }
}
