import type { EventSource, StoredEvent } from "../../model/index.js";
import { type EventExplanation, openStore, StoreError } from "../../store/index.js";
import { changeLine } from "./changes.js";

const SHOWN_FIELDS = [
  "event_date",
  "event_type",
  "sub_event_type",
  "actor1",
  "actor2",
  "location",
  "fatalities",
] as const;

/** `vigil explain --event ID`: the reconciled record, each choice's reason, every source and every merge decision. */
export async function explainStoredEvent(id: string, location: string): Promise<void> {
  const store = await openStore(location);
  try {
    const explanation = await store.explainEvent(id);
    if (!explanation) {
      const history = await store.eventHistory(id);
      if (history.length) {
        process.stdout.write(`${id} names no event now. History:\n${history.map(historyLine).join("\n")}\n`);
        return;
      }
      throw new StoreError(location, `no event ${id}; list events with \`vigil events\``);
    }
    process.stdout.write(describe(explanation));
  } finally {
    await store.close();
  }
}

function historyLine(change: EventExplanation["history"][number]): string {
  return `  ${change.at}  v${change.version}  #${change.seq}  ${changeLine(change)}`;
}

function describe({ event, links, history }: EventExplanation): string {
  const lines = [
    `${event.id} (${event.event_id_cnty}): ${event.event_type} / ${event.sub_event_type}, ${event.event_date ?? "undated"}, ` +
      `${[event.location, event.admin1, event.country].filter(Boolean).join(", ") || "unplaced"}`,
    `  ${event.notes ?? ""}`,
    `  fatalities ${figures(event)}; confidence ${event.confidence}`,
    "",
    "Why these values:",
    ...Object.entries(event.reasons).map(([field, reason]) => `  ${field.padEnd(12)} ${reason}`),
    "",
    `Sources (${event.sources.length}):`,
    ...event.sources.flatMap(describeSource),
  ];
  if (event.sources.length > 1) {
    lines.push("", "Merge decisions (pairs of reports that matched):");
    for (const link of links) {
      const f = link.features;
      const parts = [
        f.same_day ? "same day" : `dates ${f.date_gap_days ?? "?"} days apart`,
        f.same_location
          ? "same place name"
          : f.distance_km !== null
            ? `${f.distance_km} km apart (tolerance ${f.distance_tolerance_km})`
            : "no distance",
        `types agree on ${f.type_agreement}`,
        f.shared_actor
          ? `both name ${f.shared_actor}`
          : f.conflicting_actors
            ? "different named actors"
            : "no shared actor",
      ];
      lines.push(`  ${link.a} ~ ${link.b}: score ${link.score}: ${parts.join("; ")}`);
    }
  }
  lines.push("", `History (${history.length} change${history.length === 1 ? "" : "s"}):`, ...history.map(historyLine));
  return `${lines.join("\n")}\n`;
}

function describeSource(source: EventSource): string[] {
  const header = `  ${source.id}  ${source.published_at ?? "undated"}  ${source.url ?? source.title ?? source.source}`;
  const values = SHOWN_FIELDS.map((field) => {
    const spans = source.evidence[field] ?? [];
    const words = spans.length ? `  ← ${spans.map((s) => `"${s.text}" (${s.rule})`).join(", ")}` : "";
    return `      ${field.padEnd(15)} ${JSON.stringify(source.values[field])}${words}`;
  });
  return [header, ...values];
}

function figures(event: StoredEvent): string {
  if (event.fatalities === null) return "unknown";
  if (event.fatalities_low === event.fatalities_high) return String(event.fatalities);
  return `${event.fatalities} (sources range ${event.fatalities_low}-${event.fatalities_high ?? "open"})`;
}
