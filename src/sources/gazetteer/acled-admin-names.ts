import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../base/package-root.js";
import { normalizeName } from "./normalize-name.js";

export const ACLED_ADMIN1_PATH = join(PACKAGE_ROOT, "data", "admin-names", "acled-admin1.tsv");

/**
 * ACLED's names for admin-1 areas (data/admin-names/acled-admin1.tsv: country, GeoNames' name, ACLED's name), keyed
 * by country and folded GeoNames name. The gazetteer build shows areas by these names already; reading the table
 * again when the gazetteer opens lets a row added since the last build apply at once ("Wasit" → "Wassit"), without
 * rebuilding the shared gazetteer file.
 */
export function readAcledAdmin1Names(path: string = ACLED_ADMIN1_PATH): Map<string, string> {
  const names = new Map<string, string>();
  if (!existsSync(path)) return names;
  const [, ...rows] = readFileSync(path, "utf8").split("\n");
  for (const row of rows) {
    const [iso2, geonamesName, acledName] = row.split("\t").map((cell) => cell.trim());
    if (iso2 && geonamesName && acledName) names.set(`${iso2}|${normalizeName(geonamesName)}`, acledName);
  }
  return names;
}
