import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { DEFAULT_BOUNDARIES_PATH } from "../sources/boundaries/natural-earth-boundaries.js";

/** A ring of [longitude, latitude] points, and the country (ISO 3166 alpha-2) of the area it outlines. */
export interface Outline {
  iso2: string;
  ring: [number, number][];
}

/** West, south, east, north in degrees. */
export type Box = [number, number, number, number];

interface BoundaryFile {
  features: {
    properties: { iso2: string };
    geometry: { type: "Polygon" | "MultiPolygon"; coordinates: number[][][] | number[][][][] };
  }[];
}

/**
 * The outer rings of the admin areas that reach into a box: the basemap of the report's map. Vigil's own admin
 * boundaries (Natural Earth, bundled in data/boundaries) rather than tiles, so the report needs no network.
 */
export function outlinesIn(box: Box, path: string = DEFAULT_BOUNDARIES_PATH): Outline[] {
  const file = JSON.parse(gunzipSync(readFileSync(path)).toString("utf8")) as BoundaryFile;
  return file.features.flatMap(({ properties, geometry }) =>
    (geometry.type === "Polygon"
      ? [(geometry.coordinates as number[][][])[0]]
      : (geometry.coordinates as number[][][][]).map((polygon) => polygon[0])
    )
      .filter((ring) => !!ring && reaches(ring as Outline["ring"], box))
      .map((ring) => ({ iso2: properties.iso2, ring: ring as Outline["ring"] })),
  );
}

function reaches(ring: Outline["ring"], [west, south, east, north]: Box): boolean {
  const xs = ring.map((point) => point[0]);
  const ys = ring.map((point) => point[1]);
  return Math.min(...xs) <= east && Math.max(...xs) >= west && Math.min(...ys) <= north && Math.max(...ys) >= south;
}
