/**
 * Derives Vigil's compact GeoNames layer from the raw dumps in ../shared/data/geonames (or the folder given):
 * every per-country dump `XX.txt` there becomes `data/geonames/countries/XX.tsv.gz` with only the rows and columns
 * Vigil uses, plus the admin names of those countries and the newest cities15000. Adding a country is dropping its
 * dump in the folder and running `npm run derive:geonames`. Output is committed; its attribution is in
 * data/geonames/README.md.
 */
import { createReadStream, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { gzipSync } from "node:zlib";
import { GEONAMES_COLUMNS, isUsefulFeature, trimAlternateNames } from "../src/sources/gazetteer/geonames-format.js";

const source = process.argv[2] ?? join(import.meta.dirname, "..", "..", "shared", "data", "geonames");
const target = join(import.meta.dirname, "..", "data", "geonames");
if (!existsSync(source)) {
  console.error(`derive-geonames: ${source} not found; pass the folder holding the GeoNames dumps`);
  process.exit(1);
}

async function* rows(path: string): AsyncGenerator<string[]> {
  for await (const line of createInterface({
    input: createReadStream(path, "utf8"),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    if (line && !line.startsWith("#")) yield line.split("\t");
  }
}

/** One compact row: the columns Vigil reads, in GEONAMES_COLUMNS order. */
function compact(row: string[]): string {
  const [
    id,
    name,
    ascii,
    alternates,
    lat,
    lon,
    featureClass,
    featureCode,
    country,
    ,
    admin1,
    admin2,
    admin3,
    ,
    population,
  ] = row;
  return [
    id,
    name,
    ascii,
    trimAlternateNames(alternates ?? "", name ?? ""),
    Number(lat).toFixed(5),
    Number(lon).toFixed(5),
    featureClass,
    featureCode,
    country,
    admin1,
    admin2,
    admin3,
    population || "0",
  ].join("\t");
}

async function deriveFile(input: string, output: string, keep: (row: string[]) => boolean): Promise<number> {
  const lines: string[] = [];
  for await (const row of rows(input)) if (row.length >= 19 && keep(row)) lines.push(compact(row));
  writeFileSync(output, gzipSync(`${GEONAMES_COLUMNS.join("\t")}\n${lines.join("\n")}\n`, { level: 9 }));
  return lines.length;
}

mkdirSync(join(target, "countries"), { recursive: true });
const countries = readdirSync(source)
  .filter((f) => /^[A-Z]{2}\.txt$/.test(f))
  .map((f) => f.slice(0, 2));
for (const country of countries) {
  const kept = await deriveFile(join(source, `${country}.txt`), join(target, "countries", `${country}.tsv.gz`), (row) =>
    isUsefulFeature(row[6] ?? "", row[7] ?? ""),
  );
  console.log(`${country}: ${kept} places`);
}
const cities = await deriveFile(join(source, "cities15000.txt"), join(target, "cities15000.tsv.gz"), () => true);
console.log(`cities15000: ${cities} places`);

// Admin-1 names of every country (their ASCII spelling is the one ACLED writes: "Sanliurfa", "Tillaberi"), and
// admin-2 names of the dumped countries, so their codes (e.g. Mali's newer regions) resolve with the same vintage.
const countryPrefix = new RegExp(`^(${countries.join("|")})\\.`);
for (const table of ["admin1CodesASCII.txt", "admin2Codes.txt"]) {
  const kept: string[] = [];
  for await (const [code, name, ascii, id] of rows(join(source, table)))
    if (code && (table.startsWith("admin1") || countryPrefix.test(code))) kept.push([code, name, ascii, id].join("\t"));
  writeFileSync(join(target, table.replace(".txt", ".tsv")), `${kept.join("\n")}\n`);
  console.log(`${table}: ${kept.length} rows`);
}

// Country names, ISO codes and populations: the columns of countryInfo.txt that Vigil reads.
const countryRows: string[] = [];
for await (const row of rows(join(source, "countryInfo.txt"))) {
  const [iso2, iso3, , , name, capital, , population, continent] = row;
  countryRows.push([iso2, iso3, name, capital, population, continent, row[16]].join("\t"));
}
writeFileSync(
  join(target, "countries.tsv"),
  `iso2\tiso3\tname\tcapital\tpopulation\tcontinent\tgeonameid\n${countryRows.join("\n")}\n`,
);
console.log(`countryInfo: ${countryRows.length} countries`);
