/**
 * Derives `data/geonames/area-points.tsv`: GeoNames' own point for every country (PCLI) and admin-1 area (ADM1), the
 * point GeoNames-based geocoders (and the toponym corpora annotated with GeoNames) give for "Japan" or "New York".
 * Vigil ships no allCountries dump, so without this table a country is placed at world-countries' centre and an
 * admin area at the middle of its towns, often hundreds of kilometres from GeoNames' point.
 *
 * The input is the two GeoNames exports of the catalogue-of-centroids repository (github.com/jhnwllr/
 * catalogue-of-centroids, `sources/GeoNames/export/PCLI.tsv` and `ADM1.tsv`: rows of allCountries.txt with their
 * country found by reverse geocoding), or any TSV of the same columns. Admin areas are matched to GeoNames' admin-1
 * codes by their name within their country; an area whose name or country is missing or ambiguous is left out.
 *
 *   npm run derive:area-points -- PCLI.tsv ADM1.tsv
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { normalizeName } from "../src/sources/gazetteer/normalize-name.js";

const [countryFile, adminFile] = process.argv.slice(2);
if (!countryFile || !adminFile) {
  console.error("derive-area-points: pass the GeoNames PCLI and ADM1 exports (PCLI.tsv ADM1.tsv)");
  process.exit(1);
}
const geonamesDir = join(import.meta.dirname, "..", "data", "geonames");

/** The catalogue's columns: iso3, iso2, gadm1, gbif_name, type, area_sqkm, longitude, latitude, GeoNames name… */
interface CataloguePoint {
  iso2: string;
  latitude: string;
  longitude: string;
  name: string;
}

function cataloguePoints(path: string): CataloguePoint[] {
  const [header, ...lines] = readFileSync(path, "utf8").trim().split("\n");
  if (!header?.startsWith("iso3\tiso2\t")) throw new Error(`${path}: not a catalogue-of-centroids export`);
  return lines.map((line) => {
    const [, iso2 = "", , , , , longitude = "", latitude = "", name = ""] = line.split("\t");
    return { iso2, latitude, longitude, name: undoMojibake(name) };
  });
}

/**
 * The catalogue's names are UTF-8 read once as Windows-1252 ("HerÄt"): written back to those bytes (the five bytes
 * Windows-1252 leaves undefined came through as the code points of the same value) and read as UTF-8, "Herāt".
 */
function undoMojibake(name: string): string {
  if (!/[ÃÄÅÆâá]/.test(name)) return name;
  const bytes = [...name].flatMap((char) => {
    const code = char.codePointAt(0) ?? 0;
    return code <= 0xff ? [code] : [...iconv.encode(char, "win1252")];
  });
  const repaired = Buffer.from(bytes).toString("utf8");
  return repaired.includes("\uFFFD") ? name : repaired;
}

/**
 * A name's words without the words for the kind of area ("Wilāyat-e Kābul", "Muḩāfaz̧at Dimashq", "Kabul Province"):
 * GeoNames names an area one way in its admin-1 table and another in its points.
 */
function areaKey(iso2: string, name: string): string {
  const words = normalizeName(name)
    .split(/[\s-]+/)
    .filter((word) => word && !AREA_WORDS.has(word));
  return `${iso2}|${words.join(" ")}`;
}

const AREA_WORDS = new Set(
  "wilayat velayat welayat imarat muhafazat mintaqat province provincia region state estado departement department governorate oblast kraj county prefecture e al el de del du la of".split(
    " ",
  ),
);

/** Admin-1 codes by country and normalised name (GeoNames' name and its ASCII spelling); null where two share one. */
function adminCodes(): Map<string, string | null> {
  const codes = new Map<string, string | null>();
  for (const line of readFileSync(join(geonamesDir, "admin1CodesASCII.tsv"), "utf8").trim().split("\n")) {
    const [code = "", name = "", ascii = ""] = line.split("\t");
    const iso2 = code.slice(0, 2);
    for (const key of new Set([name, ascii].map((n) => areaKey(iso2, n))))
      codes.set(key, codes.has(key) && codes.get(key) !== code ? null : code);
  }
  return codes;
}

const round = (value: string) => Number(Number(value).toFixed(5));
const rows: string[] = [];
for (const point of cataloguePoints(countryFile))
  if (/^[A-Z]{2}$/.test(point.iso2))
    rows.push([point.iso2, round(point.latitude), round(point.longitude), point.name].join("\t"));
const codes = adminCodes();
let unmatched = 0;
for (const point of cataloguePoints(adminFile)) {
  const code = codes.get(areaKey(point.iso2, point.name));
  if (code) rows.push([code, round(point.latitude), round(point.longitude), point.name].join("\t"));
  else unmatched++;
}
const unique = [...new Map(rows.map((row) => [row.split("\t")[0], row])).values()].sort();
writeFileSync(join(geonamesDir, "area-points.tsv"), `code\tlatitude\tlongitude\tname\n${unique.join("\n")}\n`);
console.error(`derive-area-points: ${unique.length} points written; ${unmatched} admin areas matched no admin-1 code`);
