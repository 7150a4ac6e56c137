import { type Command, InvalidArgumentError, Option } from "commander";
import { TAXONOMY } from "../../code/taxonomy.js";
import { acledCsv, countryNameOf, eventFeature, iso3Of } from "../../export/index.js";
import type { StoredEvent } from "../../model/index.js";
import { defaultSources } from "../../sources/index.js";
import { type EventQuery, type EventSort, openStore, type Store } from "../../store/index.js";
import { databaseLocation, parseNonNegativeInteger, parsePositiveInteger } from "../options.js";
import { printRows } from "../output.js";

type EventsFormat = "table" | "json" | "jsonl" | "csv" | "geojson";

interface EventsOptions {
  db?: string;
  country?: string;
  admin1?: string;
  since?: string;
  until?: string;
  type?: string;
  subType?: string;
  actor?: string;
  near?: [number, number];
  radiusKm: number;
  bbox?: [number, number, number, number];
  minFatalities?: number;
  text?: string;
  sort: EventSort;
  asc?: boolean;
  limit?: number;
  offset: number;
  format: EventsFormat;
}

const TABLE_PAGE = 50;
/** Machine formats stream the whole result in pages of this many, so a million events never sit in memory. */
const STREAM_PAGE = 1000;

export function eventsCommand(program: Command): void {
  const events = program
    .command("events")
    .description("list stored events, filtered, sorted and paged, as a table, JSON, JSON Lines, ACLED CSV or GeoJSON")
    .option("--db <location>", "SQLite file or postgres:// URL (default ./vigil.db, or VIGIL_DB)")
    .option("--country <country>", "country name or ISO code (Mali, ML, MLI)")
    .option("--admin1 <name>", "first-level region, as the events name it")
    .option("--since <date>", "on or after this day (YYYY-MM-DD, YYYY-MM or YYYY)", (v) => parseDay(v, "start"))
    .option("--until <date>", "on or before this day (YYYY-MM-DD, YYYY-MM or YYYY)", (v) => parseDay(v, "end"))
    .option("--type <event type>", "ACLED event type, e.g. Battles", (v) => taxonomyName(v, "event_type"))
    .option("--sub-type <sub-event type>", "ACLED sub-event type, e.g. Armed clash", (v) =>
      taxonomyName(v, "sub_event_type"),
    )
    .option("--actor <name>", "an actor by any alias (JNIM, FAMa, Wagner)")
    .option("--near <lat,lon>", "around a point (with --radius-km)", parseNear)
    .addOption(new Option("--radius-km <km>", "radius for --near").argParser(parsePositiveInteger).default(50))
    .option("--bbox <west,south,east,north>", "inside a box, in degrees", parseBbox)
    .addOption(new Option("--min-fatalities <n>", "at least this many killed").argParser(parseNonNegativeInteger))
    .option("--text <words>", "words that must all appear in the notes, place, actors or titles")
    .addOption(
      new Option("--sort <field>", "sort by").choices(["date", "fatalities", "sources", "updated"]).default("date"),
    )
    .option("--asc", "ascending (default: newest, largest first)")
    .addOption(new Option("--limit <n>", `how many (table default ${TABLE_PAGE})`).argParser(parsePositiveInteger))
    .addOption(new Option("--offset <n>", "skip this many first").argParser(parseNonNegativeInteger).default(0))
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["table", "json", "jsonl", "csv", "geojson"])
        .default("table"),
    )
    .action(async (options: EventsOptions) => {
      const store = await openStore(databaseLocation(options.db));
      try {
        await printEvents(store, options);
      } finally {
        await store.close();
      }
    });
  events
    .command("split")
    .description("undo a merge: the named documents' reports (or all) leave the event and stay apart from it")
    .argument("<event-id>", "an event id from `vigil events`")
    .option("--document <id...>", "documents to take out (default: every report becomes its own event)")
    .option("--db <location>", "SQLite file or postgres:// URL (default ./vigil.db, or VIGIL_DB)")
    .action(async (eventId: string, options: { document?: string[]; db?: string }) => {
      const store = await openStore(databaseLocation(options.db ?? events.opts().db));
      try {
        const ids = await store.splitEvent(eventId, options.document);
        process.stdout.write(`${ids.join("\n")}\n`);
        process.stderr.write(`split ${eventId} into ${ids.length} event${ids.length === 1 ? "" : "s"}\n`);
      } finally {
        await store.close();
      }
    });
}

export function queryOf(options: EventsOptions): Omit<EventQuery, "limit" | "offset"> {
  const query: Omit<EventQuery, "limit" | "offset"> = { sort: options.sort, ascending: !!options.asc };
  if (options.country) {
    const iso3 = iso3Of(options.country);
    if (!iso3) throw new InvalidArgumentError(`unknown country "${options.country}": use a name or ISO code`);
    query.iso3 = iso3;
  }
  if (options.admin1) query.admin1 = options.admin1;
  if (options.since) query.since = options.since;
  if (options.until) query.until = options.until;
  if (options.type) query.eventType = options.type;
  if (options.subType) query.subEventType = options.subType;
  if (options.actor) query.actors = actorNames(options.actor);
  if (options.near) {
    const [latitude, longitude] = options.near;
    query.near = { latitude, longitude, radiusKm: options.radiusKm };
  }
  if (options.bbox) query.bbox = options.bbox;
  if (options.minFatalities !== undefined) query.minFatalities = options.minFatalities;
  if (options.text) query.text = options.text.split(/\s+/).filter(Boolean);
  return query;
}

