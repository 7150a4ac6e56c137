import { html } from "hono/html";
import { addDays, daysBetween } from "../base/calendar.js";
import { type Html, STATUS_COLOUR, type Status } from "./html-parts.js";
import type { ComparisonReport } from "./report.js";

const TIMELINE = { width: 900, lane: 34, labels: 70, axis: 22 };

/** Bars of matched, missed and extra events by day, week or month (by the span), one lane each. */
export function timeline(report: ComparisonReport): Html {
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
