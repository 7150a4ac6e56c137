import { html, raw } from "hono/html";
import { addDays, daysBetween } from "../base/calendar.js";
import { iso2Of } from "../sources/countries.js";
import type { Figures, GroupFigures } from "./figures.js";
import type { Box, Outline } from "./outlines.js";
import { KM_PER_DEGREE_OF_LATITUDE } from "./pair.js";
import type { ComparisonPair, ComparisonReport } from "./report.js";

// hono's html template escapes every interpolated string (& < > " '), so text from the CSV, which may be hostile,
// reaches the page only as text; the page also carries no script at all and a CSP that allows none.
type Html = ReturnType<typeof html>;

/** Okabe–Ito colours (readable with any common colour blindness), and a shape per status as well. */
const STATUS_COLOUR = { matched: "#009E73", missed: "#D55E00", extra: "#0072B2" } as const;
const STATUS_LABEL = {
  matched: "matched (ACLED's point, a line to Vigil's)",
  missed: "missed (ACLED row only)",
  extra: "extra (Vigil event only)",
} as const;
type Status = keyof typeof STATUS_COLOUR;

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

/**
 * The report as one self-contained HTML file: figures, a map of matched, missed and extra events over the admin
 * outlines given (an inline SVG: no tiles, no script, so it opens offline and anywhere), a timeline, and every pair.
 */
export function renderHtml(report: ComparisonReport, outlines: Outline[], title = "Vigil compared with ACLED"): string {
  const { overall, scope } = report;
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title}</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<h1>${title}</h1>
<p class="scope">${scope.countries.join(", ") || "no country"} · ${scope.since ?? "…"} to ${scope.until ?? "…"} ·
${overall.acled_rows} ACLED rows, ${overall.vigil_events} Vigil events</p>
<div class="cards">
${card("recall", percent(overall.recall), `${overall.matched} of ${overall.acled_rows} ACLED rows matched`)}
${card("missed", String(overall.missed), "ACLED rows without a Vigil event")}
${card("extra", String(overall.extra), `Vigil events without an ACLED row; ${percent(overall.precision)} of Vigil's events matched`)}
${card("type agrees", percent(overall.agreement.event_type), `sub-type ${percent(overall.agreement.sub_event_type)}`)}
${card("same day", percent(overall.agreement.date_exact), `mean ${overall.agreement.date_mean_days_apart?.toFixed(1) ?? "–"} days apart`)}
${card("within 25 km", percent(overall.agreement.location_within_25km), `median ${overall.agreement.location_median_km ?? "–"} km`)}
${card("actor1 agrees", percent(overall.agreement.actor1), `actor2 ${percent(overall.agreement.actor2)}`)}
${card("fatalities agree", percent(overall.agreement.fatalities_exact), `ACLED ${overall.agreement.fatalities_acled}, Vigil ${overall.agreement.fatalities_vigil}`)}
</div>
<h2>Map</h2>
${legend()}
${map(report, outlines)}
<h2>Timeline</h2>
${timeline(report)}
<h2>By country</h2>
${groupTable(report.by_country)}
<h2>By event type</h2>
<p class="note">ACLED's type for matched and missed rows, Vigil's for extra events.</p>
${groupTable(report.by_event_type)}
<h2>Events</h2>
${pairTable(report.pairs)}
<p class="note">Matching: ${report.method.matching}. <code>vigil compare --explain ROW_ID</code> shows why a row
matched, with every candidate's scores.</p>
</body>
</html>
`;
  return page.toString();
}

const percent = (value: number | null) => (value === null ? "–" : `${Math.round(value * 100)}%`);

function card(label: string, value: string, detail: string): Html {
  return html`<div class="card"><div class="value">${value}</div><div class="label">${label}</div><div class="detail">${detail}</div></div>`;
}

function legend(): Html {
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

function map(report: ComparisonReport, outlines: Outline[]): Html {
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

const TIMELINE = { width: 900, lane: 34, labels: 70, axis: 22 };

/** Bars of matched, missed and extra events by day, week or month (by the span), one lane each. */
function timeline(report: ComparisonReport): Html {
  const dated = report.pairs.flatMap((pair) => {
    const day = pair.acled?.event_date ?? pair.vigil?.event_date;
    return day ? [{ status: pair.status, day }] : [];
  });
  if (!dated.length) return html`<p class="note">No dated events.</p>`;
  const days = dated.map((d) => d.day).sort();
  const first = report.scope.since ?? (days[0] as string);
  const last = report.scope.until ?? (days[days.length - 1] as string);
  const span = daysBetween(last, first) + 1;
  const binDays = span <= 62 ? 1 : span <= 730 ? 7 : 30.44;
  const bins = Math.max(1, Math.ceil(span / binDays));
  const binOf = (day: string) => Math.min(bins - 1, Math.max(0, Math.floor(daysBetween(day, first) / binDays)));
  const lanes: Status[] = ["matched", "missed", "extra"];
  const counts = Object.fromEntries(lanes.map((s) => [s, new Array<number>(bins).fill(0)])) as Record<Status, number[]>;
  for (const { status, day } of dated) counts[status][binOf(day)] = (counts[status][binOf(day)] ?? 0) + 1;
  const most = Math.max(1, ...lanes.flatMap((s) => counts[s]));
  const barWidth = (TIMELINE.width - TIMELINE.labels) / bins;
  const height = lanes.length * TIMELINE.lane + TIMELINE.axis;
  const bars = lanes.flatMap((status, lane) =>
    counts[status].flatMap((count, bin) => {
      if (!count) return [];
      const h = Math.max(2, ((TIMELINE.lane - 6) * count) / most);
      const x = TIMELINE.labels + bin * barWidth;
      const y = (lane + 1) * TIMELINE.lane - 3 - h;
      const start = addDays(first, Math.floor(bin * binDays));
      return [
        html`<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(1, barWidth - 1).toFixed(1)}" height="${h.toFixed(1)}" fill="${STATUS_COLOUR[status]}"><title>${count} ${status}, ${binDays === 1 ? start : `from ${start}`}</title></rect>`,
      ];
    }),
  );
  const ticks = Math.min(bins, 6);
  const axis = Array.from({ length: ticks }, (_, i) => {
    const bin = Math.round((i * (bins - 1)) / Math.max(1, ticks - 1));
    const x = TIMELINE.labels + bin * barWidth;
    const anchor = i === 0 ? "start" : i === ticks - 1 ? "end" : "middle";
    return html`<text x="${(i === ticks - 1 ? x + barWidth : x).toFixed(1)}" y="${height - 6}" class="tick" text-anchor="${anchor}">${addDays(first, Math.floor(bin * binDays))}</text>`;
  });
  return html`<svg class="timeline" viewBox="0 0 ${TIMELINE.width} ${height}" role="img" aria-label="Timeline of matched, missed and extra events">
${lanes.map((status, lane) => html`<text x="0" y="${(lane + 1) * TIMELINE.lane - 10}" class="lane">${status}</text><line x1="${TIMELINE.labels}" x2="${TIMELINE.width}" y1="${(lane + 1) * TIMELINE.lane - 3}" y2="${(lane + 1) * TIMELINE.lane - 3}" stroke="#ccc"/>`)}
${bars}${axis}
</svg>
<p class="note">One bar per ${binDays === 1 ? "day" : binDays === 7 ? "week" : "month"}; matched and missed by ACLED's date, extra by Vigil's; tallest bar ${most}.</p>`;
}

