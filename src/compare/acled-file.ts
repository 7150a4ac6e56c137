import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { CsvError, parse } from "csv-parse";
import { InputError } from "../ingest/index.js";
import { iso3Of, iso3OfNumeric } from "../sources/countries.js";
import { acledDate } from "./acled-date.js";

type Precision = 1 | 2 | 3;

/** One row of an ACLED export: the fields the comparison reads, typed. */
export interface AcledRecord {
  /** The row's line in the file (the header is line 1), for error messages. */
  line: number;
  event_id_cnty: string;
  /** ISO day, whichever form the file wrote it in. */
  event_date: string;
  time_precision: Precision;
  event_type: string;
  sub_event_type: string | null;
  actor1: string | null;
  assoc_actor_1: string | null;
  actor2: string | null;
  assoc_actor_2: string | null;
  country: string;
  /** From the country's name, or ACLED's numeric `iso` column when the name is one Vigil does not know. */
  iso3: string;
  admin1: string | null;
  location: string | null;
  latitude: number;
  longitude: number;
  geo_precision: Precision;
  fatalities: number | null;
  notes: string | null;
}

/** Without these a row cannot be matched at all. */
export const REQUIRED_COLUMNS = ["event_id_cnty", "event_date", "event_type", "country", "latitude", "longitude"];

/** Names other ACLED files give a column: shapefiles cut names at ten letters, older exports differ. */
const COLUMN_ALIASES: Record<string, string> = {
  geo_precis: "geo_precision",
  time_preci: "time_precision",
  sub_event_: "sub_event_type",
  event_id_c: "event_id_cnty",
  assoc_acto: "assoc_actor_1",
  assoc_actor1: "assoc_actor_1",
  assoc_actor2: "assoc_actor_2",
};

/** "Event Date", " EVENT_DATE" and "event_date" are one column. */
export function columnName(header: string): string {
  const name = header.trim().toLowerCase().replace(/\s+/g, "_");
  return COLUMN_ALIASES[name] ?? name;
}

/** ACLED's names for countries that world-countries (Vigil's country list) names otherwise. */
const ACLED_COUNTRY_NAMES: Record<string, string> = { "republic of congo": "COG", turkey: "TUR" };

const SNIFF_BYTES = 4096;
const MAX_QUOTED = 40;

/**
 * A value from the file as an error message may show it: control characters (a line break, a terminal escape) made
 * visible and the length capped, so a hostile file cannot break the one-line error or the terminal.
 * @example quoted("2024\n01") // "\"2024?01\""
 */
const quoted = (value: string) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  `"${value.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?").slice(0, MAX_QUOTED)}${value.length > MAX_QUOTED ? "…" : ""}"`;

/**
 * Reads an ACLED export (CSV as ACLED's export tool and API give it; columns in any order and case), streaming, so a
 * year of a country's events never sits in memory as text. Bad input is one InputError: no such file, empty, binary,
 * missing columns, an unreadable value (naming its line), or a repeated event id.
 */
export async function readAcledCsv(path: string): Promise<AcledRecord[]> {
  await checkReadable(path);
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      columns: (header: string[]) => checkColumns(path, header.map(columnName)),
      skip_empty_lines: true,
      info: true,
    }),
  );
  const records: AcledRecord[] = [];
  const lineOfId = new Map<string, number>();
  // csv-parse counts the lines up to a record's end; a quoted note may span lines, so a record starts after the
  // previous one ends (and after any empty lines between). The header is taken to be line 1, as in ACLED's files.
  let previousEnd = { lines: 1, emptyLines: 0 };
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number; empty_lines: number };
    }>) {
      const line = previousEnd.lines + 1 + (info.empty_lines - previousEnd.emptyLines);
      previousEnd = { lines: info.lines, emptyLines: info.empty_lines };
      const row = acledRecord(path, record, line);
      const earlier = lineOfId.get(row.event_id_cnty);
      if (earlier !== undefined)
        throw new InputError(
          "malformed",
          path,
          `event_id_cnty ${quoted(row.event_id_cnty)} is on lines ${earlier} and ${row.line}: one row per event`,
        );
      lineOfId.set(row.event_id_cnty, row.line);
      records.push(row);
    }
  } catch (error) {
    if (error instanceof CsvError) throw new InputError("malformed", path, `not readable as CSV: ${error.message}`);
    throw error;
  }
  if (records.length === 0)
    throw new InputError("empty", path, "no ACLED rows under the header: export some events and try again");
  return records;
}

