import type { EvidenceSpan, VigilEvent } from "../model/index.js";
import type { SourceEvent } from "./source-event.js";

export type SourcedEvidence = EvidenceSpan & { document_id: string };

/** A merged event: the chosen value of every field, the evidence of the source(s) it came from, and the reason. */
export interface ReconciledEvent {
  event: Omit<VigilEvent, "evidence"> & { evidence: Record<string, SourcedEvidence[]> };
  reasons: Record<string, string>;
}

type Field = keyof Omit<VigilEvent, "evidence">;

const DATE_FIELDS: Field[] = ["event_date", "time_precision"];
const TYPE_FIELDS: Field[] = ["disorder_type", "event_type", "sub_event_type", "civilian_targeting"];
const ACTOR_FIELDS: Field[] = ["actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction"];
const PLACE_FIELDS: Field[] = [
  "country",
  "iso3",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
];
const UNNAMED_ACTOR = /^(Unidentified|Civilians|Protesters|Rioters)\b/;
/** Each further report of the same event adds this much to the best single report's confidence. */
const CORROBORATION_BONUS = 0.05;

/**
 * Reconciles the codings of one event by several reports. Every choice is a function of the set of sources, never of
 * the order they arrived in: ties break on the sources' ids.
 */
export function reconcile(sources: SourceEvent[]): ReconciledEvent {
  const sorted = [...sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (sorted.length === 0) throw new Error("reconcile needs at least one source event");
  if (sorted.length === 1) return alone(sorted[0] as SourceEvent);
  const evidence: Record<string, SourcedEvidence[]> = {};
  const reasons: Record<string, string> = {};
  const chosen: Partial<Record<Field, unknown>> = {};
  const take = (fields: Field[], from: SourceEvent, reason: string, reasonKey: string) => {
    for (const field of fields) {
      chosen[field] = from.event[field];
      const spans = from.event.evidence[field];
      if (spans?.length) evidence[field] = spans.map((span) => ({ ...span, document_id: from.document.id }));
    }
    reasons[reasonKey] = reason;
  };

  const dated = mostPrecise(
    sorted.filter((s) => s.event.event_date),
    (s) => s.event.time_precision,
  );
  const date = vote(dated, (s) => s.event.event_date, "earliest");
  take(
    DATE_FIELDS,
    date?.source ?? (sorted[0] as SourceEvent),
    date ? agreement(date, dated, "date") : "no source dates it",
    "event_date",
  );

  const type = vote(sorted, (s) => s.event.sub_event_type);
  if (type) take(TYPE_FIELDS, type.source, agreement(type, sorted, "sub-event type"), "event_type");

  const named = sorted.filter((s) => s.event.actor1 && !UNNAMED_ACTOR.test(s.event.actor1));
  const actorPool = named.length ? named : sorted.filter((s) => s.event.actor1);
  const actor = vote(actorPool, (s) => s.event.actor1);
  if (actor) take(ACTOR_FIELDS, actor.source, agreement(actor, actorPool, "actor1"), "actor1");

  const placed = mostPrecise(
    sorted.filter((s) => s.event.location || s.event.country),
    (s) => s.event.geo_precision,
  );
  const place = vote(placed, (s) => `${s.event.location ?? ""}|${s.event.iso3 ?? ""}`);
  if (place) take(PLACE_FIELDS, place.source, agreement(place, placed, "place"), "location");

  const fatalities = reconcileFatalities(sorted, evidence);
  reasons.fatalities = fatalities.reason;

  const base = type?.source ?? (sorted[0] as SourceEvent);
  const best = Math.max(...sorted.map((s) => s.event.confidence));
  const event = {
    ...base.event,
    ...chosen,
    fatalities: fatalities.value,
    fatalities_low: fatalities.low,
    fatalities_high: fatalities.high,
    tags: [...new Set(sorted.flatMap((s) => s.event.tags))].sort(),
    notes: notesOf(base, sorted.length),
    confidence: Math.min(0.99, Math.round((best + CORROBORATION_BONUS * (sorted.length - 1)) * 100) / 100),
    evidence,
  } as ReconciledEvent["event"];
  return { event, reasons };
}

/** One report's event is its own coding: nothing to reconcile, its evidence named by document. */
function alone(source: SourceEvent): ReconciledEvent {
  const evidence = Object.fromEntries(
    Object.entries(source.event.evidence).map(([field, spans]) => [
      field,
      spans.map((span) => ({ ...span, document_id: source.document.id })),
    ]),
  );
  return { event: { ...source.event, evidence }, reasons: {} };
}

interface Vote {
  source: SourceEvent;
  value: string;
  votes: number;
}

/** The value most sources give; a tie goes to the most confident source's value, then the earliest value. */
function vote(
  pool: SourceEvent[],
  key: (s: SourceEvent) => string | null,
  tieBreak: "confidence" | "earliest" = "confidence",
): Vote | null {
  const groups = new Map<string, SourceEvent[]>();
  for (const source of pool) {
    const value = key(source);
    if (value) groups.set(value, [...(groups.get(value) ?? []), source]);
  }
  const confidence = (members: SourceEvent[]) => Math.max(...members.map((m) => m.event.confidence));
  const ranked = [...groups].sort(([va, a], [vb, b]) => {
    if (b.length !== a.length) return b.length - a.length;
    if (tieBreak === "confidence" && confidence(b) !== confidence(a)) return confidence(b) - confidence(a);
    return va < vb ? -1 : va > vb ? 1 : 0;
  });
  const [value, members] = ranked[0] ?? [];
  if (!value || !members?.[0]) return null;
  const source = [...members].sort((a, b) => b.event.confidence - a.event.confidence)[0] as SourceEvent;
  return { source, value, votes: members.length };
}

/** The sources with the finest precision (1 = day or town) among those that give one. */
function mostPrecise(pool: SourceEvent[], precision: (s: SourceEvent) => number | null): SourceEvent[] {
  const finest = Math.min(...pool.map((s) => precision(s) ?? 9));
  return pool.filter((s) => (precision(s) ?? 9) === finest);
}

function agreement(vote: Vote, pool: SourceEvent[], what: string): string {
  if (pool.length === 1) return `only one source gives ${what === "actor1" ? "a named actor1" : `a ${what}`}`;
  return `${vote.votes} of ${pool.length} sources giving the finest ${what} agree on ${vote.value.replace(/\|.*/, "")}`;
}

/**
 * The most conservative stated toll is the event's figure, and the spread across sources is its range, as ACLED
 * codes disputed tolls; every source's own figure stays with the source.
 */
function reconcileFatalities(
  sources: SourceEvent[],
  evidence: Record<string, SourcedEvidence[]>,
): { value: number | null; low: number | null; high: number | null; reason: string } {
  // A figure counts when words state it: a coder's 0 for "no deaths mentioned" is not a source saying none died.
  const counted = sources.filter((s) => s.event.fatalities !== null && s.event.evidence.fatalities?.length);
  if (counted.length === 0) return { value: null, low: null, high: null, reason: "no source gives a count of dead" };
  const lowOf = (s: SourceEvent) => s.event.fatalities_low ?? (s.event.fatalities as number);
  const highOf = (s: SourceEvent) => s.event.fatalities_high ?? (s.event.fatalities as number);
  const byFigure = [...counted].sort((a, b) => (a.event.fatalities as number) - (b.event.fatalities as number));
  const conservative = byFigure[0] as SourceEvent;
  const lowest = [...counted].sort((a, b) => lowOf(a) - lowOf(b))[0] as SourceEvent;
  const highest = [...counted].sort((a, b) => highOf(b) - highOf(a))[0] as SourceEvent;
  const cite = (field: string, from: SourceEvent) => {
    const spans = from.event.evidence[field] ?? from.event.evidence.fatalities ?? [];
    if (spans.length) evidence[field] = spans.map((span) => ({ ...span, document_id: from.document.id }));
  };
  cite("fatalities", conservative);
  cite("fatalities_low", lowest);
  cite("fatalities_high", highest);
  const figures = counted.map((s) => s.event.fatalities).join(", ");
  const reason =
    counted.length === 1
      ? `the only source giving a count (${sources.length - 1} other${sources.length === 2 ? "" : "s"} give none)`
      : `the lowest of the sources' counts (${figures}); the range spans every source's figures`;
  return { value: conservative.event.fatalities, low: lowOf(lowest), high: highOf(highest), reason };
}

function notesOf(base: SourceEvent, count: number): string | null {
  if (count === 1) return base.event.notes;
  return `${base.event.notes ?? ""} Reported by ${count} sources.`.trim();
}
