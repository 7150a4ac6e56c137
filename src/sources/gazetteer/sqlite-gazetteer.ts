import { existsSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { haversineKm } from "../../base/geo.js";
import type { AdminLevel, Country, Gazetteer, Place } from "./gazetteer.js";
import { NameFilter } from "./name-filter.js";
import { normalizeName, spellingKey } from "./normalize-name.js";

/** A renamed, split or moved admin area (data/geonames/admin-renames.tsv), named as on an event's day. */
interface AdminChange {
  iso2: string;
  former: string;
  current: string;
  since: string;
  level: AdminLevel;
  change: "renamed" | "split" | "moved";
}

export const DEFAULT_GAZETTEER_PATH = join(import.meta.dirname, "..", "..", "..", "data", "gazetteer.sqlite");

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
}

const PLACE_COLUMNS = `p.id, p.name, p.lat, p.lon, p.fclass, p.fcode, p.cc, p.admin1, p.admin2, p.population,
  a1.name AS admin1_name, a2.name AS admin2_name, c.name AS country_name, c.iso3`;
const PLACE_JOINS = `LEFT JOIN admins a1 ON a1.code = p.cc || '.' || p.admin1
  LEFT JOIN admins a2 ON a2.code = p.cc || '.' || p.admin1 || '.' || p.admin2
  LEFT JOIN countries c ON c.iso2 = p.cc`;

/** The GeoNames gazetteer built by scripts/build-gazetteer.ts, read-only, with small caches for repeated names. */
export class SqliteGazetteer implements Gazetteer {
  private readonly db: Database.Database;
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

  constructor(path: string = DEFAULT_GAZETTEER_PATH) {
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
    const filter = this.db.prepare("SELECT value FROM meta WHERE key = 'name_filter'").pluck().get() as
      | Buffer
      | undefined;
    if (!filter) throw new Error(`the gazetteer ${path} has no name filter; rebuild it with "npm run build"`);
    this.names = NameFilter.fromBuffer(filter);
    this.adminChanges = this.db
      .prepare("SELECT iso2, former, current, since, level, change FROM admin_changes")
      .all() as AdminChange[];
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
    if (!this.names.mightHave(key)) return false;
    let known = this.knownNames.get(key);
    if (known === undefined) {
      known = this.hasName.get(key) !== undefined;
      if (this.knownNames.size > 50_000) this.knownNames.clear();
      this.knownNames.set(key, known);
    }
    return known;
  }

  candidates(name: string, limit = 40): Place[] {
    const key = normalizeName(name);
    return this.cached(`${key}|${limit}`, () => (this.byName.all(key, limit) as PlaceRow[]).map(toPlace));
  }

  seatOf(area: Place): Place | null {
    const seat = (fcode: string, admin1: string | null) =>
      this.seatRow.get(area.countryCode, fcode, admin1, admin1) as PlaceRow | undefined;
    return (
      this.cached(`@${area.geonamesId}`, () => {
        const row =
          area.featureCode === "ADM1"
            ? seat("PPLA", area.admin1Code)
            : /^PCL/.test(area.featureCode)
              ? (seat("PPLG", null) ?? seat("PPLC", null))
              : undefined;
        return row ? [toPlace(row)] : [];
      })[0] ?? null
    );
  }

  byId(geonamesId: number): Place | null {
    const row = this.placeRow.get(geonamesId) as PlaceRow | undefined;
    return row ? toPlace(row) : null;
  }

  spellingVariants(name: string, limit = 20): Place[] {
    const key = spellingKey(name);
    if (key.length < 5) return [];
    return this.cached(`~${key}|${limit}`, () => (this.bySpelling.all(key, limit) as PlaceRow[]).map(toPlace));
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
    const rows = this.inBox.all(latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon) as PlaceRow[];
    return rows
      .map((row) => ({ place: toPlace(row), km: haversineKm(latitude, longitude, row.lat, row.lon) }))
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