async function printEvents(store: Store, options: EventsOptions): Promise<void> {
  const query = queryOf(options);
  if (options.format === "table") {
    const limit = options.limit ?? TABLE_PAGE;
    const events = await store.listEvents({ ...query, limit, offset: options.offset });
    printRows(events.map(tableRow), "table", [
      "id",
      "event_date",
      "type",
      "location",
      "country",
      "actor1",
      "fatalities",
      "sources",
    ]);
    const total = await store.countEvents(query);
    if (options.offset + events.length < total)
      process.stderr.write(
        `showing ${options.offset + 1}-${options.offset + events.length} of ${total}; use --offset or --limit for more\n`,
      );
    return;
  }
  const write = (text: string) => process.stdout.write(text);
  let first = true;
  if (options.format === "json") write("[");
  if (options.format === "geojson") write('{"type":"FeatureCollection","features":[');
  for await (const page of pages(store, query, options.offset, options.limit)) {
    if (options.format === "jsonl") write(page.map((e) => `${JSON.stringify(e)}\n`).join(""));
    else if (options.format === "csv") write(acledCsv(page, first));
    else {
      const items = page.map((e) => JSON.stringify(options.format === "geojson" ? eventFeature(e) : e));
      write(`${first ? "" : ","}\n${items.join(",\n")}`);
    }
    first = false;
  }
  if (options.format === "csv" && first) write(acledCsv([], true));
  if (options.format === "json") write("\n]\n");
  if (options.format === "geojson") write("\n]}\n");
}

async function* pages(
  store: Store,
  query: Omit<EventQuery, "limit" | "offset">,
  offset: number,
  limit = Number.MAX_SAFE_INTEGER,
): AsyncGenerator<StoredEvent[]> {
  let at = offset;
  let left = limit;
  while (left > 0) {
    const page = await store.listEvents({ ...query, offset: at, limit: Math.min(STREAM_PAGE, left) });
    if (page.length) yield page;
    if (page.length < Math.min(STREAM_PAGE, left)) return;
    at += page.length;
    left -= page.length;
  }
}

function tableRow(event: StoredEvent) {
  return {
    ...event,
    type: event.sub_event_type ?? event.event_type,
    fatalities:
      event.fatalities === null
        ? "unknown"
        : event.fatalities_high !== null && event.fatalities_high !== event.fatalities
          ? `${event.fatalities} (to ${event.fatalities_high})`
          : event.fatalities,
    sources: event.sources.length,
  };
}

/** The names an actor goes by in stored events: what the user typed, and the ACLED name of any alias it is. */
function actorNames(text: string): string[] {
  const canonical = defaultSources()
    .actors.find(text)
    .filter((match) => match.entry.kind === "group" || match.entry.kind === "state")
    .map(({ entry }) => {
      const country = entry.country ? countryNameOf(entry.country) : null;
      const name = entry.canonicalOn(null);
      return country ? name.replace("{country}", country) : name.replace(/\s*\{country\}\s*/, " ").trim();
    });
  return [...new Set([text, ...canonical].map((name) => name.toLowerCase()).filter(Boolean))];
}

function parseDay(value: string, side: "start" | "end"): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!match) throw new InvalidArgumentError("use YYYY-MM-DD, YYYY-MM or YYYY");
  const [, year, month, day] = match;
  if (day) {
    if (Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new InvalidArgumentError("not a calendar day");
    return value;
  }
  if (month) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return `${year}-${month}-${side === "start" ? "01" : String(last).padStart(2, "0")}`;
  }
  return side === "start" ? `${year}-01-01` : `${year}-12-31`;
}

function numbers(value: string, count: number, what: string): number[] {
  const parts = value.split(",").map((p) => Number(p.trim()));
  if (parts.length !== count || parts.some((p) => !Number.isFinite(p))) throw new InvalidArgumentError(`use ${what}`);
  return parts;
}

function parseNear(value: string): [number, number] {
  const [lat, lon] = numbers(value, 2, '"latitude,longitude", e.g. "13.4,-1.05"') as [number, number];
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) throw new InvalidArgumentError("latitude ±90, longitude ±180");
  return [lat, lon];
}

function parseBbox(value: string): [number, number, number, number] {
  const box = numbers(value, 4, '"west,south,east,north", e.g. "-6,9,3,15"') as [number, number, number, number];
  const [west, south, east, north] = box;
  if (south > north || [west, east].some((x) => Math.abs(x) > 180) || [south, north].some((y) => Math.abs(y) > 90))
    throw new InvalidArgumentError("west,south,east,north in degrees, south below north");
  return box;
}

function taxonomyName(value: string, field: "event_type" | "sub_event_type"): string {
  const names = [...new Set(TAXONOMY.map((t) => t[field]))];
  const found = names.find((n) => n.toLowerCase() === value.trim().toLowerCase());
  if (!found) throw new InvalidArgumentError(`one of: ${names.join(", ")}`);
  return found;
}
