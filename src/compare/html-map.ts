import { html } from "hono/html";
import { iso2Of } from "../sources/countries.js";
import { type Html, STATUS_COLOUR, type Status } from "./html-parts.js";
import type { Box, Outline } from "./outlines.js";
import { KM_PER_DEGREE_OF_LATITUDE } from "./pair.js";
import type { ComparisonPair, ComparisonReport } from "./report.js";

const STATUS_LABEL = {
  matched: "matched (ACLED's point, a line to Vigil's)",
  missed: "missed (ACLED row only)",
  extra: "extra (Vigil event only)",
} as const;

const MAP_MAX = { width: 900, height: 560 };
/** The map shows at least this many degrees, so a single event is drawn with its surroundings. */
const MIN_SPAN_DEGREES = 2;

/**
 * The box the map shows: every point of the report, padded, at least MIN_SPAN_DEGREES across.
 * @example mapBox(report) // [-5.9, 9.1, 2.7, 15.3]
 */
export function mapBox(report: ComparisonReport): Box {
  const points = pointsOf(report);
  if (!points.length) return [-20, -10, 20, 30];
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const grow = (low: number, high: number, limit: number): [number, number] => {
    const pad = Math.max((high - low) * 0.1, (MIN_SPAN_DEGREES - (high - low)) / 2, 0.2);
    return [Math.max(low - pad, -limit), Math.min(high + pad, limit)];
  };
  const [west, east] = grow(Math.min(...lons), Math.max(...lons), 180);
  const [south, north] = grow(Math.min(...lats), Math.max(...lats), 85);
  return [west, south, east, north];
}

function pointsOf(report: ComparisonReport): [number, number][] {
  return report.pairs.flatMap((pair) => {
    const points: [number, number][] = [];
    if (pair.acled) points.push([pair.acled.longitude, pair.acled.latitude]);
    if (pair.vigil?.latitude != null && pair.vigil.longitude != null)
      points.push([pair.vigil.longitude, pair.vigil.latitude]);
    return points;
  });
}

export function mapLegend(): Html {
  return html`<p class="legend">${(Object.keys(STATUS_COLOUR) as Status[]).map(
    (status) =>
      html`<span><svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">${marker(status, 0, 0)}</svg> ${STATUS_LABEL[status]}</span>`,
  )}</p>`;
}

/** Each status its own shape as well as colour: a disc, a diamond, a square. */
function marker(status: Status, x: number, y: number): Html {
  const colour = STATUS_COLOUR[status];
  if (status === "matched")
    return html`<circle cx="${x}" cy="${y}" r="5" fill="${colour}" stroke="#fff" stroke-width="1"/>`;
  if (status === "missed")
    return html`<path d="M${x} ${y - 6}l6 6-6 6-6-6z" fill="${colour}" stroke="#fff" stroke-width="1"/>`;
  return html`<rect x="${x - 4.5}" y="${y - 4.5}" width="9" height="9" fill="${colour}" stroke="#fff" stroke-width="1"/>`;
}

/** Up to this many markers, each is labelled with its place's name; past it labels would hide the map. */
const MAX_LABELS = 30;
/** Pixels a place name may need to the right of its marker. */
const LABEL_ROOM = 140;

/** The events on an inline SVG map (equirectangular) over the admin outlines given, each with its details on hover. */
export function svgMap(report: ComparisonReport, outlines: Outline[]): Html {
  const box = mapBox(report);
  const [west, south, east, north] = box;
  // Equirectangular, stretched by the cosine of the middle latitude: true to shape at a country's scale.
  const stretch = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = Math.min(MAP_MAX.width / ((east - west) * stretch), MAP_MAX.height / (north - south));
  const width = Math.round((east - west) * stretch * scale);
  const height = Math.round((north - south) * scale);
  const x = (lon: number) => Math.round((lon - west) * stretch * scale * 10) / 10;
  const y = (lat: number) => Math.round((north - lat) * scale * 10) / 10;
  const inScope = new Set(report.scope.countries.map((iso3) => iso2Of(iso3)));
  const path = (rings: Outline[]) =>
    rings.map(({ ring }) => `M${ring.map(([lon, lat]) => `${x(lon)} ${y(lat)}`).join("L")}Z`).join("");
  const links = report.pairs.flatMap((pair) =>
    pair.status === "matched" && pair.acled && pair.vigil?.latitude != null && pair.vigil.longitude != null
      ? [
          html`<line x1="${x(pair.acled.longitude)}" y1="${y(pair.acled.latitude)}" x2="${x(pair.vigil.longitude)}" y2="${y(pair.vigil.latitude)}" stroke="#333" stroke-width="1"/><circle cx="${x(pair.vigil.longitude)}" cy="${y(pair.vigil.latitude)}" r="2" fill="#333"/>`,
        ]
      : [],
  );
  // Missed and extra on top of matched, so the differences are never hidden under agreement.
  const placed = (["matched", "missed", "extra"] as Status[]).flatMap((status) =>
    report.pairs
      .filter((pair) => pair.status === status)
      .flatMap((pair) => {
        const point = pair.acled
          ? { lon: pair.acled.longitude, lat: pair.acled.latitude, place: pair.acled.location }
          : pair.vigil?.latitude != null && pair.vigil.longitude != null
            ? { lon: pair.vigil.longitude, lat: pair.vigil.latitude, place: pair.vigil.location }
            : null;
        return point ? [{ status, pair, x: x(point.lon), y: y(point.lat), place: point.place }] : [];
      }),
  );
  const markers = placed.map((p) => html`<g>${marker(p.status, p.x, p.y)}<title>${pairLabel(p.pair)}</title></g>`);
  const labels =
    placed.length <= MAX_LABELS
      ? placed.map((p) =>
          // Labels near the right edge go on the marker's left, so they are not cut off.
          p.x > width - LABEL_ROOM
            ? html`<text x="${p.x - 8}" y="${p.y + 4}" class="place" text-anchor="end">${p.place ?? ""}</text>`
            : html`<text x="${p.x + 8}" y="${p.y + 4}" class="place">${p.place ?? ""}</text>`,
        )
      : [];
  return html`<svg class="map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Map of matched, missed and extra events">
