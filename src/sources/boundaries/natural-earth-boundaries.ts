import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import whichPolygon from "which-polygon";
import type { AdminArea, Boundaries } from "./boundaries.js";

export const DEFAULT_BOUNDARIES_PATH = join(
  import.meta.dirname,
  "..",
  "..",
  "..",
  "data",
  "boundaries",
  "admin1.json.gz",
);

interface AreaProperties {
  iso2: string;
  name: string;
  geonames_id: number | null;
  level: 1 | 2;
}

/**
 * Natural Earth admin-1 polygons (derived by scripts/derive-boundaries.ts), read on the first lookup and indexed
 * with which-polygon, so a run that never needs a boundary never pays for loading them.
 */
export class NaturalEarthBoundaries implements Boundaries {
  private index: ((point: [number, number]) => AreaProperties | null) | undefined;

  constructor(private readonly path: string = DEFAULT_BOUNDARIES_PATH) {}

  areaAt(latitude: number, longitude: number): AdminArea | null {
    this.index ??= this.load();
    const area = this.index([longitude, latitude]);
    return area ? { iso2: area.iso2, name: area.name, geonamesId: area.geonames_id, level: area.level } : null;
  }

  private load(): (point: [number, number]) => AreaProperties | null {
    if (!existsSync(this.path)) {
      throw new Error(
        `the admin boundaries ${this.path} are missing; reinstall Vigil or run "npm run derive:boundaries"`,
      );
    }
    const collection = JSON.parse(gunzipSync(readFileSync(this.path)).toString("utf8"));
    return whichPolygon<AreaProperties>(collection);
  }
}
