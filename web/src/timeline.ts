import type { EventSummary } from "../../src/model/index.js";
import { type BinSize, binEnd, binName, binSizeFor, binStart, binsBetween, dayNumber, dayOf, ticks } from "./bins.js";
import { colourOf, TYPE_COLOURS } from "./colours.js";

export interface Range {
  from: string;
  to: string;
}

const SVG = "http://www.w3.org/2000/svg";
const HEIGHT = 120;
const LEFT = 30;
const RIGHT = 8;
const TOP = 8;
const AXIS = 22;
const MIN_LABEL_GAP_PX = 70;
/** About the width of one character of an 11 px axis label. */
const LABEL_CHAR_PX = 6.5;

/** The timeline's geometry: its bins and the pixel position of any day. */
interface Frame {
  size: BinSize;
  starts: number[];
  first: number;
  end: number;
  width: number;
  x: (day: number) => number;
  dayAt: (px: number) => number;
}

type Stacks = Map<number, Map<string, number>>;

function frameOf(days: number[], width: number): Frame {
  const size = binSizeFor(Math.max(...days) - Math.min(...days) + 1);
  const starts = binsBetween(Math.min(...days), Math.max(...days), size);
  const first = starts[0] as number;
  const end = binEnd(starts[starts.length - 1] as number, size);
  const plot = width - LEFT - RIGHT;
  const x = (day: number) => LEFT + ((day - first) / (end - first)) * plot;
  const dayAt = (px: number) =>
    Math.min(end - 1, Math.max(first, first + Math.floor(((px - LEFT) / plot) * (end - first))));
  return { size, starts, first, end, width, x, dayAt };
}

function stacksOf(events: EventSummary[], size: BinSize): Stacks {
  const stacks: Stacks = new Map();
  for (const event of events) {
    const bin = binStart(dayNumber(event.event_date as string), size);
    const stack = stacks.get(bin) ?? new Map<string, number>();
    const type = event.event_type ?? "Unknown type";
    stack.set(type, (stack.get(type) ?? 0) + 1);
    stacks.set(bin, stack);
  }
  return stacks;
}

const total = (stack: Map<string, number> | undefined) => [...(stack?.values() ?? [])].reduce((a, b) => a + b, 0);

