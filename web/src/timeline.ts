import type { EventSummary } from "../../src/model/index.js";

export interface Range {
  from: string;
  to: string;
}

const SVG = "http://www.w3.org/2000/svg";
const HEIGHT = 110;
const AXIS = 18;

const dayNumber = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
const dayOf = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

/**
 * Events per day, stacked by type, as SVG bars; dragging across it selects a date range (a plain pointer brush:
 * a charting library would be most of the page's weight for one chart), a double click clears it.
 */
export function drawTimeline(
  svg: SVGSVGElement,
  events: EventSummary[],
  range: Range | null,
  colours: Record<string, string>,
  onRange: (range: Range | null) => void,
): void {
  const dated = events.filter((e) => e.event_date);
  const width = svg.clientWidth || 600;
  svg.setAttribute("viewBox", `0 0 ${width} ${HEIGHT}`);
  svg.replaceChildren();
  if (dated.length === 0) return;
  const days = dated.map((e) => dayNumber(e.event_date as string));
  const first = Math.min(...days) - 1;
  const last = Math.max(...days) + 1;
  const span = last - first + 1;
  const x = (day: number) => ((day - first) / span) * width;
  const barWidth = Math.max(2, width / span - 1);
  const stacks = new Map<number, Map<string, number>>();
  for (const e of dated) {
    const day = dayNumber(e.event_date as string);
    const stack = stacks.get(day) ?? new Map<string, number>();
    stack.set(e.event_type ?? "", (stack.get(e.event_type ?? "") ?? 0) + 1);
    stacks.set(day, stack);
  }
  const tallest = Math.max(...[...stacks.values()].map((s) => [...s.values()].reduce((a, b) => a + b, 0)));
  const unit = (HEIGHT - AXIS - 4) / tallest;
  for (const [day, stack] of stacks) {
    let y = HEIGHT - AXIS;
    for (const [type, count] of stack) {
      const bar = document.createElementNS(SVG, "rect");
      bar.setAttribute("x", String(x(day)));
      bar.setAttribute("y", String(y - count * unit));
      bar.setAttribute("width", String(barWidth));
      bar.setAttribute("height", String(count * unit));
      bar.setAttribute("fill", colours[type] ?? "#555");
      const title = document.createElementNS(SVG, "title");
      title.textContent = `${dayOf(day)}: ${count} ${type}`;
      bar.append(title);
      svg.append(bar);
      y -= count * unit;
    }
  }
  for (const day of [first + 1, last - 1]) {
    const label = document.createElementNS(SVG, "text");
    label.setAttribute("x", String(Math.min(Math.max(x(day), 2), width - 70)));
    label.setAttribute("y", String(HEIGHT - 4));
    label.setAttribute("class", "axis");
    label.textContent = dayOf(day);
    svg.append(label);
  }
  const brush = document.createElementNS(SVG, "rect");
  brush.setAttribute("class", "brush");
  brush.setAttribute("y", "0");
  brush.setAttribute("height", String(HEIGHT - AXIS));
  const show = (a: number, b: number) => {
    brush.setAttribute("x", String(Math.min(a, b)));
    brush.setAttribute("width", String(Math.abs(b - a)));
  };
  if (range) show(x(dayNumber(range.from)), x(dayNumber(range.to) + 1));
  else brush.setAttribute("width", "0");
  svg.append(brush);
  const toX = (event: PointerEvent) => {
    const box = svg.getBoundingClientRect();
    return ((event.clientX - box.left) / box.width) * width;
  };
  const toDay = (px: number) => first + Math.floor((px / width) * span);
  let start: number | null = null;
  svg.onpointerdown = (event) => {
    start = toX(event);
    svg.setPointerCapture(event.pointerId);
    show(start, start);
  };
  svg.onpointermove = (event) => {
    if (start !== null) show(start, toX(event));
  };
  svg.onpointerup = (event) => {
    if (start === null) return;
    const end = toX(event);
    const [a, b] = [Math.min(start, end), Math.max(start, end)];
    start = null;
    if (b - a < 3) return;
    onRange({ from: dayOf(toDay(a)), to: dayOf(toDay(b)) });
  };
  svg.ondblclick = () => onRange(null);
}
