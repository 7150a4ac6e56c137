import type { EventSummary } from "../../src/model/index.js";
import { renderDetail } from "./detail.js";
import { setUpDownloads } from "./downloads.js";
import { fieldOf, fillChoices, fillForm, fillSubTypes, fillTypes, readForm } from "./form.js";
import { renderList } from "./list.js";
import type { EventMap } from "./map.js";
import {
  emptyFilters,
  FILTERS,
  type FilterName,
  loadQuery,
  pageFilter,
  readState,
  SERVER_FILTERS,
  writeState,
} from "./state.js";
import { drawTimeline, type Range } from "./timeline.js";
import "./style.css";

/** The most events one page shows; the API's largest page. */
const LIMIT = 1000;
const TYPING_PAUSE_MS = 250;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>("filters");
const field = (name: FilterName) => fieldOf(form, name);
const state = readState(location.search);
const updateDownloads = setUpDownloads($("download-csv"), $("download-geojson"));
let loaded: EventSummary[] = [];
let total = 0;
let loadError = "";
let eventMap: EventMap | null = null;
let opener: HTMLElement | null = null;

function syncUrl(): void {
  history.replaceState(null, "", `${location.pathname}${writeState(state)}`);
}

interface Loaded {
  events: EventSummary[];
  total: number;
  error: string;
}

async function fetchEvents(filters: Record<FilterName, string>): Promise<Loaded> {
  const response = await fetch(`/events?${loadQuery(filters, LIMIT)}`);
  const body = (await response.json()) as { events?: EventSummary[]; total?: number; error?: string };
  const events = body.events ?? [];
  return { events, total: body.total ?? events.length, error: body.error ?? "" };
}

function keep(answer: Loaded): void {
  loaded = answer.events;
  total = answer.total;
  loadError = answer.error;
}

const rangeOf = (filters: Record<FilterName, string>): Range | null =>
  filters.since || filters.until ? { from: filters.since || "0000-01-01", to: filters.until || "9999-12-31" } : null;

function render(fitMap: boolean): void {
  const context = loaded.filter(pageFilter(state.filters, false));
  const shown = context.filter(pageFilter(state.filters));
  eventMap?.show(shown, fitMap);
  const more = total > loaded.length ? `; the newest ${loaded.length} of ${total} loaded` : "";
  $("count").textContent = loadError ? `(${loadError})` : `(${shown.length} of ${loaded.length}${more})`;
  renderList($("events"), shown, openEvent);
  $("no-events").hidden = shown.length > 0 || !!loadError;
  markOpen();
  drawTimelineOf(context);
  updateDownloads(state.filters, shown);
  const set = FILTERS.filter((name) => state.filters[name]).length;
  $("filter-count").textContent = set ? `(${set} set)` : "";
  syncUrl();
}

function drawTimelineOf(context: EventSummary[]): void {
  const range = rangeOf(state.filters);
  $("range-label").textContent = range ? `${state.filters.since || "…"} to ${state.filters.until || "…"}` : "";
  const drawn = drawTimeline($("timeline") as unknown as SVGSVGElement, $("timeline-tip"), context, range, setRange);
  $("bin-size").textContent = drawn?.size ?? "day";
  $("timeline-bins").replaceChildren(
    ...(drawn?.bins ?? []).map((text) => Object.assign(document.createElement("li"), { textContent: text })),
  );
}

function setRange(range: Range | null): void {
  field("since").value = range?.from ?? "";
  field("until").value = range?.to ?? "";
  state.filters.since = range?.from ?? "";
  state.filters.until = range?.to ?? "";
  render(false);
}

/** Opens a record; a new one is a step in the browser's history, so Back closes it. */
async function openEvent(id: string, step = true): Promise<void> {
  const panel = $("detail");
  if (panel.hidden) opener = document.activeElement as HTMLElement | null;
  const isNew = state.event !== id;
  state.event = id;
  if (step && isNew) history.pushState(null, "", `${location.pathname}${writeState(state)}`);
  else syncUrl();
  markOpen();
  panel.hidden = false;
  panel.textContent = "Loading…";
  await renderDetail(panel, id, closeEvent);
}

