import type { EventHistoryEntry, FieldChange } from "../../src/model/index.js";
import { escapeHtml } from "./html.js";

/** Field changes named in a line before "and N more": a timeline line stays one or two lines long. */
const SHOWN_CHANGES = 3;

const ACTIONS: Record<EventHistoryEntry["cause"]["action"], string> = {
  ingest: "new report",
  split: "split by hand",
  retract: "report retracted",
  migrate: "stored before history was kept",
};

/**
 * An event's history as a compact timeline, oldest first: when (UTC, to the minute), what happened and why, and the
 * values and reports that changed.
 * @example historyTimeline([{ kind: "created", at: "2024-06-12T08:30:00.000Z", … }]) // '<ol class="history">…'
 */
export function historyTimeline(history: EventHistoryEntry[]): string {
  if (history.length === 0) return "";
  const items = history.map((change) => {
    const when = change.at.slice(0, 16).replace("T", " ");
    const reason = change.cause.reason ? ` (“${escapeHtml(change.cause.reason)}”)` : "";
    const details = [
      ...changedFields(change.fields),
      moved(change.sources_added.length, "joined"),
      moved(change.sources_removed.length, "left"),
      change.into.length ? `now in ${change.into.map(escapeHtml).join(", ")}` : "",
    ].filter(Boolean);
    return `<li data-kind="${escapeHtml(change.kind)}"><time datetime="${escapeHtml(change.at)}">${escapeHtml(when)}</time>
      <b>${escapeHtml(change.kind)}</b>: ${escapeHtml(ACTIONS[change.cause.action] ?? change.cause.action)}${reason}${
        details.length ? `<br><small>${details.join("; ")}</small>` : ""
      }</li>`;
  });
  return `<ol class="history">${items.join("")}</ol>`;
}

function changedFields(fields: FieldChange[]): string[] {
  const shown = fields
    .slice(0, SHOWN_CHANGES)
    .map((f) => `${escapeHtml(f.field)} ${escapeHtml(valueText(f.old))} → ${escapeHtml(valueText(f.new))}`);
  if (fields.length > SHOWN_CHANGES) shown.push(`${fields.length - SHOWN_CHANGES} more`);
  return shown;
}

function moved(count: number, verb: string): string {
  return count ? `${count} report${count === 1 ? "" : "s"} ${verb}` : "";
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}
