import { MIGRATIONS_TABLE } from "../sqlite/sqlite-driver.js";
import { StoreError } from "../store.js";
import type { SqlDriver } from "./driver.js";
import { MIGRATIONS } from "./migrations.js";

/**
 * Brings a database to the current schema. Each migration runs in a write transaction that re-reads the version
 * first, so two processes opening a new database at once apply each migration exactly once.
 */
export async function migrate(driver: SqlDriver): Promise<void> {
  await driver.write((tx) =>
    tx.exec(
      `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
    ),
  );
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  for (const migration of MIGRATIONS) {
    await driver.write(async (tx) => {
      const [row] = await tx.all<{ version: number | null }>(`SELECT max(version) AS version FROM ${MIGRATIONS_TABLE}`);
      const current = row?.version ?? 0;
      if (current > latest) {
        throw new StoreError(
          driver.location,
          `the database is at schema version ${current}, newer than this Vigil (${latest}); upgrade Vigil`,
        );
      }
      if (current >= migration.version) return;
      await tx.exec(migration.sql(driver.dialect));
      await tx.run(`INSERT INTO ${MIGRATIONS_TABLE} (version, name, applied_at) VALUES (?, ?, ?)`, [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
    });
  }
}
