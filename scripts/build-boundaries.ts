/**
 * Packs the committed admin boundaries (data/boundaries/admin1.json.gz) into the form lookups read
 * (data/boundaries/admin1.packed: typed arrays and a Flatbush index), so no run parses GeoJSON or builds an R-tree.
 * Part of `npm run build`.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import {
  DEFAULT_BOUNDARIES_PATH,
  PACKED_BOUNDARIES_PATH,
  packBoundaries,
} from "../src/sources/boundaries/natural-earth-boundaries.js";

const started = performance.now();
const packed = packBoundaries(JSON.parse(gunzipSync(readFileSync(DEFAULT_BOUNDARIES_PATH)).toString("utf8")));
// (Written aside and renamed, so a running Vigil never reads half a file.)
writeFileSync(`${PACKED_BOUNDARIES_PATH}.tmp`, packed);
renameSync(`${PACKED_BOUNDARIES_PATH}.tmp`, PACKED_BOUNDARIES_PATH);
console.log(
  `boundaries: packed ${(packed.length / 1e6).toFixed(1)} MB → ${PACKED_BOUNDARIES_PATH} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