<rect width="${width}" height="${height}" fill="#dfe9f0"/>
<path d="${path(outlines.filter((o) => !inScope.has(o.iso2)))}" fill="#e9e5dc" stroke="#c4bdb0" stroke-width="0.5" stroke-linejoin="round"/>
<path d="${path(outlines.filter((o) => inScope.has(o.iso2)))}" fill="#fbfaf7" stroke="#a39c8e" stroke-width="0.7" stroke-linejoin="round"/>
${links}${markers}${labels}
${scaleBar(scale, height)}
<text x="${width - 6}" y="${height - 6}" class="credit" text-anchor="end">Admin areas: Natural Earth · countries compared in white</text>
</svg>`;
}

/** A bar of a round number of kilometres, about a fifth of the map wide. */
function scaleBar(pixelsPerDegree: number, height: number): Html {
  const kmPerPixel = KM_PER_DEGREE_OF_LATITUDE / pixelsPerDegree;
  const target = kmPerPixel * 150;
  const magnitude = 10 ** Math.floor(Math.log10(target));
  const km = [5, 2, 1].map((step) => step * magnitude).find((length) => length <= target) ?? magnitude;
  const length = km / kmPerPixel;
  return html`<g class="scale"><line x1="10" x2="${(10 + length).toFixed(1)}" y1="${height - 22}" y2="${height - 22}" stroke="#222" stroke-width="2"/><text x="10" y="${height - 27}" class="credit">${km} km</text></g>`;
}

function pairLabel(pair: ComparisonPair): string {
  const side = (label: string, date: string | null, type: string | null, place: string | null, id: string) =>
    `${label} ${id}: ${date ?? "no date"}, ${type ?? "no type"}, ${place ?? "no place"}`;
  return [
    pair.acled
      ? side(
          "ACLED",
          pair.acled.event_date,
          pair.acled.sub_event_type ?? pair.acled.event_type,
          pair.acled.location,
          pair.acled.event_id_cnty,
        )
      : null,
    pair.vigil
      ? side(
          "Vigil",
          pair.vigil.event_date,
          pair.vigil.sub_event_type ?? pair.vigil.event_type,
          pair.vigil.location,
          pair.vigil.id,
        )
      : null,
  ]
    .filter(Boolean)
    .join("\n");
}