function element(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Bars stacked in the legend's order of types, so a colour sits at the same height in every bar. */
function drawBars(svg: SVGSVGElement, frame: Frame, stacks: Stacks, unit: number): void {
  const order = [...Object.keys(TYPE_COLOURS), "Unknown type"];
  for (const [start, stack] of stacks) {
    const left = frame.x(start) + 0.5;
    const width = Math.max(1, frame.x(binEnd(start, frame.size)) - frame.x(start) - 1);
    let y = HEIGHT - AXIS;
    for (const type of order) {
      const count = stack.get(type) ?? 0;
      if (!count) continue;
      svg.append(element("rect", { x: left, y: y - count * unit, width, height: count * unit, fill: colourOf(type) }));
      y -= count * unit;
    }
  }
}

function drawAxes(svg: SVGSVGElement, frame: Frame, tallest: number): void {
  const base = HEIGHT - AXIS;
  svg.append(element("line", { x1: LEFT, x2: frame.width - RIGHT, y1: base, y2: base, class: "axis-line" }));
  svg.append(element("line", { x1: LEFT, x2: frame.width - RIGHT, y1: TOP, y2: TOP, class: "grid" }));
  svg.append(element("text", { x: LEFT - 4, y: TOP + 4, class: "axis y" }, String(tallest)));
  svg.append(element("text", { x: LEFT - 4, y: base, class: "axis y" }, "0"));
  const pxPerDay = (frame.x(frame.end) - frame.x(frame.first)) / (frame.end - frame.first);
  for (const tick of ticks(frame.first, frame.end - 1, MIN_LABEL_GAP_PX / pxPerDay)) {
    const x = frame.x(tick.day);
    svg.append(element("line", { x1: x, x2: x, y1: base, y2: base + 4, class: "axis-line" }));
    // A label that would run past the right edge is left out rather than pushed onto its neighbour.
    if (x + 2 + tick.label.length * LABEL_CHAR_PX <= frame.width)
      svg.append(element("text", { x: x + 2, y: HEIGHT - 6, class: "axis" }, tick.label));
  }
}

function tipText(frame: Frame, stacks: Stacks, day: number): string {
  const start = binStart(day, frame.size);
  const stack = stacks.get(start);
  const count = total(stack);
  const parts = [...(stack ?? [])].map(([type, n]) => `${n} ${type}`);
  return `${binName(start, frame.size)}: ${count} event${count === 1 ? "" : "s"}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

/**
 * Events per day, week or month (by the range shown), stacked by type, with a dated axis and the count of a bar on
 * hover. Dragging across it selects whole bins as a date range (a plain pointer brush: a charting library would be
 * most of the page's weight for one chart); a double click clears it. Returns the bin size and, for screen readers,
 * each bin that has events in words (what hovering shows); null with no dates.
 */
export function drawTimeline(
  svg: SVGSVGElement,
  tip: HTMLElement,
  events: EventSummary[],
  range: Range | null,
  onRange: (range: Range | null) => void,
): { size: BinSize; bins: string[] } | null {
  const dated = events.filter((e) => e.event_date);
  const width = svg.clientWidth || 600;
  svg.setAttribute("viewBox", `0 0 ${width} ${HEIGHT}`);
  svg.replaceChildren();
  if (dated.length === 0) {
    svg.setAttribute("aria-label", "No dated events to show on the timeline");
    return null;
  }
  const frame = frameOf(
    dated.map((e) => dayNumber(e.event_date as string)),
    width,
  );
  const stacks = stacksOf(dated, frame.size);
  const tallest = Math.max(...[...stacks.values()].map(total));
  drawBars(svg, frame, stacks, (HEIGHT - AXIS - TOP) / tallest);
  drawAxes(svg, frame, tallest);
  svg.setAttribute(
    "aria-label",
    `${dated.length} dated events per ${frame.size} from ${dayOf(frame.first)} to ${dayOf(frame.end - 1)}, ` +
      `at most ${tallest} in one ${frame.size}, stacked by type. Drag to select dates, or use the From and To fields.`,
  );
  const brush = element("rect", { class: "brush", y: TOP, height: HEIGHT - AXIS - TOP, x: 0, width: 0 });
  svg.append(brush);
  const show = (a: number, b: number) => {
    brush.setAttribute("x", String(Math.min(a, b)));
    brush.setAttribute("width", String(Math.abs(b - a)));
  };
  if (range)
    show(frame.x(Math.max(frame.first, dayNumber(range.from))), frame.x(Math.min(frame.end, dayNumber(range.to) + 1)));
  listen(svg, tip, frame, stacks, show, onRange);
  const bins = [...stacks.keys()].sort((a, b) => a - b).map((start) => tipText(frame, stacks, start));
  return { size: frame.size, bins };
}

function listen(
  svg: SVGSVGElement,
  tip: HTMLElement,
  frame: Frame,
  stacks: Stacks,
  show: (a: number, b: number) => void,
  onRange: (range: Range | null) => void,
): void {
  const toX = (event: PointerEvent) => {
    const box = svg.getBoundingClientRect();
    return ((event.clientX - box.left) / box.width) * frame.width;
  };
  let start: number | null = null;
  svg.onpointerdown = (event) => {
    start = toX(event);
    svg.setPointerCapture(event.pointerId);
    show(start, start);
  };
  svg.onpointermove = (event) => {
    const x = toX(event);
    if (start !== null) show(start, x);
    tip.hidden = false;
    tip.textContent = tipText(frame, stacks, frame.dayAt(x));
    tip.style.left = `${Math.min(Math.max(0, event.clientX - svg.getBoundingClientRect().left - 60), Math.max(0, svg.clientWidth - tip.offsetWidth))}px`;
  };
  svg.onpointerleave = () => {
    tip.hidden = true;
  };
  svg.onpointerup = (event) => {
    if (start === null) return;
    const end = toX(event);
    const [a, b] = [Math.min(start, end), Math.max(start, end)];
    start = null;
    if (b - a < 3) return;
    const from = binStart(frame.dayAt(a), frame.size);
    const to = binEnd(binStart(frame.dayAt(b), frame.size), frame.size) - 1;
    onRange({ from: dayOf(from), to: dayOf(to) });
  };
  svg.ondblclick = () => onRange(null);
}
