import { SqliteStore } from "./sqlite/sqlite-store.js";
import { type Store, StoreError } from "./store.js";

export { type ListOptions, type PutDocumentsResult, type Store, StoreError } from "./store.js";

export const DEFAULT_DB = "vigil.db";

/**
 * Opens the store a location names: a SQLite file path (default `./vigil.db`) or a `postgres://` URL.
 * @example const store = await openStore(process.env.VIGIL_DB ?? DEFAULT_DB)
 */
export async function openStore(location: string = DEFAULT_DB): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new StoreError(location, "the PostgreSQL backend is not available in this version; use a SQLite file path");
  }
  return SqliteStore.open(location);
}
