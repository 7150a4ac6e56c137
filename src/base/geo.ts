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
