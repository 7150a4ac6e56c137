import { SqlStore } from "./sql/sql-store.js";
import { SqliteDriver } from "./sqlite/sqlite-driver.js";
import type { Store } from "./store.js";

export {
  type ChangePage,
  type CodedReport,
  type DocumentEvidence,
  type EventDeletion,
  type EventExplanation,
  type EventQuery,
  type EventSort,
  type FeedState,
  type ListOptions,
  type PutReportsOptions,
  type PutReportsResult,
  type RetractionResult,
  type Store,
  StoreError,
} from "./store.js";

export const DEFAULT_DB = "vigil.db";

/**
 * Opens the store a location names: a SQLite file path (default `./vigil.db`) or a `postgres://` URL, and brings
 * it to the current schema.
 * @example const store = await openStore(process.env.VIGIL_DB ?? DEFAULT_DB)
 */
export async function openStore(location: string = DEFAULT_DB): Promise<Store> {
  // (pg loaded for a postgres:// location only: a SQLite user's every command would pay for it.)
  const driver = /^postgres(ql)?:\/\//i.test(location)
    ? await (await import("./postgres/postgres-driver.js")).PostgresDriver.open(location)
    : SqliteDriver.open(location);
  return SqlStore.open(driver);
}
