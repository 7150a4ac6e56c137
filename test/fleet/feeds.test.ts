import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { describe, test } from "node:test";
import pg from "pg";
import { deliverAlert } from "../../src/fleet/fleet-alerts.js";
import { HostGate } from "../../src/fleet/host-gate.js";
import { migrateFleet } from "../../src/fleet/index.js";
import { jsonLines, tempDir, vigil } from "../helpers/cli.js";
import { backends } from "../helpers/stores.js";

const postgres = backends().find((b) => b.name === "PostgreSQL");

describe("vigil feeds", () => {
  test("a fleet needs PostgreSQL: a SQLite store is refused in one line", () => {
    const run = vigil(["feeds", "list", "--db", join(tempDir(), "vigil.db")]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^vigil: a fleet runs on PostgreSQL: .*use `vigil watch`\)\n$/);
  });

  test("load, add, list and remove, while no worker runs", { skip: postgres?.skip }, async () => {
    const db = await (postgres as NonNullable<typeof postgres>).fresh();
    const file = join(tempDir(), "watch.yaml");
    writeFileSync(
      file,
      "feeds:\n  - url: https://one.example.org/feed.xml\n    interval: 10m\n  - url: https://two.example.org/feed.xml\nrules:\n  - name: sahel\n    country: Burkina Faso\n",
    );
    assert.match(vigil(["feeds", "load", file, "--db", db]).stderr, /2 feeds added, 0 updated, 0 removed; 1 rules/);
    assert.match(
      vigil(["feeds", "add", "https://three.example.org/rss", "--interval", "30s", "--db", db]).stderr,
      /added/,
    );
    const listed = jsonLines<{ url: string; interval_s: number; polls: number; owner: string | null }>(
      vigil(["feeds", "list", "--json", "--db", db]).stdout,
    );
    assert.deepEqual(
      listed.map((f) => [f.url, f.interval_s, f.polls, f.owner]),
      [
        ["https://one.example.org/feed.xml", 600, 0, null],
        ["https://three.example.org/rss", 30, 0, null],
        ["https://two.example.org/feed.xml", 300, 0, null],
      ],
    );
    assert.equal(vigil(["feeds", "remove", "https://two.example.org/feed.xml", "--db", db]).status, 0);
    const missing = vigil(["feeds", "remove", "https://two.example.org/feed.xml", "--db", db]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /is not a feed of this fleet; see `vigil feeds list`/);
    writeFileSync(file, "feeds:\n  - url: https://one.example.org/feed.xml\n");
    assert.match(
      vigil(["feeds", "load", file, "--replace", "--db", db]).stderr,
      /0 feeds added, 1 updated, 1 removed; 0 rules/,
    );
  });

  test("hosts: one request at a time across workers, and a Retry-After kept for all", {
    skip: postgres?.skip,
  }, async () => {
    const db = await (postgres as NonNullable<typeof postgres>).fresh();
    const pool = new pg.Pool({ connectionString: db, max: 2 });
    try {
      await migrateFleet(pool);
      const first = new HostGate(pool, "w1", 10_000);
      const second = new HostGate(pool, "w2", 10_000);
      assert.equal(await first.acquire("example.org", 0), true);
      assert.equal(await second.acquire("example.org", 100), false, "held by w1");
      assert.equal(await second.acquire("other.example.org", 0), true, "another host is free");
      await first.release("example.org", 60_000);
      assert.equal(await second.acquire("example.org", 100), false, "Retry-After: 60 s keeps every worker off");
      await pool.query("UPDATE fleet_hosts SET next_allowed_at = now() WHERE host = 'example.org'");
      assert.equal(await second.acquire("example.org", 0), true);
    } finally {
      await pool.end();
    }
  });

  test("an alert a live worker is still delivering is not sent again by the worker its job is retried on", {
    skip: postgres?.skip,
  }, async () => {
    const received: string[] = [];
    let answerSlowly = () => {};
    await withAlert(
      (request, response) => {
        received.push(String(request.headers["idempotency-key"]));
        answerSlowly = () => response.end("ok");
      },
      async (deliver, alertId, sent) => {
        const slow = deliver("w1");
        while (received.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
        await assert.rejects(deliver("w2"), /being delivered by another worker/);
        answerSlowly();
        await slow;
        await deliver("w2");
        assert.deepEqual(received, [`vigil-alert-${alertId}`], "one POST, with the alert's idempotency key");
        assert.deepEqual(sent, ["deaths"]);
      },
    );
  });

  test("a failed POST lets the alert go at once: another worker's retry sends it", {
    skip: postgres?.skip,
  }, async () => {
    const answers = [503, 200];
    await withAlert(
      (_request, response) => {
        response.statusCode = answers.shift() ?? 200;
        response.end();
      },
      async (deliver, _alertId, sent) => {
        await assert.rejects(deliver("w1"), /HTTP 503/);
        await deliver("w2");
        assert.deepEqual(sent, ["deaths"]);
        assert.deepEqual(answers, [], "the second POST was made");
      },
    );
  });
});

/**
 * A fresh fleet database holding one claimed alert of a rule whose webhook is a loopback server answering with
 * `hook`; `run` delivers it as a given worker and sees what was emitted.
 */
async function withAlert(
  hook: RequestListener,
  run: (deliver: (workerId: string) => Promise<void>, alertId: number, sent: string[]) => Promise<void>,
): Promise<void> {
  const db = await (postgres as NonNullable<typeof postgres>).fresh();
  const pool = new pg.Pool({ connectionString: db, max: 4 });
  const server = createServer(hook);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  try {
    await migrateFleet(pool);
    await pool.query("INSERT INTO fleet_rules (name, config) VALUES ('deaths', $1)", [
      JSON.stringify({ name: "deaths", webhook: url }),
    ]);
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO fleet_alerts (rule, alert_key, state, alert, claimed_by)
       VALUES ('deaths', 'evt_1', '{}', '{"alert":"new","rule":"deaths"}', 'w1') RETURNING id`,
    );
    const alertId = Number(rows[0]?.id);
    const sent: string[] = [];
    const emit = (alert: { rule: string }) => sent.push(alert.rule);
    await run((workerId) => deliverAlert(pool, { alertId, workerId }, emit, () => {}), alertId, sent);
  } finally {
    server.close();
    await pool.end();
  }
}
