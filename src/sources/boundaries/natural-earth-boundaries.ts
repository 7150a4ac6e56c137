import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Flatbush from "flatbush";
import pointInPolygon from "point-in-polygon";
import { PACKAGE_ROOT } from "../../base/package-root.js";
import type { AdminArea, Boundaries } from "./boundaries.js";

const BOUNDARIES_FOLDER = join(PACKAGE_ROOT, "data", "boundaries");

/** The committed polygons (GeoJSON, derived by scripts/derive-boundaries.ts): the source the build packs. */
export const DEFAULT_BOUNDARIES_PATH = join(BOUNDARIES_FOLDER, "admin1.json.gz");

/** The polygons packed for lookups by `npm run build` (scripts/build-boundaries.ts). */
export const PACKED_BOUNDARIES_PATH = join(BOUNDARIES_FOLDER, "admin1.packed");

interface AreaProperties {
  iso2: string;
  name: string;
  geonames_id: number | null;
  level: 1 | 2;
}

interface BoundaryCollection {
  features: { properties: AreaProperties; geometry: { type: "MultiPolygon"; coordinates: number[][][][] } }[];
}

/** What the packed file starts with: its layout, then the areas' properties. */
interface PackedHeader {
  format: typeof FORMAT;
  areas: AreaProperties[];
  polygons: number;
  rings: number;
  points: number;
  indexBytes: number;
}

const FORMAT = "vigil-boundaries-1";
/** The derived outlines are rounded to 0.001°, so thousandths of a degree hold them exactly. */
const UNITS_PER_DEGREE = 1000;

/**
 * The polygons as typed arrays behind a Flatbush index of their bounding boxes, written once by the build. Parsing
 * the GeoJSON and building an R-tree at every start cost a one-report run a third of its time; these arrays are read
 * as they lie. Layout (little-endian, 4-byte aligned): u32 header length, the JSON header padded with spaces, then
 * Uint32 area of each polygon, Uint32 first ring of each polygon (+ end), Uint32 first point of each ring (+ end),
 * Int32 x, y of each point in thousandths of a degree, and the Flatbush index (item = polygon).
 */
export function packBoundaries(collection: BoundaryCollection): Buffer {
  const areas = collection.features.map((feature) => feature.properties);
  const polygonArea: number[] = [];
  const polygonFirstRing: number[] = [0];
  const ringFirstPoint: number[] = [0];
  const coordinates: number[] = [];
  const boxes: [number, number, number, number][] = [];
  collection.features.forEach((feature, area) => {
    for (const polygon of feature.geometry.coordinates) {
      polygonArea.push(area);
      for (const ring of polygon) {
        for (const [x, y] of ring)
          coordinates.push(Math.round((x as number) * UNITS_PER_DEGREE), Math.round((y as number) * UNITS_PER_DEGREE));
        ringFirstPoint.push(coordinates.length / 2);
      }
      polygonFirstRing.push(ringFirstPoint.length - 1);
      boxes.push(boxOf(polygon[0] ?? []));
    }
  });
  const index = new Flatbush(boxes.length);
  for (const box of boxes) index.add(...box);
  index.finish();
  const header: PackedHeader = {
    format: FORMAT,
    areas,
    polygons: polygonArea.length,
    rings: ringFirstPoint.length - 1,
    points: coordinates.length / 2,
    indexBytes: index.data.byteLength,
  };
  const json = Buffer.from(JSON.stringify(header));
  const padded = Buffer.concat([json, Buffer.alloc((4 - (json.length % 4)) % 4, " ")]);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(padded.length);
  return Buffer.concat([
    length,
    padded,
    Buffer.from(Uint32Array.from(polygonArea).buffer),
    Buffer.from(Uint32Array.from(polygonFirstRing).buffer),
    Buffer.from(Uint32Array.from(ringFirstPoint).buffer),
    Buffer.from(Int32Array.from(coordinates).buffer),
    Buffer.from(index.data),
  ]);
}

