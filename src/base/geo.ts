const EARTH_RADIUS_KM = 6371;
const RADIANS = Math.PI / 180;

/** Great-circle distance in kilometres. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const h =
    Math.sin(((lat2 - lat1) * RADIANS) / 2) ** 2 +
    Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(((lon2 - lon1) * RADIANS) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The point `distanceKm` from a start along a compass bearing (0 = north, 90 = east), on a sphere.
 * @example destination(13.09, -1.08, 40, 0) // ≈ { latitude: 13.45, longitude: -1.08 }: 40 km north of Kaya
 */
export function destination(
  latitude: number,
  longitude: number,
  distanceKm: number,
  bearingDegrees: number,
): { latitude: number; longitude: number } {
  const angular = distanceKm / EARTH_RADIUS_KM;
  const bearing = bearingDegrees * RADIANS;
  const lat1 = latitude * RADIANS;
  const lon1 = longitude * RADIANS;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(angular) + Math.cos(lat1) * Math.sin(angular) * Math.cos(bearing));
  const lon2 =
    lon1 +
    Math.atan2(
      Math.sin(bearing) * Math.sin(angular) * Math.cos(lat1),
      Math.cos(angular) - Math.sin(lat1) * Math.sin(lat2),
    );
  return { latitude: lat2 / RADIANS, longitude: ((lon2 / RADIANS + 540) % 360) - 180 };
}

/**
 * The distance in kilometres from a point to a line given as [latitude, longitude] vertices: the nearest of its
 * segments. (Written here rather than taken from a geodesy library: the lines are a few dozen kilometres of a front,
 * where a plane tangent at the point, with longitude scaled by the cosine of its latitude, is exact to well under a
 * kilometre, and one function was all that was needed.)
 * @example distanceToLineKm(48.0, 37.5, [[47.5, 37.0], [48.5, 37.0]]) // ≈ 37: due east of a north-south segment
 */
export function distanceToLineKm(
  latitude: number,
  longitude: number,
  line: readonly (readonly [number, number])[],
): number {
  const kmPerDegree = (EARTH_RADIUS_KM * Math.PI) / 180;
  const xScale = Math.cos(latitude * RADIANS) * kmPerDegree;
  const toPlane = ([lat, lon]: readonly [number, number]) => [
    (lon - longitude) * xScale,
    (lat - latitude) * kmPerDegree,
  ];
  let nearest = Number.POSITIVE_INFINITY;
  for (let i = 0; i + 1 < line.length; i++) {
    const [ax = 0, ay = 0] = toPlane(line[i] as readonly [number, number]);
    const [bx = 0, by = 0] = toPlane(line[i + 1] as readonly [number, number]);
    const [dx, dy] = [bx - ax, by - ay];
    const length2 = dx * dx + dy * dy;
    // (The point is the origin: project it on the segment, clamped to the segment's ends.)
    const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
    nearest = Math.min(nearest, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return nearest;
}
