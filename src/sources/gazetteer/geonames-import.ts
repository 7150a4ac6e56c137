import { createReadStream, mkdirSync, statSync } from "node:fs";
import { basename, dirname, extname } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import Database from "better-sqlite3";
import yauzl from "yauzl";
import { isUsefulFeature, trimAlternateNames } from "./geonames-format.js";
import {
  DROP_LOCAL_LAYER_INDEXES,
  GazetteerImportError,
  LOCAL_LAYER_INDEXES,
  LOCAL_LAYER_SCHEMA,
  writeLocalNameFilter,
} from "./local-layer.js";
import { normalizeName, spellingKey } from "./normalize-name.js";

export { GazetteerImportError };

/** How far an import has got, for a progress bar: bytes of input read out of the total. */
export type ImportProgress = (bytesRead: number, totalBytes: number, rows: number) => void;

export interface ImportOptions {
  /** The layer's name; by default the first file's ("KE", "allCountries", "cities1000"). */
  layer?: string;
  progress?: ImportProgress;
}

export interface ImportResult {
  layer: string;
  rows: number;
  names: number;
  countries: string[];
}

/** Rows per transaction: large enough that commits cost nothing, small enough to hold in memory. */
const BATCH = 20_000;
/** Above this much input the lookup indexes are dropped and rebuilt by one sort each (see LOCAL_LAYER_INDEXES). */
const REBUILD_INDEXES_ABOVE_BYTES = 50_000_000;
/** Alternate-name "languages" that are codes and links, not names people write. */
const NOT_A_NAME_LANGUAGE = new Set([
  "link",
  "wkdt",
  "post",
  "iata",
  "icao",
  "faac",
  "fr_1793",
  "abbr",
  "unlc",
  "tcid",
]);

/** One text file to read: a plain file, or an entry of a zip. */
interface Source {
  label: string;
  bytes: number;
  open: () => Promise<Readable>;
}

/**
 * Imports GeoNames files into the local layer at `path`: per-country dumps (`XX.txt`, `XX.zip`), `allCountries.zip`,
 * `cities1000.zip` and the like (19 columns), and alternate-name files (`alternateNamesV2.zip`, `alternateNames.txt`,
 * `alternatenames/XX.zip`), told apart by their columns. Streams every file (zip entries through yauzl, lines
 * through readline) and writes in batched transactions, so memory stays flat whatever the file's size.
 */
