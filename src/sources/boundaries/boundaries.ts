/** An admin area a point lies in, as a boundary file draws it. */
export interface AdminArea {
  iso2: string;
  name: string;
  /** The GeoNames admin area the polygon stands for, when the boundary data links one. */
  geonamesId: number | null;
  /** 1: the country's first-level division; 2: the second (Natural Earth draws Burkina Faso's provinces). */
  level: 1 | 2;
}

/** What the place stages ask of admin boundaries. Implementations: NaturalEarthBoundaries. */
export interface Boundaries {
  /** The admin area containing a point, or null (at sea, in a sliver the simplified polygons miss). */
  areaAt(latitude: number, longitude: number): AdminArea | null;
}