async function checkReadable(path: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new InputError("not_found", path, "no such file: give the path of an ACLED CSV export");
  if (info.size === 0) throw new InputError("empty", path, "the file is empty: export some events from ACLED");
  const handle = await open(path);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    // A spreadsheet (.xlsx is a zip) or any other binary file has NUL bytes early; CSV text never does.
    if (buffer.subarray(0, bytesRead).includes(0))
      throw new InputError("binary", path, "binary, not CSV: save ACLED's export as CSV (not Excel) and try again");
  } finally {
    await handle.close();
  }
}

/** The header's columns, when they are an ACLED export's. */
function checkColumns(path: string, columns: string[]): string[] {
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length)
    throw new InputError(
      "malformed",
      path,
      `not an ACLED export: no ${missing.join(", ")} column${missing.length > 1 ? "s" : ""} in the header (found ${columns.slice(0, 8).map(quoted).join(", ") || "none"}${columns.length > 8 ? ", …" : ""})`,
    );
  return columns;
}

function acledRecord(path: string, record: Record<string, string>, line: number): AcledRecord {
  const text = (column: string) => {
    const value = record[column]?.trim();
    return value ? value : null;
  };
  const fail = (detail: string): never => {
    throw new InputError("malformed", path, `line ${line}: ${detail}`);
  };
  const id = text("event_id_cnty") ?? fail("no event_id_cnty");
  const about = `${quoted(id)}: `;
  const dateText = text("event_date") ?? fail(`${about}no event_date`);
  const eventDate =
    acledDate(dateText) ?? fail(`${about}event_date ${quoted(dateText)} is not YYYY-MM-DD or DD Month YYYY`);
  const number = (column: string, low: number, high: number) => {
    const value = text(column);
    if (value === null) return null;
    const parsed = Number(value);
    return Number.isFinite(parsed) && parsed >= low && parsed <= high
      ? parsed
      : fail(`${about}${column} ${quoted(value)} is not a number from ${low} to ${high}`);
  };
  const precision = (column: string) => {
    const value = number(column, 1, 3);
    return value === null
      ? 1
      : Number.isInteger(value)
        ? (value as Precision)
        : fail(`${about}${column} must be 1, 2 or 3`);
  };
  const country = text("country") ?? fail(`${about}no country`);
  const isoNumber = number("iso", 0, 999);
  const iso3 =
    iso3Of(country) ??
    ACLED_COUNTRY_NAMES[country.toLowerCase()] ??
    (isoNumber === null ? null : iso3OfNumeric(isoNumber)) ??
    fail(`${about}unknown country ${quoted(country)}: give ACLED's numeric iso column too`);
  return {
    line,
    event_id_cnty: id,
    event_date: eventDate,
    time_precision: precision("time_precision"),
    event_type: text("event_type") ?? fail(`${about}no event_type`),
    sub_event_type: text("sub_event_type"),
    actor1: text("actor1"),
    assoc_actor_1: text("assoc_actor_1"),
    actor2: text("actor2"),
    assoc_actor_2: text("assoc_actor_2"),
    country,
    iso3,
    admin1: text("admin1"),
    location: text("location"),
    latitude: number("latitude", -90, 90) ?? fail(`${about}no latitude`),
    longitude: number("longitude", -180, 180) ?? fail(`${about}no longitude`),
    geo_precision: precision("geo_precision"),
    fatalities: number("fatalities", 0, Number.MAX_SAFE_INTEGER),
    notes: text("notes"),
  };
}
