import type { PlaceMention } from "../../extract/types.js";

/**
 * The event's location: among places outside background sentences, the named town nearest the event's trigger
 * in its first sentence wins; towns beat districts and relative points, which beat regions and countries. A town
 * that only anchors a relative phrase ("40 km north of Kaya") is not itself the location.
 */
export function choosePlace(
  places: PlaceMention[],
  coreSentences: number[],
  anchor: number,
  triggerAt: number,
  background: Set<number>,
  mainCountry: string | null,
): PlaceMention | null {
  const relativeSpans = places.filter((p) => p.value.relative && p.value.relative.distance_km !== null);
  const candidates = places.filter(
    (p) =>
      p.value.latitude !== null &&
      !background.has(p.sentence) &&
      !relativeSpans.some((r) => r !== p && r.start <= p.start && r.end >= p.end),
  );
  let best: PlaceMention | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const place of candidates) {
    const where =
      place.sentence === anchor ? 3 : coreSentences.includes(place.sentence) ? 2 : place.sentence < anchor ? 1.2 : 1;
    const precision = place.value.relative?.distance_km
      ? 1.2
      : place.value.precision === 1
        ? 2
        : place.value.precision === 2
          ? 1.6
          : 0;
    const nearTrigger = place.sentence === anchor ? Math.max(0, 1.5 - Math.abs(place.start - triggerAt) / 80) : 0;
    const inMainCountry = mainCountry !== null && place.value.country === mainCountry ? 1.5 : 0;
    const score = where + precision + nearTrigger + place.confidence + inMainCountry;
    if (score > bestScore) {
      best = place;
      bestScore = score;
    }
  }
  return best;
}
