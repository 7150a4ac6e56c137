export type Dialect = "sqlite" | "postgres";
export type SqlValue = string | number | null;

/** Statements in one connection or transaction. SQL is written once with `?` placeholders for both backends. */
export interface SqlExecutor {
  all<T>(sql: string, params?: SqlValue[]): Promise<T[]>;
  /** Runs a statement and returns how many rows it changed. */
  run(sql: string, params?: SqlValue[]): Promise<number>;
  /** Runs several statements with no parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Whether another connection may have committed since this one's last transaction: what this connection
   * remembers of the stored data is then stale. A backend that cannot tell says true.
   */
  changedElsewhere(): Promise<boolean>;
}

/** A database the SQL store runs on: the embedded SQLite file or a PostgreSQL server. */
export interface SqlDriver extends SqlExecutor {
  readonly dialect: Dialect;
  readonly location: string;
  /**
   * Runs `work` in one transaction that lands whole or not at all, serialized against every other writer of the
   * same database, in this process or another, so two ingests never merge against a half-written state.
   */
  write<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `?, ?, ?`: one placeholder per value, for `IN (…)` lists and `VALUES (…)`. */
export function placeholders(values: readonly unknown[]): string {
  return values.map(() => "?").join(", ");
}
