/** A place in the gazetteer, with its admin names resolved. */
export interface Place {
  geonamesId: number;
  name: string;
  latitude: number;
  longitude: number;
  featureClass: string;
  featureCode: string;
  countryCode: string;
  country: string | null;
  iso3: string | null;
  admin1Code: string;
  admin1: string | null;
  admin2: string | null;
  population: number;
  /**
   * The gazetteer layer and version the row came from: "shipped@2026-12-07" (the build), "local:KE@2026-12-07" (a
   * layer the user imported, on that day). Events record it beside their place's evidence.
   */
  source?: string;
}

export type AdminLevel = "region" | "province";

export interface Country {
  iso2: string;
  iso3: string;
  name: string;
}

/**
 * What the place stages ask of a gazetteer, and nothing more. Implementations: SqliteGazetteer (GeoNames, built
 * offline into data/gazetteer.sqlite).
 */
export interface Gazetteer {
  /** Places a name can refer to (accent-, case- and alternate-name-insensitive), most populous first. */
  candidates(name: string, limit?: number): Place[];
  /** Places whose name is spelled differently but transliterates the same ("Tinzahuaten" for Tinzaouâtene). */
  spellingVariants(name: string, limit?: number): Place[];
  /**
   * Populated places of one country whose own name folds to the same loosest key (`transliterationKey`):
   * "Colofata" for Kolofata. Only asked within the document's country, where so loose a match is safe.
   */
  transliterationVariants(name: string, countryCode: string): Place[];
  /**
   * The admin-1 area holding the one district (admin-2 area) of this country with this name under the same loosest
   * key: the gazetteer may know a district only by its name ("Afmadow", a district of Lower Juba whose towns it
   * lacks). Null when no district, or districts of several admin-1 areas, bear the name.
   */
  regionOfDistrict(name: string, countryCode: string): Place | null;
  /** `regionOfDistrict` in whichever country has the one district of this name in the world, or null. */
  regionOfDistrictAnywhere(name: string): Place | null;
  /** The place with this GeoNames id, if the gazetteer has it. */
  byId(geonamesId: number): Place | null;
  /** Populated places within `radiusKm` of a point, nearest first. */
  nearest(latitude: number, longitude: number, radiusKm: number, limit?: number): Place[];
  country(iso2: string): Country | null;
  /**
   * An admin area's name as ACLED codes it on a day: a renamed area by its new name from the change on ("Centre-Nord"
   * → "Kuilsé" from July 2025), an area split off an older one by the older name before the split, and a region by
   * the new region its `province` moved into ("Soum" for the Soum province, once part of the Sahel region).
   */
  adminNameOn(iso2: string, level: AdminLevel, name: string, day: string, province?: string): string;
  /**
   * The town an admin-1 area or a country is governed from (its PPLA; a country's seat of government, else its
   * capital): where ACLED places an event the report puts only in that area.
   */
  seatOf(area: Place): Place | null;
  /** Whether any place has this name: a cheap test before building candidates. */
  has(name: string): boolean;
}
