import { appendFileSync } from "node:fs";
import type { StoredEvent } from "../model/index.js";
import type { Store } from "../store/index.js";
import type { RuleConfig } from "./config.js";
import { type EventTest, ruleTest } from "./rules.js";

export interface Alert {
  alert: "new" | "update";
  rule: string;
  at: string;
  /** What the previous alert said, for an update. */
  previous?: AlertState;
  event: StoredEvent;
}

interface AlertState {
  fatalities: number | null;
  fatalities_high: number | null;
  event_type: string | null;
  sub_event_type: string | null;
}

const WEBHOOK_TRIES = 4;
const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * Sends one alert per event per rule, and an update when a merged event's toll or type changes. Which reports an
 * alert covered is stored with it, so a restart, or an event whose id changes as reports merge, alerts once.
 */
export class Alerter {
  private readonly rules: { rule: RuleConfig; test: EventTest }[];

  constructor(
    rules: RuleConfig[],
    private readonly store: Store,
    private readonly emit: (alert: Alert) => void,
    private readonly log: (message: string) => void,
  ) {
    this.rules = rules.map((rule) => ({ rule, test: ruleTest(rule) }));
  }

  /** Checks the events that new reports created or changed; returns the alerts sent. */
  async check(eventIds: string[]): Promise<Alert[]> {
    const sent: Alert[] = [];
    if (this.rules.length === 0) return sent;
    for (const id of eventIds) {
      const event = await this.store.getEvent(id);
      if (!event) continue;
      const sources = event.sources.map((s) => s.source_event_id);
      const state: AlertState = {
        fatalities: event.fatalities,
        fatalities_high: event.fatalities_high,
        event_type: event.event_type,
        sub_event_type: event.sub_event_type,
      };
      for (const { rule, test } of this.rules) {
        if (!test(event)) continue;
        const previous = await this.store.sentAlert(rule.name, sources);
        const changed = !previous || previous.state !== JSON.stringify(state);
        if (changed) {
          const alert: Alert = {
            alert: previous ? "update" : "new",
            rule: rule.name,
            at: new Date().toISOString(),
            ...(previous ? { previous: JSON.parse(previous.state) as AlertState } : {}),
            event,
          };
          await this.deliver(rule, alert);
          sent.push(alert);
        }
        await this.store.recordAlert(rule.name, previous?.key ?? event.id, sources, JSON.stringify(state));
      }
    }
    return sent;
  }

  private async deliver(rule: RuleConfig, alert: Alert): Promise<void> {
    this.emit(alert);
    if (rule.jsonl) appendFileSync(rule.jsonl, `${JSON.stringify(alert)}\n`);
    if (rule.webhook) await this.post(rule.webhook, alert);
  }

  /** POSTs the alert, retrying with back-off; a hook that never answers is logged, and watching goes on. */
  private async post(url: string, alert: Alert): Promise<void> {
    for (let attempt = 1; attempt <= WEBHOOK_TRIES; attempt++) {
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(alert),
          signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
        });
        await response.body?.cancel();
        if (response.ok) return;
        if (response.status < 500 && response.status !== 429) {
          this.log(`webhook ${url} refused the alert (HTTP ${response.status}); not retried`);
          return;
        }
      } catch {
        // Retried below.
      }
      if (attempt < WEBHOOK_TRIES) await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
    }
    this.log(`webhook ${url} did not take the alert after ${WEBHOOK_TRIES} tries`);
  }
}
