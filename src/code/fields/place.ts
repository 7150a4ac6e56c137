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
  text: string,
): PlaceMention | null {
  const relativeSpans = places.filter((p) => p.value.relative && p.value.relative.distance_km !== null);
  const candidates = places.filter(
    (p) =>
      p.value.latitude !== null &&
      !background.has(p.sentence) &&
      !relativeSpans.some((r) => r !== p && r.start <= p.start && r.end >= p.end) &&
      !isDatelinePlace(text, p),
  );
  let best: PlaceMention | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const place of candidates) {
    const where =
      place.sentence === anchor ? 3 : coreSentences.includes(place.sentence) ? 2 : place.sentence < anchor ? 1.2 : 1;
    // A named town anywhere in the event's report outranks a bare country or region in its first sentence.
    const precision = place.value.relative?.distance_km
      ? 1.8
      : place.value.precision === 1
        ? 3
        : place.value.precision === 2
          ? 2.2
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

// "OUAGADOUGOU:", "ABUJA, Nigeria (AP) —", "Maputo —" at the start of a line: where the story was filed from.
const DATELINE_AFTER = /^\s*(,\s*[\p{L} .'-]{2,30})?\s*(\([^)]{1,30}\))?\s*[:—–-]/u;
const DATELINE_BEFORE = /(^|\n)\s*(date\s+\S+\s+)?(\([^)]{1,20}\)\s*)?$/;

function isDatelinePlace(text: string, place: PlaceMention): boolean {
  if (place.start > 600) return false;
  return (
    DATELINE_BEFORE.test(text.slice(Math.max(0, place.start - 40), place.start)) &&
    DATELINE_AFTER.test(text.slice(place.end, place.end + 40))
  );
}