/** The open record's line in the list says so (aria-current), for eyes and for screen readers. */
function markOpen(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>("#events button"))
    button.toggleAttribute("aria-current", button.dataset.id === state.event);
}

/** Closes the record and gives the focus back to what opened it (its line in the list when it is there). */
function closeEvent(): void {
  const id = state.event;
  $("detail").hidden = true;
  state.event = "";
  syncUrl();
  markOpen();
  const line = document.querySelector<HTMLButtonElement>(`#events button[data-id="${CSS.escape(id)}"]`);
  const target = line ?? (opener?.isConnected ? opener : $("events"));
  target.focus();
}

let loading = 0;
async function onFiltersChanged(): Promise<void> {
  fillSubTypes(form, field("sub_type").value);
  const next = readForm(form);
  const reload = SERVER_FILTERS.some((name) => next[name] !== state.filters[name]);
  state.filters = next;
  if (!reload) return render(false);
  const mine = ++loading;
  const answer = await fetchEvents(next);
  // A slower answer to an earlier filter must not overwrite a newer one.
  if (mine !== loading) return;
  keep(answer);
  render(true);
}

let typing: ReturnType<typeof setTimeout> | undefined;
form.addEventListener("input", (e) => {
  const name = (e.target as HTMLInputElement).name;
  if (name !== "actor" && name !== "min_fatalities") return;
  clearTimeout(typing);
  typing = setTimeout(() => void onFiltersChanged(), TYPING_PAUSE_MS);
});
form.addEventListener("change", () => void onFiltersChanged());
form.addEventListener("submit", (e) => {
  e.preventDefault();
  void onFiltersChanged();
});
form.addEventListener("reset", () => setTimeout(() => void onFiltersChanged()));
// The timeline is drawn to its width in pixels: a new width, a new drawing (the list keeps its focus).
new ResizeObserver(() => drawTimelineOf(loaded.filter(pageFilter(state.filters, false)))).observe($("timeline"));
// Back and Forward open and close records; the filters stay as they are now.
window.addEventListener("popstate", () => {
  const { event } = readState(location.search);
  if (event) void openEvent(event, false);
  else if (!$("detail").hidden) closeEvent();
  else syncUrl();
});
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape" && !$("detail").hidden) closeEvent();
});

function hasWebGL(): boolean {
  try {
    const canvas = document.createElement("canvas");
    return !!(canvas.getContext("webgl2") ?? canvas.getContext("webgl"));
  } catch {
    return false;
  }
}

/** The map, or a one-line note where it would be: without WebGL everything else works. */
async function startMap(): Promise<EventMap | null> {
  const container = $("map");
  try {
    if (!hasWebGL()) throw new Error("no WebGL");
    const { createMap } = await import("./map.js");
    const map = await createMap(container, {
      at: state.at,
      onOpen: openEvent,
      onMove: (at) => {
        state.at = at;
        syncUrl();
      },
    });
    container.dataset.renderer = "webgl";
    return map;
  } catch {
    container.replaceChildren();
    container.className = "no-map";
    container.dataset.renderer = "none";
    const note = document.createElement("p");
    note.textContent =
      "No map: this browser does not offer WebGL. The timeline, the list and the records work without it.";
    container.append(note);
    return null;
  }
}

fillTypes(form, $("legend"));
fillForm(form, state.filters);
// On a phone the filters start folded, unless the link sets some: the map and the list come first. Wider, they are
// always open (the fold's summary is hidden).
const phone = matchMedia("(max-width: 760px)");
if (phone.matches && !FILTERS.some((name) => state.filters[name])) $<HTMLDetailsElement>("filter-box").open = false;
phone.addEventListener("change", () => {
  if (!phone.matches) $<HTMLDetailsElement>("filter-box").open = true;
});
const mapReady = startMap();
const everything = await fetchEvents(emptyFilters());
fillChoices(form, $("actor-names"), everything.events);
keep(SERVER_FILTERS.some((name) => state.filters[name]) ? await fetchEvents(state.filters) : everything);
render(false);
eventMap = await mapReady;
render(false);
if (state.event) await openEvent(state.event, false);
document.body.dataset.ready = "true";