function groupTable(groups: GroupFigures[]): Html {
  return html`<table>
<thead><tr><th></th><th>ACLED</th><th>Vigil</th><th>matched</th><th>missed</th><th>extra</th><th>recall</th><th>type</th><th>sub-type</th><th>same day</th><th>≤ 25 km</th><th>actor1</th><th>fatalities</th></tr></thead>
<tbody>${groups.map((g) => html`<tr><th>${g.group}</th>${figureCells(g)}</tr>`)}</tbody>
</table>`;
}

function figureCells(f: Figures): Html {
  const a = f.agreement;
  return html`<td>${f.acled_rows}</td><td>${f.vigil_events}</td><td>${f.matched}</td><td>${f.missed}</td><td>${f.extra}</td><td>${percent(f.recall)}</td><td>${percent(a.event_type)}</td><td>${percent(a.sub_event_type)}</td><td>${percent(a.date_exact)}</td><td>${percent(a.location_within_25km)}</td><td>${percent(a.actor1)}</td><td>${percent(a.fatalities_exact)}</td>`;
}

function pairTable(pairs: ComparisonPair[]): Html {
  const side = (date: string | null | undefined, type: string | null | undefined, place: string | null | undefined) =>
    html`<td class="day">${date ?? ""}</td><td>${type ?? ""}</td><td>${place ?? ""}</td>`;
  return html`<table class="pairs">
<thead><tr><th>status</th><th>ACLED id</th><th>date</th><th>sub-event type</th><th>location</th><th>Vigil id</th><th>date</th><th>sub-event type</th><th>location</th><th>km</th><th>score</th></tr></thead>
<tbody>${pairs.map(
    (pair) =>
      html`<tr class="${pair.status}"><td>${pair.status}</td><td>${pair.acled?.event_id_cnty ?? ""}</td>${side(pair.acled?.event_date, pair.acled?.sub_event_type ?? pair.acled?.event_type, pair.acled?.location)}<td>${pair.vigil?.id ?? ""}</td>${side(pair.vigil?.event_date, pair.vigil?.sub_event_type ?? pair.vigil?.event_type, pair.vigil?.location)}<td>${pair.features?.distance_km ?? ""}</td><td>${pair.score ?? ""}</td></tr>`,
  )}</tbody>
</table>`;
}

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; color: #222; margin: 24px auto; max-width: 960px; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; }
.scope, .note { color: #555; } .note { font-size: 12px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 8px; }
.card { border: 1px solid #ddd; border-radius: 6px; padding: 8px 10px; }
.card .value { font-size: 22px; font-weight: 600; } .card .label { font-weight: 600; } .card .detail { color: #555; font-size: 12px; }
.legend span { margin-right: 18px; white-space: nowrap; } .legend svg { vertical-align: -2px; }
svg.map { display: block; max-width: 100%; height: auto; border: 1px solid #ccc; }
svg.timeline { display: block; width: 100%; height: auto; }
.credit, .tick { font-size: 10px; fill: #555; } .place { font-size: 11px; fill: #222; paint-order: stroke; stroke: #fff; stroke-width: 3px; } .lane { font-size: 12px; fill: #222; }
table { border-collapse: collapse; width: 100%; font-size: 12px; }
th, td { border-bottom: 1px solid #e4e4e4; padding: 3px 6px; text-align: left; vertical-align: top; }
thead th { background: #f3f3f3; } td.day { white-space: nowrap; }
tr.matched td:first-child { border-left: 4px solid ${STATUS_COLOUR.matched}; }
tr.missed td:first-child { border-left: 4px solid ${STATUS_COLOUR.missed}; }
tr.extra td:first-child { border-left: 4px solid ${STATUS_COLOUR.extra}; }
`;
