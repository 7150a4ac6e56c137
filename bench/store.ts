/**
 * The store at scale: a synthetic store of BENCH_EVENTS events (default 1,000,000) is built on SQLite, then
 * measured: merge-and-store throughput of new reports' events (target >= 2,000 events/s) and the latency of filtered
 * queries (target p95 < 50 ms). Synthetic events are spread over 30 countries and six years, about the density of
 * ACLED's global data.
 */
import { closeSync, fsyncSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { SourceEvent } from "../src/merge/index.js";
import type { DocumentRecord, VigilEvent } from "../src/model/index.js";
import type { CodedReport, EventQuery } from "../src/store/index.js";
import {
  dateWindow,
  EVENT_COLUMNS,
  eventIdOf,
  eventRow,
  matchFieldsOf,
  openStore,
  placeholders,
  reconcile,
  sourceEventId,
  TAXONOMY,
} from "./product.js";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const NEW_EVENTS = 10_000;
const QUERIES = 200;
/** New reports describe the last month's events, as a news feed does; the stored history spans six years. */
const RECENT_DAYS = 30;
export const COUNTRIES = [
  ..."BFA MLI NER NGA TCD SDN COD SOM MOZ SYR LBN UKR PAK IND MMR HTI COL MEX ETH KEN CMR CAF LBY YEM IRQ AFG PHL BRA VEN SSD".split(
    " ",
  ),
].map((iso3, i) => ({ iso3, latitude: -30 + i * 2, longitude: -20 + i * 3 }));
const FIRST_DAY = Date.UTC(2019, 0, 1);
const DAYS = 6 * 365;

/** A deterministic pseudo-random stream (mulberry32), so every run measures the same store. */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * One synthetic report. `recentDays` dates it within the last that many days of the store's span, as new reports
 * are: news describes what happened days ago, not an even draw over six years.
 */
export function syntheticReport(n: number, next: () => number, recentDays = DAYS): CodedReport {
  const country = COUNTRIES[Math.floor(next() * COUNTRIES.length)] as (typeof COUNTRIES)[number];
  const type = TAXONOMY[Math.floor(next() * TAXONOMY.length)] as (typeof TAXONOMY)[number];
  const offset = DAYS - recentDays + Math.floor(next() * recentDays);
  const day = new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);
  const text = `Synthetic report ${n}: an event of type ${type.sub_event_type} on ${day}.`;
  const document: DocumentRecord = {
    id: `doc_${n.toString(16).padStart(24, "0")}`,
    input_id: String(n),
    source: "bench",
    form: "text",
    url: `https://bench.example.org/${n}`,
    title: `Report ${n}`,
    author: null,
    published_at: day,
    published_at_source: "input",
    language: "en",
    language_confidence: 1,
    language_reliable: true,
    encoding: "UTF-8",
    text,
    asides: [],
  };
  const fatalities = Math.floor(next() * 20);
  const event: VigilEvent = {
    event_date: day,
    time_precision: 1,
    disorder_type: type.disorder_type,
    event_type: type.event_type,
    sub_event_type: type.sub_event_type,
    actor1: `Armed group ${Math.floor(next() * 50)}`,
    assoc_actor_1: null,
    inter1: "Rebel group",
    actor2: "Civilians",
    assoc_actor_2: null,
    inter2: "Civilians",
    interaction: "Rebel group-Civilians",
    civilian_targeting: null,
    country: country.iso3,
    iso3: country.iso3,
    admin1: `Region ${Math.floor(next() * 10)}`,
    admin2: null,
    admin3: null,
    location: `Town ${Math.floor(next() * 2000)}`,
    latitude: country.latitude + next() * 4,
    longitude: country.longitude + next() * 4,
    geo_precision: 1,
    fatalities,
    fatalities_low: fatalities,
    fatalities_high: fatalities,
    notes: text,
    tags: [],
    confidence: 0.8,
    evidence: { event_date: [{ start: 0, end: 9, text: "Synthetic", rule: "bench", confidence: 1 }] },
  };
  return { document, events: [event] };
}

