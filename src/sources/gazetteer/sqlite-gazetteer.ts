import { existsSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { haversineKm } from "../../base/geo.js";
import { PACKAGE_ROOT } from "../../base/package-root.js";
import { readAcledAdmin1Names } from "./acled-admin-names.js";
import type { AdminLevel, Country, Gazetteer, Place } from "./gazetteer.js";
import { existingLocalLayer, localLayerVersion } from "./local-layer.js";
import { NameFilter } from "./name-filter.js";
import { adminDisplayName, normalizeName, spellingKey, transliterationKey } from "./normalize-name.js";

/** A renamed, split or moved admin area (data/geonames/admin-renames.tsv), named as on an event's day. */
interface AdminChange {
  iso2: string;
  former: string;
  current: string;
  since: string;
  level: AdminLevel;
  change: "renamed" | "split" | "moved";
}

export const DEFAULT_GAZETTEER_PATH = join(PACKAGE_ROOT, "data", "gazetteer.sqlite");

interface PlaceRow {
  id: number;
  name: string;
  lat: number;
  lon: number;
  fclass: string;
  fcode: string;
  cc: string;
  admin1: string;
  admin2: string;
  population: number;
  admin1_name: string | null;
  admin2_name: string | null;
  country_name: string | null;
  iso3: string | null;
  /** The local layer's name, on its rows. */
  layer?: string;
}

const PLACE_COLUMNS = `p.id, p.name, p.lat, p.lon, p.fclass, p.fcode, p.cc, p.admin1, p.admin2, p.population,
  a1.name AS admin1_name, a2.name AS admin2_name, c.name AS country_name, c.iso3`;
/** How many places of one name a lookup returns unless asked for another number. */
const CANDIDATES = 40;
const PLACE_JOINS = `LEFT JOIN admins a1 ON a1.code = p.cc || '.' || p.admin1
  LEFT JOIN admins a2 ON a2.code = p.cc || '.' || p.admin1 || '.' || p.admin2
  LEFT JOIN countries c ON c.iso2 = p.cc`;

/** The statements of the user's local layer (see local-layer.ts), attached to the shipped gazetteer as `loc`. */
interface LocalLayer {
  byName: Database.Statement;
  bySpelling: Database.Statement;
  placeRow: Database.Statement;
  inBox: Database.Statement;
  seatRow: Database.Statement;
  hasName: Database.Statement;
  names: NameFilter;
  /** Layer name → "local:KE@2026-12-07". */
  versions: Map<string, string>;
}

/**
 * The GeoNames gazetteer built by scripts/build-gazetteer.ts, read-only, with small caches for repeated names. When
 * the user has imported a local layer (`vigil gazetteer import`), it is attached: its rows win over the shipped ones
 * with the same GeoNames id, and its names add to the shipped names.
 */
const NO_TOWNS: ReadonlyMap<string, number[]> = new Map();

export class SqliteGazetteer implements Gazetteer {
  private readonly db: Database.Database;
  private readonly local: LocalLayer | null;
  private readonly version: string;
  private readonly byName: Database.Statement;
  private readonly hasName: Database.Statement;
  private readonly bySpelling: Database.Statement;
  private readonly placeRow: Database.Statement;
  private readonly inBox: Database.Statement;
  private readonly countryRow: Database.Statement;
  private readonly seatRow: Database.Statement;
  private readonly candidateCache = new Map<string, Place[]>();
  private readonly names: NameFilter;
  private readonly knownNames = new Map<string, boolean>();
  private readonly adminChanges: AdminChange[];
  private readonly countryTowns: Database.Statement;
  /** Per country, its towns by transliteration key (built on first use; a few countries per document set). */
  private readonly transliterations = new Map<string, Map<string, number[]>>();
  /**
   * Per country, its districts by transliteration key (`districtsOf`). Never emptied: all the world's districts are
   * some 47,000 names, and a long text naming more countries than a smaller bound would rebuild them name after name.
   */
  private readonly districts = new Map<string, Map<string, Set<string>>>();
  private readonly districtRows: Database.Statement;
  private readonly allDistricts: Database.Statement;
  /** Every district's name, to the countries that have one of that name (`countriesOfDistricts`). */
  private districtCountries: Map<string, Set<string>> | null = null;
  private readonly placedDistricts: Database.Statement;
  /** ACLED's admin-1 names, by country and folded name, and each name as shown once looked up. */
  private readonly acledAdmin1 = readAcledAdmin1Names();
  private readonly shownAdmin1 = new Map<string, string>();

  /** `localLayer`: the local layer's file; by default the one beside the store, if there is one (null: none). */
  constructor(path: string = DEFAULT_GAZETTEER_PATH, localLayer: string | null = existingLocalLayer()) {
    if (!existsSync(path)) {
      throw new Error(`the gazetteer ${path} is missing; run "npm run build" to build it from data/geonames`);
    }
    this.db = new Database(path, { readonly: true, fileMustExist: true });
    this.byName = this.db.prepare(
      `SELECT ${PLACE_COLUMNS} FROM names n JOIN places p ON p.id = n.id ${PLACE_JOINS}
       WHERE n.key = ? ORDER BY p.population DESC LIMIT ?`,
    );
    this.placeRow = this.db.prepare(`SELECT ${PLACE_COLUMNS} FROM places p ${PLACE_JOINS} WHERE p.id = ?`);
    this.bySpelling = this.db.prepare(
      `SELECT ${PLACE_COLUMNS} FROM spellings s JOIN places p ON p.id = s.id ${PLACE_JOINS}
       WHERE s.key = ? ORDER BY p.population DESC LIMIT ?`,
    );
    this.hasName = this.db.prepare("SELECT 1 FROM names WHERE key = ? LIMIT 1").pluck();
    this.inBox = this.db.prepare(
      `SELECT ${PLACE_COLUMNS} FROM places p ${PLACE_JOINS}
       WHERE p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ? AND p.fclass = 'P'`,
    );
    this.seatRow = this.db.prepare(
      `SELECT ${PLACE_COLUMNS} FROM places p ${PLACE_JOINS}
       WHERE p.cc = ? AND p.fcode = ? AND (? IS NULL OR p.admin1 = ?) ORDER BY p.population DESC LIMIT 1`,
    );
    this.countryRow = this.db.prepare("SELECT iso2, iso3, name FROM countries WHERE iso2 = ?");
    this.districtRows = this.db.prepare(
      "SELECT code, name FROM admins WHERE code > ? AND code < ? AND code LIKE '%.%.%'",
    );
    this.allDistricts = this.db.prepare("SELECT code, name FROM admins WHERE code LIKE '%.%.%'");
    this.placedDistricts = this.db
      .prepare("SELECT DISTINCT admin1 || '.' || admin2 FROM places WHERE cc = ? AND fcode = 'ADM2'")
      .pluck();
    this.countryTowns = this.db.prepare("SELECT id FROM transliterations WHERE cc = ? AND key = ?").pluck();
    const filter = this.db.prepare("SELECT value FROM meta WHERE key = 'name_filter'").pluck().get() as
      | Buffer
      | undefined;
    if (!filter) throw new Error(`the gazetteer ${path} has no name filter; rebuild it with "npm run build"`);
    this.names = NameFilter.fromBuffer(filter);
    this.adminChanges = this.db
      .prepare("SELECT iso2, former, current, since, level, change FROM admin_changes")
      .all() as AdminChange[];
    const built = this.db.prepare("SELECT value FROM meta WHERE key = 'version'").pluck().get() as string | undefined;
    this.version = `shipped@${built ?? "unknown"}`;
    this.local = localLayer ? this.attach(localLayer) : null;
  }

  /** The local layer's statements: the shipped ones' twins on `loc`, with the shipped admin and country names. */
  private attach(path: string): LocalLayer | null {
    this.db.prepare("ATTACH DATABASE ? AS loc").run(path);
    const hasLayers = this.db.prepare("SELECT 1 FROM loc.sqlite_master WHERE name = 'layers'").get();
    const filter = hasLayers
      ? (this.db.prepare("SELECT value FROM loc.meta WHERE key = 'name_filter'").pluck().get() as Buffer | undefined)
      : undefined;
    if (!filter) return null;
    const columns = `${PLACE_COLUMNS}, p.layer`;
    const versions = new Map(
      localLayerVersion(this.db, "loc")
        .split("+")
        .filter(Boolean)
        .map((v) => [v.split("@")[0] ?? "", `local:${v}`]),
    );
    return {
      byName: this.db.prepare(
        `SELECT DISTINCT ${columns} FROM loc.names n JOIN loc.places p ON p.id = n.id ${PLACE_JOINS}
         WHERE n.key = ? ORDER BY p.population DESC LIMIT ?`,
      ),
      bySpelling: this.db.prepare(
        `SELECT DISTINCT ${columns} FROM loc.spellings s JOIN loc.places p ON p.id = s.id ${PLACE_JOINS}
         WHERE s.key = ? ORDER BY p.population DESC LIMIT ?`,
      ),
      placeRow: this.db.prepare(`SELECT ${columns} FROM loc.places p ${PLACE_JOINS} WHERE p.id = ?`),
      inBox: this.db.prepare(
        `SELECT ${columns} FROM loc.places p ${PLACE_JOINS}
         WHERE p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ? AND p.fclass = 'P'`,
      ),
      seatRow: this.db.prepare(
        `SELECT ${columns} FROM loc.places p ${PLACE_JOINS}
         WHERE p.cc = ? AND p.fcode = ? AND (? IS NULL OR p.admin1 = ?) ORDER BY p.population DESC LIMIT 1`,
      ),
      // (An alternate name may point at a shipped place the layer has no row for.)
      hasName: this.db.prepare("SELECT 1 FROM loc.names WHERE key = ? LIMIT 1").pluck(),
      names: NameFilter.fromBuffer(filter),
      versions,
    };
  }

  /**
   * The shipped rows and the local layer's, the local row winning for the same id (also where only the shipped row
   * matched: an imported newer row replaces it), most populous first.
   */
  private merged(shipped: PlaceRow[], local: PlaceRow[], limit = Number.POSITIVE_INFINITY): Place[] {
    if (!this.local) return shipped.slice(0, limit).map((row) => this.toPlace(row));
    const byId = new Map<number, PlaceRow>();
    for (const row of local) byId.set(row.id, row);
    for (const row of shipped)
      if (!byId.has(row.id)) byId.set(row.id, (this.local.placeRow.get(row.id) as PlaceRow | undefined) ?? row);
    return [...byId.values()]
      .sort((a, b) => b.population - a.population)
      .slice(0, limit)
      .map((row) => this.toPlace(row));
  }

  private toPlace(row: PlaceRow): Place {
    const source = row.layer ? (this.local?.versions.get(row.layer) ?? `local:${row.layer}`) : this.version;
    const place = toPlace(row);
    const admin1 = place.admin1 === null ? null : this.admin1AsAcled(row.cc, place.admin1);
    const name = row.fcode === "ADM1" ? this.admin1AsAcled(row.cc, place.name) : place.name;
    return { ...place, name, admin1, source };
  }

  /** An admin-1 area's name as ACLED writes it, where the table says so (cached: every candidate asks). */
  private admin1AsAcled(iso2: string, name: string): string {
    const key = `${iso2}|${name}`;
    let shown = this.shownAdmin1.get(key);
    if (shown === undefined) {
      shown = this.acledAdmin1.get(`${iso2}|${normalizeName(name)}`) ?? name;
      this.shownAdmin1.set(key, shown);
    }
    return shown;
  }

  adminNameOn(iso2: string, level: AdminLevel, name: string, day: string, province?: string): string {
    const key = normalizeName(name);
    if (level === "region" && province) {
      const moved = this.adminChanges.find(
        (c) =>
          c.change === "moved" &&
          c.iso2 === iso2 &&
          day >= c.since &&
          normalizeName(c.former) === normalizeName(province),
      );
      if (moved) return moved.current;
    }
    for (const c of this.adminChanges) {
      if (c.iso2 !== iso2 || c.level !== level || c.change === "moved") continue;
      if (c.change === "renamed" && day >= c.since && normalizeName(c.former) === key) return c.current;
      if (day < c.since && normalizeName(c.current) === key) return c.former;
    }
    return name;
  }

  has(name: string): boolean {
    const key = normalizeName(name);
    // (Extraction asks about the same few thousand words again and again: the answer, negative ones included, is
    // remembered, which costs less than asking the name filters again.)
    let known = this.knownNames.get(key);
    if (known === undefined) {
      known = this.lookUpName(key);
      if (this.knownNames.size > 50_000) this.knownNames.clear();
      this.knownNames.set(key, known);
    }
    return known;
  }

  private lookUpName(key: string): boolean {
    const local = this.local?.names.mightHave(key) === true;
    if (!local && !this.names.mightHave(key)) return false;
    return this.hasName.get(key) !== undefined || (local && this.local?.hasName.get(key) !== undefined);
  }

  candidates(name: string, limit = CANDIDATES): Place[] {
    const key = normalizeName(name);
    // (Stages ask for the first 1, 3, 5 or 40 places of one name: one query of 40 answers them all.)
    const fetched = Math.max(limit, CANDIDATES);
    const places = this.cached(`${key}|${fetched}`, () =>
      this.merged(
        this.byName.all(key, fetched) as PlaceRow[],
        (this.local?.byName.all(key, fetched) ?? []) as PlaceRow[],
        fetched,
      ),
    );
    return limit < fetched ? places.slice(0, limit) : places;
  }

  seatOf(area: Place): Place | null {
    const seat = (fcode: string, admin1: string | null) => {
      const args = [area.countryCode, fcode, admin1, admin1];
      const rows = [this.seatRow.get(...args), this.local?.seatRow.get(...args)].filter(Boolean) as PlaceRow[];
      return rows.sort((a, b) => b.population - a.population)[0];
    };
    return (
      this.cached(`@${area.geonamesId}`, () => {
        const row =
          area.featureCode === "ADM1"
            ? seat("PPLA", area.admin1Code)
            : /^PCL/.test(area.featureCode)
              ? (seat("PPLG", null) ?? seat("PPLC", null))
              : undefined;
        return row ? this.merged([row], []) : [];
      })[0] ?? null
    );
  }

  byId(geonamesId: number): Place | null {
    const row = (this.local?.placeRow.get(geonamesId) ?? this.placeRow.get(geonamesId)) as PlaceRow | undefined;
    return row ? this.toPlace(row) : null;
  }

  spellingVariants(name: string, limit = 20): Place[] {
    const key = spellingKey(name);
    if (key.length < 5) return [];
    return this.cached(`~${key}|${limit}`, () =>
      this.merged(
        this.bySpelling.all(key, limit) as PlaceRow[],
        (this.local?.bySpelling.all(key, limit) ?? []) as PlaceRow[],
        limit,
      ),
    );
  }

  transliterationVariants(name: string, countryCode: string): Place[] {
    const key = transliterationKey(name);
    if (key.length < 4) return [];
    // (Asked again for each pass of resolution and each mention of the name: answered once.)
    return this.cached(`≈${countryCode}|${key}`, () => {
      const ids = this.countryTowns.all(countryCode, key) as number[];
      return [...new Set([...ids, ...(this.localTransliterations(countryCode).get(key) ?? [])])].flatMap(
        (id) => this.byId(id) ?? [],
      );
    });
  }

  regionOfDistrictAnywhere(name: string): Place | null {
    const countries = this.countriesOfDistricts().get(name.toLowerCase());
    const [only] = countries ?? [];
    return only && countries?.size === 1 ? this.regionOfDistrict(name, only) : null;
  }

  /**
   * The countries that have a district of each name, by the name as written, case aside: read in one pass on first
   * use (keying every district of the world the loose way would cost a third of a second; asking SQLite name by name
   * scanned all 50,000 admin names each time).
   */
  private countriesOfDistricts(): ReadonlyMap<string, ReadonlySet<string>> {
    if (!this.districtCountries) {
      this.districtCountries = new Map();
      for (const { code, name } of this.allDistricts.all() as { code: string; name: string }[]) {
        const key = name.toLowerCase();
        const countries = this.districtCountries.get(key) ?? new Set<string>();
        this.districtCountries.set(key, countries.add(code.slice(0, code.indexOf("."))));
      }
    }
    return this.districtCountries;
  }

  regionOfDistrict(name: string, countryCode: string): Place | null {
    const key = transliterationKey(adminDisplayName(name));
    const regions = this.districtsOf(countryCode).get(key);
    if (regions?.size !== 1) return null;
    const [admin1] = regions;
    return (
      this.cached(`▣${countryCode}|${admin1}`, () => {
        const row = this.seatRow.get(countryCode, "ADM1", admin1, admin1) as PlaceRow | undefined;
        return row ? this.merged([row], []) : [];
      })[0] ?? null
    );
  }

  /**
   * A country's districts known only by name (GeoNames lists every district; the gazetteer places those with towns)
   * by their loosest key, each to the admin-1 codes of the districts of that key, read once per country.
   */
  private districtsOf(countryCode: string): ReadonlyMap<string, Set<string>> {
    let districts = this.districts.get(countryCode);
    if (!districts) {
      districts = new Map();
      // (The codes of one country's districts, "SO.09.9179681": a range of the primary key, read in one go.)
      const rows = this.districtRows.all(`${countryCode}.`, `${countryCode}/`) as { code: string; name: string }[];
      // (A district the gazetteer has as a place answers to its names there; "Route" is not Routt County.)
      const placed = new Set(this.placedDistricts.all(countryCode) as string[]);
      for (const { code, name } of rows) {
        const [, admin1, admin2] = code.split(".");
        if (!admin1 || !admin2 || placed.has(`${admin1}.${admin2}`)) continue;
        const k = transliterationKey(adminDisplayName(name));
        if (k.length >= 3) districts.set(k, (districts.get(k) ?? new Set()).add(admin1));
      }
      this.districts.set(countryCode, districts);
    }
    return districts;
  }

  /** A local layer's towns of one country by their loosest key, keyed once per country (local layers are small). */
  private localTransliterations(countryCode: string): ReadonlyMap<string, number[]> {
    if (!this.local) return NO_TOWNS;
    let towns = this.transliterations.get(countryCode);
    if (!towns) {
      towns = new Map();
      const rows = this.db
        .prepare("SELECT id, name FROM loc.places WHERE cc = ? AND fclass = 'P'")
        .all(countryCode) as {
        id: number;
        name: string;
      }[];
      for (const row of rows) {
        const k = transliterationKey(row.name);
        towns.set(k, [...(towns.get(k) ?? []), row.id]);
      }
      if (this.transliterations.size >= 30) this.transliterations.clear();
      this.transliterations.set(countryCode, towns);
    }
    return towns;
  }

  /** A lookup's places, from memory when the same name was looked up before: news repeats its names. */
  private cached(key: string, lookup: () => Place[]): Place[] {
    let places = this.candidateCache.get(key);
    if (!places) {
      places = lookup();
      if (this.candidateCache.size > 20_000) this.candidateCache.clear();
      this.candidateCache.set(key, places);
    }
    return places;
  }

  nearest(latitude: number, longitude: number, radiusKm: number, limit = 5): Place[] {
    const dLat = radiusKm / 111;
    const dLon = radiusKm / (111 * Math.max(0.1, Math.cos((latitude * Math.PI) / 180)));
    const box = [latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon];
    const places = this.merged(
      this.inBox.all(...box) as PlaceRow[],
      (this.local?.inBox.all(...box) ?? []) as PlaceRow[],
    );
    return places
      .map((place) => ({ place, km: haversineKm(latitude, longitude, place.latitude, place.longitude) }))
      .filter((x) => x.km <= radiusKm)
      .sort((a, b) => a.km - b.km)
      .slice(0, limit)
      .map((x) => x.place);
  }

  country(iso2: string): Country | null {
    return (this.countryRow.get(iso2) as Country | undefined) ?? null;
  }

  close(): void {
    this.db.close();
  }
}

function toPlace(row: PlaceRow): Place {
  return {
    geonamesId: row.id,
    name: row.name,
    latitude: row.lat,
    longitude: row.lon,
    featureClass: row.fclass,
    featureCode: row.fcode,
    countryCode: row.cc,
    country: row.country_name,
    iso3: row.iso3,
    admin1Code: row.admin1,
    // The admin table's name (GeoNames' ASCII admin name, ACLED's spelling more often than the place's own).
    admin1: row.admin1_name ?? (row.fcode === "ADM1" ? row.name : null),
    admin2: row.admin2_name,
    population: row.population,
  };
}
