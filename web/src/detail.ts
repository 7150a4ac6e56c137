import type { EventHistoryEntry, EventSource, StoredEvent } from "../../src/model/index.js";
import type { DocumentEvidence } from "../../src/store/store.js";
import { historyTimeline } from "./history.js";
import { escapeHtml } from "./html.js";

const FIELDS = [
  "event_date",
  "event_type",
  "sub_event_type",
  "actor1",
  "actor2",
  "location",
  "admin1",
  "country",
  "geo_precision",
  "fatalities",
  "civilian_targeting",
] as const;

/** ACLED's geo_precision in words, as the map draws it. */
export const PRECISION_NAMES: Record<number, string> = {
  1: "the town or site itself",
  2: "near a town, or a district",
  3: "a region or country, placed at its seat",
};

function shownValue(field: (typeof FIELDS)[number], value: unknown): string {
  if (field === "fatalities" && value === null) return "unknown";
  if (field === "geo_precision" && typeof value === "number") return `${value}: ${PRECISION_NAMES[value] ?? "?"}`;
  return String(value ?? "—");
}

/**
 * The event's record: each field with its value and confidence, the timeline of its changes, then every source's
 * text with the evidence marked.
 */
export async function renderDetail(panel: HTMLElement, id: string, onClose: () => void): Promise<void> {
  const response = await fetch(`/events/${encodeURIComponent(id)}`);
  if (!response.ok) {
    // The API says why: an event merged away or retracted names what became of it.
    const problem = ((await response.json().catch(() => null)) as { error?: string } | null)?.error ?? "";
    panel.innerHTML = `<button type="button" class="close" aria-label="Close the event record">×</button>
      <h2 id="detail-title">Could not load the event (${response.status}).</h2>
      ${problem ? `<p>${escapeHtml(problem)}</p>` : ""}`;
    (panel.querySelector("button.close") as HTMLButtonElement).addEventListener("click", onClose);
    (panel.querySelector("button.close") as HTMLButtonElement).focus();
    return;
  }
  const event = (await response.json()) as StoredEvent & { history?: EventHistoryEntry[] };
  const rows = FIELDS.map((field) => {
    const spans = event.evidence[field] ?? [];
    const confidence = spans.length ? Math.max(...spans.map((s) => s.confidence)).toFixed(2) : "inferred";
    const value = event[field];
    const shown = shownValue(field, value);
    // A break may come after an underscore: "civilian_targeting" fits a phone's column.
    return `<tr><th scope="row">${field.replaceAll("_", "_<wbr>")}</th><td>${escapeHtml(shown)}</td><td>${confidence}</td></tr>`;
  }).join("");
  const reasons = Object.entries(event.reasons)
    .map(([field, reason]) => `<li><b>${field}</b>: ${escapeHtml(reason)}</li>`)
    .join("");
  panel.innerHTML = `
    <button type="button" class="close" aria-label="Close the event record">×</button>
    <h2 id="detail-title">${escapeHtml(event.sub_event_type ?? "Event")} · ${escapeHtml(event.event_date ?? "undated")}</h2>
    <p>${escapeHtml(event.notes ?? "")}</p>
    <table><caption>Fields (confidence: the strongest evidence)</caption>
      <thead><tr><th scope="col">field</th><th scope="col">value</th><th scope="col">confidence</th></tr></thead>
      <tbody>${rows}</tbody></table>
    ${reasons ? `<h3>Why these values</h3><ul class="reasons">${reasons}</ul>` : ""}
    ${event.history?.length ? `<h3>History (${event.history.length})</h3>${historyTimeline(event.history)}` : ""}
    <h3>Sources (${event.sources.length})</h3>
    <div class="sources"></div>`;
  const close = panel.querySelector("button.close") as HTMLButtonElement;
  close.addEventListener("click", onClose);
  close.focus();
  const container = panel.querySelector(".sources") as HTMLElement;
  for (const source of event.sources) container.append(await sourceView(source, event.id));
}

async function sourceView(source: EventSource, eventId: string): Promise<HTMLElement> {
  const section = document.createElement("section");
  section.className = "source";
  // (Only web addresses become links: the store keeps no other, and a page never trusts that it did not.)
  const link =
    source.url && /^https?:\/\//i.test(source.url)
      ? `<a href="${escapeHtml(source.url)}" rel="noreferrer">${escapeHtml(source.url)}</a>`
      : "";
  section.innerHTML = `<h4>${escapeHtml(source.title ?? source.source)}</h4>
    <p class="meta">${escapeHtml(source.published_at ?? "undated")} ${link}</p>`;
  const response = await fetch(`/documents/${encodeURIComponent(source.id)}`);
  if (!response.ok) return section;
  const { document: doc, evidence } = (await response.json()) as {
    document: { text: string };
    evidence: DocumentEvidence[];
  };
  const text = document.createElement("p");
  text.className = "text";
  text.innerHTML = highlighted(
    doc.text,
    evidence.filter((e) => e.event_id === eventId),
  );
  section.append(text);
  return section;
}

/** The text with each evidence span in a <mark> naming its field; where spans overlap, the first one wins. */
function highlighted(text: string, spans: DocumentEvidence[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let html = "";
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue;
    html += escapeHtml(text.slice(at, span.start));
    const title = `${span.field}: ${span.rule} (${span.confidence.toFixed(2)})`;
    html += `<mark data-field="${span.field}" title="${escapeHtml(title)}">${escapeHtml(text.slice(span.start, span.end))}<small>${span.field}</small></mark>`;
    at = span.end;
  }
  return html + escapeHtml(text.slice(at));
}
