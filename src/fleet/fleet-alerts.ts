import { appendFileSync } from "node:fs";
import type pg from "pg";
import type PgBoss from "pg-boss";
import type { Store } from "../store/index.js";
import { type Alert, type RuleConfig, ruleTest } from "../watch/index.js";
import { loadRules } from "./feeds.js";
import { inTransaction, jobDb, QUEUES } from "./queue.js";

/** Serialises alert claims across the fleet: two workers that see the same event decide one after the other. */
const ALERT_LOCK_KEY = 7_401_824;
const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * The fleet's alerts, sent once whichever worker sees the event: a worker claims an alert (a row of `fleet_alerts`,
 * unique by rule, event and what it says) and queues its delivery in the same transaction; a pg-boss job then
 * delivers it, retried with back-off, and marks it sent. Which reports an alert covered is kept in the store's
 * `alerts_sent`, as `vigil watch` does, so an event whose id changes as reports merge is not alerted again.
 */
export class FleetAlerter {
  constructor(
    private readonly pool: pg.Pool,
    private readonly boss: PgBoss,
    private readonly store: Store,
    private readonly workerId: string,
  ) {}

  /** Claims the alerts the given events set off; returns how many were claimed. */
  async check(eventIds: string[]): Promise<number> {
    const rules = await loadRules(this.pool);
    if (rules.length === 0) return 0;
    const tests = rules.map((rule) => ({ rule, test: ruleTest(rule) }));
    const matches: { rule: RuleConfig; event: Alert["event"] }[] = [];
    for (const id of eventIds) {
      const event = await this.store.getEvent(id);
      if (event) for (const { rule, test } of tests) if (test(event)) matches.push({ rule, event });
    }
    if (matches.length === 0) return 0;
    // One transaction for the batch: the lock is taken once, and the claims land together or not at all.
    return inTransaction(this.pool, async (client) => {
      await client.query("SELECT pg_advisory_xact_lock($1)", [ALERT_LOCK_KEY]);
      let claimed = 0;
      for (const { rule, event } of matches) if (await this.claim(client, rule, event)) claimed++;
      return claimed;
    });
  }

  private async claim(client: pg.PoolClient, rule: RuleConfig, event: Alert["event"]): Promise<boolean> {
    const sources = event.sources.map((s) => s.source_event_id);
    const state = JSON.stringify({
      fatalities: event.fatalities,
      fatalities_high: event.fatalities_high,
      event_type: event.event_type,
      sub_event_type: event.sub_event_type,
    });
    const { rows } = await client.query<{ alert_key: string; state: string }>(
      `SELECT alert_key, state FROM alerts_sent WHERE rule = $1 AND source_event_id = ANY($2)
       ORDER BY alert_key LIMIT 1`,
      [rule.name, sources],
    );
    const previous = rows[0];
    const key = previous?.alert_key ?? event.id;
    let claimed = false;
    if (!previous || previous.state !== state) {
      const alert: Alert = {
        alert: previous ? "update" : "new",
        rule: rule.name,
        at: new Date().toISOString(),
        ...(previous ? { previous: JSON.parse(previous.state) } : {}),
        event,
      };
      const inserted = await client.query<{ id: string }>(
        `INSERT INTO fleet_alerts (rule, alert_key, state, alert, claimed_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (rule, alert_key, state) DO NOTHING RETURNING id`,
        [rule.name, key, state, JSON.stringify(alert), this.workerId],
      );
      const alertId = inserted.rows[0]?.id;
      if (alertId !== undefined) {
        await this.boss.insert([{ name: QUEUES.alert, data: { alert: Number(alertId) } }], { db: jobDb(client) });
        claimed = true;
      }
    }
    for (const source of sources)
      await client.query(
        `INSERT INTO alerts_sent (rule, source_event_id, alert_key, state) VALUES ($1, $2, $3, $4)
         ON CONFLICT (rule, source_event_id) DO UPDATE SET alert_key = excluded.alert_key, state = excluded.state`,
        [rule.name, source, key, state],
      );
    return claimed;
  }
}

/**
 * Delivers one claimed alert (a pg-boss job): to the log, the rule's JSONL file (on the worker that sends it) and
 * its webhook. A webhook that fails throws, and pg-boss retries the job with back-off; one sent is marked so.
 */
export async function deliverAlert(
  pool: pg.Pool,
  alertId: number,
  emit: (alert: Alert) => void,
  log: (message: string) => void,
): Promise<void> {
  const { rows } = await pool.query<{ alert: Alert; sent_at: string | null; config: RuleConfig | null }>(
    `SELECT a.alert, a.sent_at, r.config FROM fleet_alerts a LEFT JOIN fleet_rules r ON r.name = a.rule
     WHERE a.id = $1`,
    [alertId],
  );
  const row = rows[0];
  if (!row || row.sent_at) return;
  const rule = row.config;
  if (rule?.webhook) {
    const response = await fetch(rule.webhook, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(row.alert),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (!response.ok) {
      if (response.status < 500 && response.status !== 429)
        log(`webhook ${rule.webhook} refused the alert (HTTP ${response.status}); not retried`);
      else throw new Error(`webhook ${rule.webhook} answered HTTP ${response.status}; retried with back-off`);
    }
  }
  await pool.query("UPDATE fleet_alerts SET sent_at = now() WHERE id = $1", [alertId]);
  emit(row.alert);
  if (rule?.jsonl) appendFileSync(rule.jsonl, `${JSON.stringify(row.alert)}\n`);
}
