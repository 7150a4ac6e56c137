import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import pg from "pg";
import { FleetMonitor, migrateFleet } from "../../src/fleet/index.js";
import { buildApp } from "../../src/server/index.js";
import { openStore, type Store } from "../../src/store/index.js";
import { backends, codedReport } from "../helpers/stores.js";

const postgres = backends().find((b) => b.name === "PostgreSQL");

describe("two API servers on one PostgreSQL store", { skip: postgres?.skip }, () => {
  const opened: { close(): Promise<void> }[] = [];
  after(async () => {
    for (const thing of opened) await thing.close();
  });

  test("a write through one process invalidates the other's read cache; health reports the fleet", async () => {
    const db = await (postgres as NonNullable<typeof postgres>).fresh();
    const writer: Store = await openStore(db);
    const reader: Store = await openStore(db);
    const monitor = FleetMonitor.of(db) as FleetMonitor;
    opened.push(writer, reader, monitor);
    const app = buildApp({ store: reader, fleet: () => monitor.stats() });

    const before = await app.request("/events");
    assert.equal(((await before.json()) as { total: number }).total, 0);
    assert.equal((await app.request("/events")).headers.get("X-Cache"), "hit");

    await writer.putReports([
      codedReport({
        id: "w1",
        text: "Gunmen killed 7 villagers near Djibo, Burkina Faso, on 3 May 2024, residents said.",
        published_at: "2024-05-04",
      }),
    ]);
    const afterWrite = await app.request("/events");
    assert.equal(afterWrite.headers.get("X-Cache"), null, "the other process's write made the cached page stale");
    assert.equal(((await afterWrite.json()) as { total: number }).total, 1);

    const noFleet = (await (await app.request("/health")).json()) as { fleet: unknown };
    assert.equal(noFleet.fleet, null, "a store without fleet tables has no fleet");
    const pool = new pg.Pool({ connectionString: db, max: 1 });
    await migrateFleet(pool);
    await pool.query("INSERT INTO fleet_workers (id, hostname, pid, beat_ms) VALUES ('w-test', 'here', 1, 60000)");
    await pool.end();
    const health = (await (await app.request("/health")).json()) as { fleet: Record<string, unknown> };
    assert.deepEqual(health.fleet, {
      workers_alive: 1,
      feeds: 0,
      feeds_overdue: 0,
      queue_depth: 0,
      oldest_pending_s: null,
      lag_p50_s: null,
      lag_p95_s: null,
      alerts_unsent: 0,
    });
  });
});
