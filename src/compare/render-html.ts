import { html, raw } from "hono/html";
import type { Figures, GroupFigures } from "./figures.js";
import { mapLegend, svgMap } from "./html-map.js";
import { type Html, STATUS_COLOUR } from "./html-parts.js";
import { timeline } from "./html-timeline.js";
import type { Outline } from "./outlines.js";
import type { ComparisonPair, ComparisonReport } from "./report.js";

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
${mapLegend()}
${svgMap(report, outlines)}
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
