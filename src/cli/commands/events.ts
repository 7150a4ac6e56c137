import { type Command, InvalidArgumentError, Option } from "commander";
import { acledCsv, eventFeature, eventPages } from "../../export/index.js";
import type { StoredEvent } from "../../model/index.js";
import { eventFilters, FilterError, type FilterInput, SORTS } from "../../query/filters.js";
import { type EventQuery, openStore, type Store } from "../../store/index.js";
import { databaseLocation, parseNonNegativeInteger, parsePositiveInteger } from "../options.js";
import { notePage, printRows, TABLE_PAGE } from "../output.js";

type EventsFormat = "table" | "json" | "jsonl" | "csv" | "geojson";

interface EventsOptions extends Omit<FilterInput, "ascending"> {
  db?: string;
  asc?: boolean;
  limit?: number;
  offset: number;
  format: EventsFormat;
}

/** Machine formats stream the whole result in pages of this many, so a million events never sit in memory. */
const STREAM_PAGE = 1000;

export function eventsCommand(program: Command): void {
  const events = program
    .command("events")
    .description("list stored events, filtered, sorted and paged, as a table, JSON, JSON Lines, ACLED CSV or GeoJSON")
    .option("--db <location>", "SQLite file or postgres:// URL (default ./vigil.db, or VIGIL_DB)")
    .option("--country <country>", "country name or ISO code (Mali, ML, MLI)")
    .option("--admin1 <name>", "first-level region, as the events name it")
    .option("--since <date>", "on or after this day (YYYY-MM-DD, YYYY-MM or YYYY)")
    .option("--until <date>", "on or before this day (YYYY-MM-DD, YYYY-MM or YYYY)")
    .option("--type <event type>", "ACLED event type, e.g. Battles")
    .option("--sub-type <sub-event type>", "ACLED sub-event type, e.g. Armed clash")
    .option("--actor <name>", "an actor by any alias (JNIM, FAMa, Wagner)")
    .option("--near <lat,lon>", "around a point (with --radius-km, default 50)")
    .option("--radius-km <km>", "radius for --near")
    .option("--bbox <west,south,east,north>", "inside a box, in degrees")
    .option("--min-fatalities <n>", "at least this many killed")
    .option("--text <words>", "words that must all appear in the notes, place, actors or titles")
    .option("--as-of <time>", "the events as they stood then: a day (its start, UTC) or an ISO time")
    .addOption(new Option("--sort <field>", "sort by").choices(SORTS).default("date"))
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

async function printEvents(store: Store, options: EventsOptions): Promise<void> {
  let query: Omit<EventQuery, "limit" | "offset">;
  try {
    query = eventFilters({ ...options, ascending: options.asc });
  } catch (error) {
    if (error instanceof FilterError) throw new InvalidArgumentError(`--${error.message}`);
    throw error;
  }
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
    notePage(options.offset, events.length, await store.countEvents(query));
    return;
  }
  const write = (text: string) => process.stdout.write(text);
  let first = true;
  if (options.format === "json") write("[");
  if (options.format === "geojson") write('{"type":"FeatureCollection","features":[');
  for await (const page of eventPages(store, query, options.offset, options.limit, STREAM_PAGE)) {
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
