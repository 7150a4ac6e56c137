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
 * A worker holds an alert this long while it delivers it: longer than the webhook may take, so a delivery whose job
 * lease ran out (a slow worker, not a dead one) is not sent a second time by the worker the job is retried on.
 */
const DELIVERY_HOLD_SECONDS = WEBHOOK_TIMEOUT_MS / 1000 + 5;

/**
 * Delivers one claimed alert (a pg-boss job): to the log, the rule's JSONL file (on the worker that sends it) and
 * its webhook. The worker first holds the alert; one another worker holds is left to it (the job throws and is
 * retried later, when it is sent or the holder has died). A webhook that fails throws, and pg-boss retries the job
 * with back-off; one sent is marked so. Each POST carries the alert's `Idempotency-Key`, the same on every attempt:
 * a worker killed between the POST and marking it sent leaves it to be sent again.
 */
export async function deliverAlert(
  pool: pg.Pool,
  delivery: { alertId: number; workerId: string },
  emit: (alert: Alert) => void,
  log: (message: string) => void,
): Promise<void> {
  const { alertId, workerId } = delivery;
  const held = await holdForDelivery(pool, alertId, workerId);
  if (held === "sent") return;
  if (held === "held elsewhere") throw new Error(`alert ${alertId} is being delivered by another worker; retried`);
  const { alert, rule } = held;
  if (rule?.webhook)
    await post(rule.webhook, alert, alertId, log).catch(async (error: Error) => {
      // (A failed POST lets the alert go at once: the retry may land on another worker.)
      await pool.query("UPDATE fleet_alerts SET delivering_until = NULL WHERE id = $1", [alertId]);
      throw error;
    });
  await pool.query("UPDATE fleet_alerts SET sent_at = now(), delivering_until = NULL WHERE id = $1", [alertId]);
  emit(alert);
  if (rule?.jsonl) appendFileSync(rule.jsonl, `${JSON.stringify(alert)}\n`);
}

/** POSTs an alert to its webhook; throws when it should be retried (no answer, HTTP 5xx or 429). */
async function post(webhook: string, alert: Alert, alertId: number, log: (message: string) => void): Promise<void> {
  const response = await fetch(webhook, {
    method: "POST",
    headers: { "content-type": "application/json", "idempotency-key": `vigil-alert-${alertId}` },
    body: JSON.stringify(alert),
    signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
  });
  await response.body?.cancel();
  if (response.ok) return;
  if (response.status < 500 && response.status !== 429)
    log(`webhook ${webhook} refused the alert (HTTP ${response.status}); not retried`);
  else throw new Error(`webhook ${webhook} answered HTTP ${response.status}; retried with back-off`);
}

/** Holds an unsent alert for this worker, unless another worker holds it; a held alert comes with its rule. */
async function holdForDelivery(
  pool: pg.Pool,
  alertId: number,
  workerId: string,
): Promise<{ alert: Alert; rule: RuleConfig | null } | "sent" | "held elsewhere"> {
  const { rows } = await pool.query<{ alert: Alert; config: RuleConfig | null }>(
    `UPDATE fleet_alerts a SET delivering_by = $2, delivering_until = now() + make_interval(secs => $3)
     WHERE a.id = $1 AND a.sent_at IS NULL
       AND (a.delivering_until IS NULL OR a.delivering_until < now() OR a.delivering_by = $2)
     RETURNING a.alert, (SELECT r.config FROM fleet_rules r WHERE r.name = a.rule) AS config`,
    [alertId, workerId, DELIVERY_HOLD_SECONDS],
  );
  const row = rows[0];
  if (row) return { alert: row.alert, rule: row.config };
  const unsent = await pool.query("SELECT 1 FROM fleet_alerts WHERE id = $1 AND sent_at IS NULL", [alertId]);
  return unsent.rowCount ? "held elsewhere" : "sent";
}
