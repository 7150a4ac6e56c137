import { createRequire } from "node:module";

interface CountryEntry {
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  cca2: string;
  cca3: string;
  ccn3: string;
  subregion: string;
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  translations?: Record<string, { common: string; official: string }>;
}

const countries = createRequire(import.meta.url)("world-countries") as CountryEntry[];

/** ACLED's regions differ from the UN sub-regions world-countries gives in a few named places. */
const ACLED_REGION_OF_SUBREGION: Record<string, string> = {
  "Western Asia": "Middle East",
  "Southern Asia": "South Asia",
  "Central Asia": "Caucasus and Central Asia",
  "South-Eastern Asia": "Southeast Asia",
  "Eastern Asia": "East Asia",
  "Northern Europe": "Europe",
  "Southern Europe": "Europe",
  "Southeast Europe": "Europe",
  "Central Europe": "Europe",
  "Eastern Europe": "Europe",
  "Western Europe": "Europe",
  "Australia and New Zealand": "Oceania",
  Melanesia: "Oceania",
  Micronesia: "Oceania",
  Polynesia: "Oceania",
};
const ACLED_REGION_OF_COUNTRY: Record<string, string> = {
  ARM: "Caucasus and Central Asia",
  AZE: "Caucasus and Central Asia",
  GEO: "Caucasus and Central Asia",
  CYP: "Europe",
  IRN: "Middle East",
  MEX: "Central America",
};

const byIso3 = new Map(countries.map((c) => [c.cca3, c]));
const byNumeric = new Map(countries.filter((c) => c.ccn3).map((c) => [Number(c.ccn3), c]));
const byName = new Map<string, CountryEntry>();
for (const country of countries) {
  for (const name of [country.name.common, country.name.official, country.cca2, country.cca3, ...country.altSpellings])
    byName.set(name.toLowerCase(), country);
}

/** ISO 3166 alpha-3 code of a country given by name, alpha-2 or alpha-3 code ("Mali", "ML", "mli" → MLI). */
export function iso3Of(country: string): string | null {
  return byName.get(country.trim().toLowerCase())?.cca3 ?? null;
}

/** A name as byAnyName keys it: accents dropped, lower case. */
const foldName = (name: string) => name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
/**
 * Every name world-countries gives a country (in its own languages and some 25 others), folded, → ISO alpha-3. A
 * country's own English names come first (another's translation or alternative spelling of "Sudan" does not take it
 * from Sudan); among the other names, one two countries share maps to null: no answer beats a guess.
 */
const byAnyName = new Map<string, string | null>();
for (const country of countries)
  for (const name of [country.name.common, country.name.official]) byAnyName.set(foldName(name), country.cca3);
const ownEnglish = new Set(byAnyName.keys());
for (const country of countries) {
  const names = [...Object.values(country.name.native ?? {}), ...Object.values(country.translations ?? {})];
  for (const name of names.flatMap((n) => [n.common, n.official]).concat(country.altSpellings)) {
    const key = foldName(name);
    if (key.length <= 3 || ownEnglish.has(key)) continue;
    const known = byAnyName.get(key);
    byAnyName.set(key, known === undefined || known === country.cca3 ? country.cca3 : null);
  }
}

/**
 * The country a report's words name, in any language world-countries knows ("Tchad", "Haïti", "تشاد" → its ISO
 * alpha-3), accents aside; codes (three letters or fewer) are not names here. Null when the words name no country.
 */
export function iso3OfCountryName(words: string): string | null {
  return byAnyName.get(foldName(words)) ?? null;
}

/** world-countries' keys for the languages Vigil reads beyond English. */
const TRANSLATION_KEY: Record<string, string> = { fr: "fra", es: "spa", it: "ita", pt: "por" };

/**
 * A country's common name in one language → ISO alpha-2 ("Liban" in French → LB), folded; null for a name two
 * countries share. GeoNames, which the gazetteer is built from, names countries in English only.
 */
const byLanguageName = new Map<string, Map<string, string | null>>();
for (const [language, key] of Object.entries(TRANSLATION_KEY)) {
  const names = new Map<string, string | null>();
  for (const country of countries) {
    const name = country.translations?.[key]?.common;
    if (!name) continue;
    const folded = foldName(name);
    const known = names.get(folded);
    names.set(folded, known === undefined || known === country.cca2 ? country.cca2 : null);
  }
  byLanguageName.set(language, names);
}

/** The country (ISO alpha-2) whose common name in a report's language the words are ("Liban", "Somalie"), or null. */
export function iso2OfCountryNameIn(words: string, language: string): string | null {
  return byLanguageName.get(language)?.get(foldName(words)) ?? null;
}

/** ACLED's `iso` column: the ISO 3166 numeric code. */
export function isoNumericOf(iso3: string | null): number | null {
  const code = iso3 ? byIso3.get(iso3)?.ccn3 : undefined;
  return code ? Number(code) : null;
}

/** The country of ACLED's numeric `iso` column (ISO 3166 numeric): 180 → COD. */
export function iso3OfNumeric(code: number): string | null {
  return byNumeric.get(code)?.cca3 ?? null;
}

export function acledRegionOf(iso3: string | null): string | null {
  const country = iso3 ? byIso3.get(iso3) : undefined;
  if (!country) return null;
  return ACLED_REGION_OF_COUNTRY[country.cca3] ?? ACLED_REGION_OF_SUBREGION[country.subregion] ?? country.subregion;
}

/** Two-letter code of a country, for matching a web address's country domain (`.bf`). */
export function iso2Of(iso3: string | null): string | null {
  return iso3 ? (byIso3.get(iso3)?.cca2 ?? null) : null;
}

/** A country's common English name from any code or name iso3Of accepts. */
export function countryNameOf(country: string): string | null {
  return byName.get(country.trim().toLowerCase())?.name.common ?? null;
}

/**
 * English demonyms of every country, as world-countries gives them ("Ugandan" → UG), with their plurals
 * ("Ugandans"); a word two countries share ("Congolese") is left out, for the caller's own list to settle.
 */
export function englishDemonyms(): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const country of countries)
    for (const form of new Set([country.demonyms?.eng?.m, country.demonyms?.eng?.f])) {
      if (!form) continue;
      const word = form.toLowerCase();
      for (const variant of /[ni]$/.test(word) ? [word, `${word}s`] : [word])
        owners.set(variant, (owners.get(variant) ?? new Set()).add(country.cca2));
    }
  return new Map(
    [...owners].filter(([, codes]) => codes.size === 1).map(([word, codes]) => [word, [...codes][0] ?? ""]),
  );
}
