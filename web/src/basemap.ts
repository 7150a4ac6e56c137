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

const atPole = (point: Position) => Math.abs(point[1] as number) > 89.9;

const world = countries as unknown as Topology<{ countries: GeometryCollection }>;

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
        geometry: { type: "MultiPolygon", coordinates: polygons.map((rings) => rings.map(continuous)) },
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