/** The box of an outer ring, as which-polygon drew it: holes lie inside it. */
function boxOf(ring: number[][]): [number, number, number, number] {
  const xs = ring.map((point) => point[0] as number);
  const ys = ring.map((point) => point[1] as number);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

interface PackedBoundaries {
  areas: AreaProperties[];
  polygonArea: Uint32Array;
  polygonFirstRing: Uint32Array;
  ringFirstPoint: Uint32Array;
  /** x, y of each point in degrees. */
  coordinates: Float64Array;
  index: Flatbush;
}

function unpack(buffer: Buffer): PackedBoundaries {
  const headerLength = buffer.readUInt32LE(0);
  const header = JSON.parse(buffer.toString("utf8", 4, 4 + headerLength)) as PackedHeader;
  if (header.format !== FORMAT) throw new Error(`unknown boundary format ${header.format}`);
  // (A copy aligned at 0, so every typed array can view it.)
  const bytes = new Uint8Array(buffer.subarray(4 + headerLength)).buffer;
  let at = 0;
  const take = <T>(make: (offset: number, length: number) => T, length: number, bytesPer: number): T => {
    const view = make(at, length);
    at += length * bytesPer;
    return view;
  };
  const polygonArea = take((o, n) => new Uint32Array(bytes, o, n), header.polygons, 4);
  const polygonFirstRing = take((o, n) => new Uint32Array(bytes, o, n), header.polygons + 1, 4);
  const ringFirstPoint = take((o, n) => new Uint32Array(bytes, o, n), header.rings + 1, 4);
  const units = take((o, n) => new Int32Array(bytes, o, n), header.points * 2, 4);
  const index = Flatbush.from(bytes.slice(at, at + header.indexBytes));
  const coordinates = new Float64Array(units.length);
  for (let i = 0; i < units.length; i++) coordinates[i] = (units[i] as number) / UNITS_PER_DEGREE;
  return { areas: header.areas, polygonArea, polygonFirstRing, ringFirstPoint, coordinates, index };
}

/**
 * Natural Earth admin-1 polygons, read from their packed form on the first lookup, so a run that never needs a
 * boundary never pays for loading them. A point in several polygons (outlines simplified on their own overlap by
 * up to a kilometre at borders) is in the first of them in the derived file's order.
 */
export class NaturalEarthBoundaries implements Boundaries {
  private packed: PackedBoundaries | undefined;

  constructor(private readonly path: string = PACKED_BOUNDARIES_PATH) {}

  areaAt(latitude: number, longitude: number): AdminArea | null {
    this.packed ??= this.load();
    const { areas, polygonArea, index } = this.packed;
    const candidates = index.search(longitude, latitude, longitude, latitude).sort((a, b) => a - b);
    const polygon = candidates.find((candidate) => this.contains(candidate, longitude, latitude));
    const area = polygon === undefined ? undefined : areas[polygonArea[polygon] as number];
    return area ? { iso2: area.iso2, name: area.name, geonamesId: area.geonames_id, level: area.level } : null;
  }

  /** Even-odd over all the polygon's rings: a point in a hole crosses its outline once more. */
  private contains(polygon: number, longitude: number, latitude: number): boolean {
    const { polygonFirstRing, ringFirstPoint, coordinates } = this.packed as PackedBoundaries;
    let inside = false;
    for (let ring = polygonFirstRing[polygon] as number; ring < (polygonFirstRing[polygon + 1] as number); ring++) {
      const start = (ringFirstPoint[ring] as number) * 2;
      const end = (ringFirstPoint[ring + 1] as number) * 2;
      // (point-in-polygon reads a flat list of x, y from start to end; a typed array is read the same way.)
      if (pointInPolygon([longitude, latitude], coordinates as unknown as number[], start, end)) inside = !inside;
    }
    return inside;
  }

  private load(): PackedBoundaries {
    if (!existsSync(this.path)) {
      throw new Error(`the admin boundaries ${this.path} are missing; run "npm run build" to pack them`);
    }
    return unpack(readFileSync(this.path));
  }
}
