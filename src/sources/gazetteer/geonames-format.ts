/** Columns of Vigil's compact GeoNames rows (a subset of GeoNames' 19, in this order). */
export const GEONAMES_COLUMNS = [
  "geonameid",
  "name",
  "asciiname",
  "alternatenames",
  "latitude",
  "longitude",
  "feature_class",
  "feature_code",
  "country_code",
  "admin1_code",
  "admin2_code",
  "admin3_code",
  "population",
] as const;

/**
 * Feature codes worth keeping beyond populated places (P) and admin areas (A): the non-town sites where conflict
 * events are placed. Streams, wells, hills and the like are left out: they are many and would shadow towns.
 */
const KEPT_SITES = new Set([
  "T.ISL",
  "T.ISLS",
  "T.ISLET",
  "H.LK",
  "S.MILB",
  "S.AIRP",
  "S.AIRF",
  "S.CMPRF",
  "S.CMP",
  "S.MKT",
  "S.MNAU",
  "S.MN",
  "L.RGN",
  "L.AREA",
  "L.PRK",
  "L.RESF",
]);

export function isUsefulFeature(featureClass: string, featureCode: string): boolean {
  return featureClass === "P" || featureClass === "A" || KEPT_SITES.has(`${featureClass}.${featureCode}`);
}

/** Alternate names Vigil can match in English and French text: Latin script, not a long translated phrase. */
export function trimAlternateNames(alternates: string, name: string): string {
  const seen = new Set([name.toLowerCase()]);
  const kept: string[] = [];
  for (const alternate of alternates.split(",")) {
    const key = alternate.toLowerCase();
    if (!alternate || seen.has(key) || alternate.length > 40 || !/^[\p{Script=Latin}0-9 '’.\-()]+$/u.test(alternate))
      continue;
    seen.add(key);
    kept.push(alternate);
  }
  return kept.join(",");
}