export async function importGeoNames(
  path: string,
  files: string[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  const layer = options.layer ?? basename(files[0] ?? "", extname(files[0] ?? ""));
  if (!/^[\w.-]{1,64}$/.test(layer))
    throw new GazetteerImportError(`"${layer}" cannot name a layer; give --layer a name of letters, digits, . _ -`, 2);
  const sources = (await Promise.all(files.map(sourcesOf))).flat();
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // A rollback journal, not a write-ahead log: an import appends new pages, whose old contents a rollback journal
  // need not copy, where a log would write every page twice (once to the log, once to the file).
  db.pragma("journal_mode = DELETE");
  db.pragma("synchronous = NORMAL");
  db.pragma("cache_size = -131072");
  db.exec(LOCAL_LAYER_SCHEMA);
  try {
    if (db.prepare("SELECT 1 FROM layers WHERE name = ?").get(layer))
      throw new GazetteerImportError(
        `the local gazetteer already has a layer "${layer}"; remove it first (vigil gazetteer remove ${layer}) or give --layer another name`,
        2,
      );
    const totalBytes = sources.reduce((sum, s) => sum + s.bytes, 0);
    const rebuild = totalBytes > REBUILD_INDEXES_ABOVE_BYTES;
    if (rebuild) db.exec(DROP_LOCAL_LAYER_INDEXES);
    const writer = new LayerWriter(db, layer);
    let bytesBefore = 0;
    try {
      for (const source of sources) {
        await writer.read(source, (bytes) => options.progress?.(bytesBefore + bytes, totalBytes, writer.rows));
        bytesBefore += source.bytes;
      }
    } catch (error) {
      // (Nothing half-imported stays: the layer's rows go, and the indexes come back.)
      for (const table of ["places", "names", "spellings"])
        db.prepare(`DELETE FROM ${table} WHERE layer = ?`).run(layer);
      db.exec(LOCAL_LAYER_INDEXES);
      throw error;
    }
    db.exec(LOCAL_LAYER_INDEXES);
    db.prepare(
      "INSERT INTO layers (name, files, imported_at, rows, names, countries, newest_change) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ).run(
      layer,
      JSON.stringify(files.map((f) => basename(f))),
      new Date().toISOString(),
      writer.rows,
      writer.names,
      [...writer.countries].sort().join(","),
      writer.newestChange || null,
    );
    writeLocalNameFilter(db);
    db.exec("ANALYZE");
    return { layer, rows: writer.rows, names: writer.names, countries: [...writer.countries].sort() };
  } finally {
    db.close();
  }
}

/** Writes one layer's rows: places with their names and loose spellings, or more names for known places. */
class LayerWriter {
  rows = 0;
  names = 0;
  newestChange = "";
  readonly countries = new Set<string>();
  private readonly insertPlace: Database.Statement;
  private readonly insertName: Database.Statement;
  private readonly insertSpelling: Database.Statement;
  private readonly writeBatch: (lines: string[], kind: "places" | "alternates") => void;

  constructor(
    db: Database.Database,
    private readonly layer: string,
  ) {
    this.insertPlace = db.prepare(
      "INSERT OR REPLACE INTO places (id, name, lat, lon, fclass, fcode, cc, admin1, admin2, admin3, population, layer) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
    );
    this.insertName = db.prepare("INSERT INTO names (key, id, layer) VALUES (?, ?, ?)");
    this.insertSpelling = db.prepare("INSERT INTO spellings (key, id, layer) VALUES (?, ?, ?)");
    this.writeBatch = db.transaction((lines: string[], kind: "places" | "alternates") => {
      for (const line of lines) {
        if (kind === "places") this.place(line.split("\t"));
        else this.alternate(line.split("\t"));
      }
    });
  }

  async read(source: Source, progress: (bytes: number) => void): Promise<void> {
    const stream = await source.open();
    let bytes = 0;
    stream.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
    });
    let kind: "places" | "alternates" | null = null;
    let batch: string[] = [];
    let lineNumber = 0;
    for await (const line of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
      lineNumber++;
      if (!line || line.startsWith("#")) continue;
      kind ??= formatOf(line, source.label);
      batch.push(line);
      if (batch.length >= BATCH) {
        this.flush(batch, kind, source.label, lineNumber);
        batch = [];
        progress(bytes);
      }
    }
    if (kind) this.flush(batch, kind, source.label, lineNumber);
    progress(bytes);
  }

  private flush(lines: string[], kind: "places" | "alternates", label: string, lineNumber: number): void {
    try {
      this.writeBatch(lines, kind);
    } catch (error) {
      throw new GazetteerImportError(
        `${label}: unreadable rows before line ${lineNumber} (${(error as Error).message}); is it a GeoNames file?`,
      );
    }
  }

  /** A row of GeoNames' main table (19 columns), kept when it is a kind of place events happen at. */
  private place(row: string[]): void {
    const [id, name, ascii, alternates, lat, lon, fclass = "", fcode = "", cc = ""] = row;
    if (row.length < 19 || !id || !name || !isUsefulFeature(fclass, fcode)) return;
    const geonameid = Number(id);
    const latitude = Number(lat);
    const longitude = Number(lon);
    if (!Number.isInteger(geonameid) || !Number.isFinite(latitude) || !Number.isFinite(longitude)) return;
    this.insertPlace.run(
      geonameid,
      name,
      latitude,
      longitude,
      fclass,
      fcode,
      cc,
      row[10] ?? "",
      row[11] ?? "",
      row[12] ?? "",
      Number(row[14]) || 0,
      this.layer,
    );
    this.rows++;
    if (cc) this.countries.add(cc);
    const changed = row[18] ?? "";
    if (changed > this.newestChange) this.newestChange = changed;
    const spellable = fclass === "P" || fclass === "A";
    const keys = new Set<string>();
    const loose = new Set<string>();
    for (const spelling of [name, ascii ?? "", ...trimAlternateNames(alternates ?? "", name).split(",")]) {
      if (!spelling) continue;
      const key = normalizeName(spelling);
      if (key.length >= 2) keys.add(key);
      if (spellable) {
        const spelled = spellingKey(spelling);
        if (spelled.length >= 5) loose.add(spelled);
      }
    }
    for (const key of keys) this.insertName.run(key, geonameid, this.layer);
    for (const key of loose) this.insertSpelling.run(key, geonameid, this.layer);
    this.names += keys.size;
  }

  /** A row of an alternate-names file: another name of a place, in Latin script, that people write. */
  private alternate(row: string[]): void {
    const [, id, language = "", name = ""] = row;
    if (!id || !name || NOT_A_NAME_LANGUAGE.has(language) || !trimAlternateNames(name, "")) return;
    const key = normalizeName(name);
    if (key.length < 2) return;
    this.insertName.run(key, Number(id), this.layer);
    this.names++;
  }
}

/** A file's kind from its first row: GeoNames' main table has 19 columns, its alternate names 4 to 10. */
function formatOf(line: string, label: string): "places" | "alternates" {
  const columns = line.split("\t").length;
  if (columns === 19) return "places";
  if (columns >= 4 && columns <= 10 && /^\d+\t\d+\t/.test(line)) return "alternates";
  throw new GazetteerImportError(
    `${label}: not a GeoNames file (its first row has ${columns} tab-separated columns; a place dump has 19, an alternate-names file 4 to 10)`,
  );
}

/** The text files a path holds: itself, or the data entries of a zip (not its readme or language table). */
async function sourcesOf(path: string): Promise<Source[]> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new GazetteerImportError(
      `${path}: no such file; download it from https://download.geonames.org/export/dump/`,
      9,
    );
  }
  if (!path.toLowerCase().endsWith(".zip"))
    return [{ label: path, bytes: size, open: async () => createReadStream(path) }];
  const zip = await openZip(path);
  const entries: yauzl.Entry[] = [];
  await new Promise<void>((done, fail) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      if (/\.txt$/i.test(entry.fileName) && !/(^|\/)(readme|iso-languagecodes)[^/]*$/i.test(entry.fileName))
        entries.push(entry);
      zip.readEntry();
    });
    zip.on("end", done);
    zip.on("error", fail);
    zip.readEntry();
  });
  if (entries.length === 0) throw new GazetteerImportError(`${path}: the zip holds no GeoNames .txt file`);
  let unread = entries.length;
  return entries.map((entry) => ({
    label: `${path}:${entry.fileName}`,
    bytes: entry.uncompressedSize,
    open: () =>
      new Promise<Readable>((done, fail) =>
        zip.openReadStream(entry, (error, stream) => {
          if (error || !stream) return fail(new GazetteerImportError(`${path}:${entry.fileName}: ${error?.message}`));
          stream.on("end", () => {
            if (--unread === 0) zip.close();
          });
          done(stream);
        }),
      ),
  }));
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((done, fail) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) =>
      error || !zip ? fail(new GazetteerImportError(`${path}: not a readable zip (${error?.message})`)) : done(zip),
    ),
  );
}
