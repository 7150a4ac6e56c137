import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries from "world-atlas/countries-50m.json" with { type: "json" };

/**
 * A ring or line that crosses the antimeridian in world-atlas jumps from +180 to −180 (Russia's Chukotka, Fiji,
 * Antarctica's edge at the pole); drawn as is, those jumps are lines across the whole map (the wedge of land over
 * the North Atlantic). Shifting every point after a jump by ±360° makes the line continuous; MapLibre draws
 * longitudes past ±180 on the next copy of the world.
 * @example continuous([[179, 0], [-179, 1]]) → [[179, 0], [181, 1]]
 */
export function continuous(line: Position[]): Position[] {
  let shift = 0;
  return line.map((point, i) => {
    const previous = line[i - 1];
    // A step along the pole (Antarctica's outline) is the bottom edge of the map, not a crossing.
    if (previous && !(atPole(previous) && atPole(point))) {
      const step = (point[0] as number) - (previous[0] as number);
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
    }
    return [(point[0] as number) + shift, point[1] as number];
  });
}

/**
 * A ring made continuous; one that goes once around the globe (Antarctica's coast ends 360° from where it began)
 * is closed along the pole, so the land lies between the coast and the pole.
 * @example continuousRing([[-180, -84], [0, -70], [179, -84], [-180, -84]]) ends [180, -84], [180, -90], [-180, -90], [-180, -84]
 */
export function continuousRing(ring: Position[]): Position[] {
  const line = continuous(ring);
  const first = line[0] as Position;
  const last = line[line.length - 1] as Position;
  if (Math.abs((last[0] as number) - (first[0] as number)) < 180) return line;
  const pole = line.reduce((sum, point) => sum + (point[1] as number), 0) < 0 ? -90 : 90;
  return [...line, [last[0] as number, pole], [first[0] as number, pole], first];
}

const atPole = (point: Position) => Math.abs(point[1] as number) > 89.9;

const world = countries as unknown as Topology<{ countries: GeometryCollection }>;

/**
 * A polygon as a flat map reads it. On the sphere Antarctica is a ring along the pole with its coast as the inner
 * ring; flat, the ring along the pole encloses nothing and the "hole" is the land, so the coast becomes the outline.
 */
export function planar(polygon: Position[][]): Position[][][] {
  const [outer, ...inner] = polygon;
  if (outer?.every(atPole)) return inner.map((ring) => [ring]);
  return [polygon];
}

/** Country areas, each ring continuous: the land colour. */
export function land(): FeatureCollection<Polygon | MultiPolygon> {
  const areas = feature(world, world.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
  return {
    type: "FeatureCollection",
    features: areas.features.map((area): Feature<Polygon | MultiPolygon> => {
      const polygons = area.geometry.type === "Polygon" ? [area.geometry.coordinates] : area.geometry.coordinates;
      return {
        type: "Feature",
        properties: {},
        geometry: {
          type: "MultiPolygon",
          coordinates: polygons.flatMap(planar).map((rings) => rings.map(continuousRing)),
        },
      };
    }),
  };
}

/**
 * Borders between two countries only: coasts show as the edge of the land colour, and the outline of Antarctica
 * along the pole (a line along the bottom of the map) is not a border.
 */
export function borders(): MultiLineString {
  const lines = mesh(world, world.objects.countries, (a, b) => a !== b);
  return { type: "MultiLineString", coordinates: lines.coordinates.map(continuous) };
}