/** Bulk load, bypassing the merge: the synthetic events are distinct by construction. */
export function buildStore(path: string, next: () => number, count = EVENTS): void {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const document = db.prepare(
    `INSERT INTO documents (id, input_id, source, form, url, title, author, published_at, published_at_source, language,
       language_confidence, language_reliable, encoding, text, asides, ingested_at)
     VALUES (?, ?, 'bench', 'text', ?, ?, NULL, ?, 'input', 'en', 1, 1, 'UTF-8', ?, '[]', '2025-01-01')`,
  );
  const source = db.prepare(
    `INSERT INTO source_events (id, document_id, event_id, date_low, date_high, iso3, match_fields, record)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const event = db.prepare(`INSERT INTO events (${EVENT_COLUMNS.join(", ")}) VALUES (${placeholders(EVENT_COLUMNS)})`);
  // Each event's first history row, as a store that recorded its events from the start holds.
  const versionColumns = [
    "seq",
    "version",
    "changed_at",
    "kind",
    "gone",
    "cause",
    "detail",
    "sources",
    ...EVENT_COLUMNS,
  ];
  const version = db.prepare(
    `INSERT INTO event_versions (${versionColumns.join(", ")}) VALUES (${placeholders(versionColumns)})`,
  );
  const started = performance.now();
  const batch = db.transaction((from: number, to: number) => {
    for (let n = from; n < to; n++) {
      const report = syntheticReport(n, next);
      const d = report.document;
      const sourceEvent: SourceEvent = {
        id: sourceEventId(d.id, 0),
        document: d,
        event: report.events[0] as VigilEvent,
      };
      const id = eventIdOf([sourceEvent]);
      const window = dateWindow(sourceEvent.event);
      document.run(d.id, d.input_id, d.url, d.title, d.published_at, d.text);
      source.run(
        sourceEvent.id,
        d.id,
        id,
        window?.low,
        window?.high,
        sourceEvent.event.iso3 ?? "",
        JSON.stringify(matchFieldsOf(sourceEvent.event)),
        JSON.stringify(sourceEvent.event),
      );
      const row = eventRow(id, reconcile([sourceEvent]), [sourceEvent], "2025-01-01T00:00:00.000Z");
      event.run(...EVENT_COLUMNS.map((c) => row[c]));
      const cause = JSON.stringify({ action: "ingest", documents: [d.id], reason: null });
      const history = [n + 1, 1, row.updated_at, "created", 0, cause, "{}", JSON.stringify([sourceEvent.id])];
      version.run(...history, ...EVENT_COLUMNS.map((c) => row[c]));
    }
  });
  const step = 50_000;
  for (let from = 0; from < count; from += step) {
    batch(from, Math.min(count, from + step));
    process.stderr.write(`\rbuilding synthetic store: ${Math.min(count, from + step).toLocaleString("en")} events`);
  }
  process.stderr.write(` (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
  db.close();
}

function syncToDisk(path: string): void {
  const fd = openSync(path, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

export async function benchStore(): Promise<void> {
  const path = join(tmpdir(), `vigil-bench-${process.pid}.db`);
  const next = random(42);
  try {
    await (await openStore(path)).close();
    buildStore(path, next);
    // The build leaves gigabytes for the kernel to write back; measured during that flush, ingest would time the
    // build's disk traffic rather than its own.
    syncToDisk(path);
    const store = await openStore(path);
    const fresh = Array.from({ length: NEW_EVENTS }, (_, i) => syntheticReport(EVENTS + i, next, RECENT_DAYS));
    const started = performance.now();
    let merged = 0;
    for (let i = 0; i < fresh.length; i += 200) merged += (await store.putReports(fresh.slice(i, i + 200))).merged;
    const ingestSeconds = (performance.now() - started) / 1000;
    const queries: [string, (i: number) => EventQuery][] = [
      [
        "country + half-year",
        (i) => ({ iso3: COUNTRIES[i % 30]?.iso3, since: "2022-01-01", until: "2022-06-30", limit: 50, offset: 0 }),
      ],
      [
        "type + month, by fatalities",
        (i) => ({
          eventType: "Battles",
          since: `2023-${String(1 + (i % 12)).padStart(2, "0")}-01`,
          until: `2023-${String(1 + (i % 12)).padStart(2, "0")}-28`,
          sort: "fatalities",
          limit: 50,
          offset: 0,
        }),
      ],
      [
        "50 km around a point",
        (i) => ({
          near: { latitude: -28 + (i % 30) * 2, longitude: -18 + (i % 30) * 3, radiusKm: 50 },
          limit: 50,
          offset: 0,
        }),
      ],
      [
        "actor + country",
        (i) => ({ actors: [`armed group ${i % 50}`], iso3: COUNTRIES[i % 30]?.iso3, limit: 50, offset: 0 }),
      ],
    ];
    const rows = [];
    for (const [name, query] of queries) {
      const times: number[] = [];
      for (let i = 0; i < QUERIES; i++) {
        const t = performance.now();
        await store.listEvents(query(i));
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      rows.push({
        query: name,
        p50_ms: Number(percentile(times, 0.5).toFixed(1)),
        p95_ms: Number(percentile(times, 0.95).toFixed(1)),
      });
    }
    await store.close();
    console.log(
      `merge and store: ${NEW_EVENTS.toLocaleString("en")} new events (dated within the last ${RECENT_DAYS} days) into a store of ${EVENTS.toLocaleString("en")}: ` +
        `${Math.round(NEW_EVENTS / ingestSeconds)} events/s (target >= 2,000); ${merged} merged into stored events`,
    );
    console.log(
      `filtered queries on ${EVENTS.toLocaleString("en")} events, ${QUERIES} each, first page of 50 with sources (target p95 < 50 ms):`,
    );
    console.table(rows);
  } finally {
    if (!process.env.BENCH_KEEP) for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  }
}
