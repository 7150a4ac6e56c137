import { TAXONOMY } from "../../src/code/taxonomy.js";
import type { EventSummary } from "../../src/model/index.js";
import { TYPE_COLOURS } from "./colours.js";
import { renderDetail } from "./detail.js";
import { setUpDownloads } from "./downloads.js";
import { renderList } from "./list.js";
import type { EventMap } from "./map.js";
import { FILTERS, type FilterName, loadQuery, pageFilter, readState, SERVER_FILTERS, writeState } from "./state.js";
import { drawTimeline, type Range } from "./timeline.js";
import "./style.css";

/** The most events one page shows; the API's largest page. */
const LIMIT = 1000;
const TYPING_PAUSE_MS = 250;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>("filters");
const field = (name: FilterName) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
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

async function openEvent(id: string): Promise<void> {
  const panel = $("detail");
  if (panel.hidden) opener = document.activeElement as HTMLElement | null;
  state.event = id;
  syncUrl();
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

function fillTypes(): void {
  const types = field("type") as HTMLSelectElement;
  for (const type of Object.keys(TYPE_COLOURS)) types.add(new Option(type, type));
  const legend = $("legend");
  for (const [type, colour] of Object.entries(TYPE_COLOURS).reverse()) {
    const item = document.createElement("li");
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = colour;
    item.append(swatch, type);
    legend.prepend(item);
  }
}

/** The sub-types of the chosen type (all of them with none); a sub-type of another type is cleared. */
function fillSubTypes(chosen: string): void {
  const select = field("sub_type") as HTMLSelectElement;
  const type = field("type").value;
  const names = TAXONOMY.filter((t) => !type || t.event_type === type).map((t) => t.sub_event_type);
  select.replaceChildren(new Option("All", ""), ...names.map((name) => new Option(name, name)));
  select.value = names.includes(chosen) ? chosen : "";
}

/** Countries and actor names of every stored event (up to a page): the choices stay whole while filters narrow. */
function fillChoices(all: EventSummary[]): void {
  const countries = [...new Set(all.map((e) => e.country).filter(Boolean) as string[])].sort();
  const select = field("country") as HTMLSelectElement;
  for (const name of countries) if (name !== select.value) select.add(new Option(name, name));
  const actors = new Set<string>();
  for (const e of all)
    for (const name of [
      e.actor1,
      e.actor2,
      ...(e.assoc_actor_1 ?? "").split(";"),
      ...(e.assoc_actor_2 ?? "").split(";"),
    ])
      if (name?.trim()) actors.add(name.trim());
  $("actor-names").replaceChildren(...[...actors].sort().map((name) => new Option(name, name)));
}

function fillForm(): void {
  const country = field("country") as HTMLSelectElement;
  if (state.filters.country) country.add(new Option(state.filters.country, state.filters.country));
  for (const name of FILTERS) if (name !== "sub_type") field(name).value = state.filters[name];
  fillSubTypes(state.filters.sub_type);
}

let loading = 0;
async function onFiltersChanged(): Promise<void> {
  fillSubTypes(field("sub_type").value);
  const next = Object.fromEntries(FILTERS.map((name) => [name, field(name).value.trim()])) as typeof state.filters;
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

fillTypes();
fillForm();
// On a phone the filters start folded, unless the link sets some: the map and the list come first. Wider, they are
// always open (the fold's summary is hidden).
const phone = matchMedia("(max-width: 760px)");
if (phone.matches && !FILTERS.some((name) => state.filters[name])) $<HTMLDetailsElement>("filter-box").open = false;
phone.addEventListener("change", () => {
  if (!phone.matches) $<HTMLDetailsElement>("filter-box").open = true;
});
const mapReady = startMap();
const everything = await fetch(`/events?limit=${LIMIT}`).then((r) => r.json() as Promise<{ events?: EventSummary[] }>);
fillChoices(everything.events ?? []);
keep(await fetchEvents(state.filters));
render(false);
eventMap = await mapReady;
render(false);
if (state.event) await openEvent(state.event);
document.body.dataset.ready = "true";
