import maplibregl, { type GeoJSONSource } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import countries from "world-atlas/countries-50m.json";
import type { EventSummary } from "../../src/model/index.js";
import { renderDetail } from "./detail.js";
import { drawTimeline, type Range } from "./timeline.js";
import "./style.css";

/** One colour per ACLED event type, legible on the pale basemap. */
export const TYPE_COLOURS: Record<string, string> = {
  Battles: "#c0392b",
  "Explosions/Remote violence": "#d35400",
  "Violence against civilians": "#8e44ad",
  Protests: "#1e8449",
  Riots: "#7e5109",
  "Strategic developments": "#1f618d",
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>("filters");
let events: EventSummary[] = [];
let range: Range | null = null;

const world = countries as unknown as Topology;
const map = new maplibregl.Map({
  container: "map",
  // No tiles, no glyphs, no sprites: the basemap is the country boundaries bundled with the page.
  style: {
    version: 8,
    sources: { countries: { type: "geojson", data: feature(world, world.objects.countries as never) as never } },
    layers: [
      { id: "sea", type: "background", paint: { "background-color": "#dce8f2" } },
      { id: "land", type: "fill", source: "countries", paint: { "fill-color": "#f6f4ee" } },
      { id: "borders", type: "line", source: "countries", paint: { "line-color": "#8d8d8d", "line-width": 0.7 } },
    ],
  },
  center: [0, 14],
  zoom: 2.5,
  attributionControl: false,
});
map.addControl(new maplibregl.NavigationControl({ showCompass: false }));

const ready = new Promise<void>((resolve) => map.on("load", () => resolve()));

async function setUpLayers(): Promise<void> {
  await ready;
  map.addSource("events", { type: "geojson", data: pointsOf([]), cluster: true, clusterRadius: 28, clusterMaxZoom: 9 });
  map.addLayer({
    id: "clusters",
    type: "circle",
    source: "events",
    filter: ["has", "point_count"],
    paint: {
      "circle-color": "#34495e",
      "circle-opacity": 0.75,
      "circle-radius": ["interpolate", ["linear"], ["get", "point_count"], 2, 12, 50, 26],
      "circle-stroke-color": "#fff",
      "circle-stroke-width": 1.5,
    },
  });
  map.addLayer({
    id: "points",
    type: "circle",
    source: "events",
    filter: ["!", ["has", "point_count"]],
    paint: {
      "circle-color": ["match", ["get", "event_type"], ...Object.entries(TYPE_COLOURS).flat(), "#555"] as never,
      "circle-radius": [
        "interpolate",
        ["linear"],
        ["coalesce", ["get", "fatalities"], 0],
        0,
        6,
        10,
        10,
        100,
        18,
        500,
        26,
      ],
      "circle-opacity": 0.85,
      "circle-stroke-color": "#fff",
      "circle-stroke-width": 1.5,
    },
  });
  map.on("click", "points", (e) => {
    const id = e.features?.[0]?.properties.id as string | undefined;
    if (id) openEvent(id);
  });
  map.on("click", "clusters", async (e) => {
    const cluster = e.features?.[0];
    if (!cluster) return;
    const zoom = await (map.getSource("events") as GeoJSONSource).getClusterExpansionZoom(
      cluster.properties.cluster_id as number,
    );
    map.easeTo({ center: e.lngLat, zoom });
  });
  for (const layer of ["points", "clusters"]) {
    map.on("mouseenter", layer, () => {
      map.getCanvas().style.cursor = "pointer";
    });
    map.on("mouseleave", layer, () => {
      map.getCanvas().style.cursor = "";
    });
  }
}

function pointsOf(list: EventSummary[]) {
  return {
    type: "FeatureCollection" as const,
    features: list
      .filter((e) => e.latitude !== null && e.longitude !== null)
      .map((e) => ({
        type: "Feature" as const,
        geometry: { type: "Point" as const, coordinates: [e.longitude as number, e.latitude as number] },
        properties: { id: e.id, event_type: e.event_type, fatalities: e.fatalities },
      })),
  };
}

function inRange(event: EventSummary): boolean {
  if (!range) return true;
  return !!event.event_date && event.event_date >= range.from && event.event_date <= range.to;
}

async function load(): Promise<EventSummary[]> {
  const params = new URLSearchParams({ limit: "1000" });
  for (const name of ["country", "type", "actor"]) {
    const value = (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    if (value) params.set(name, value);
  }
  const response = await fetch(`/events?${params}`);
  const body = (await response.json()) as { events?: EventSummary[]; error?: string };
  events = body.events ?? [];
  $("count").textContent = body.error ? `(${body.error})` : "";
  render(true);
  return events;
}

function render(fit = false): void {
  const visible = events.filter(inRange);
  const points = pointsOf(visible);
  (map.getSource("events") as GeoJSONSource | undefined)?.setData(points);
  // Read by the browser tests and assistive tools: how many events the map shows.
  $("map").dataset.points = String(points.features.length);
  $("count").textContent = `(${visible.length} of ${events.length})`;
  $("range-label").textContent = range ? `${range.from} to ${range.to}` : "";
  const list = $("events");
  list.replaceChildren(
    ...visible.map((event) => {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.id = event.id;
      const swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.style.background = TYPE_COLOURS[event.event_type ?? ""] ?? "#555";
      const place = [event.location, event.country].filter(Boolean).join(", ") || "place unknown";
      const toll = event.fatalities === null ? "toll unknown" : `${event.fatalities} killed`;
      button.append(
        swatch,
        `${event.event_date ?? "undated"} · ${event.sub_event_type ?? event.event_type} · ${place} · ${toll} · ` +
          `${event.sources.length} source${event.sources.length === 1 ? "" : "s"}`,
      );
      button.addEventListener("click", () => openEvent(event.id));
      item.append(button);
      return item;
    }),
  );
  const timeline = document.getElementById("timeline") as unknown as SVGSVGElement;
  drawTimeline(timeline, events, range, TYPE_COLOURS, (next) => {
    range = next;
    ($("since") as HTMLInputElement).value = next?.from ?? "";
    ($("until") as HTMLInputElement).value = next?.to ?? "";
    render();
  });
  if (fit) fitTo(visible);
}

function fitTo(list: EventSummary[]): void {
  const placed = list.filter((e) => e.longitude !== null && e.latitude !== null);
  if (placed.length === 0) return;
  const bounds = new maplibregl.LngLatBounds();
  for (const e of placed) bounds.extend([e.longitude as number, e.latitude as number]);
  map.fitBounds(bounds, { padding: 60, maxZoom: 7, duration: 0 });
}

async function openEvent(id: string): Promise<void> {
  const panel = $("detail");
  panel.hidden = false;
  panel.textContent = "Loading…";
  await renderDetail(panel, id, () => {
    panel.hidden = true;
    (document.querySelector(`button[data-id="${id}"]`) as HTMLButtonElement | null)?.focus();
  });
}

function fillSelects(): void {
  const typeSelect = $<HTMLSelectElement>("type");
  for (const type of Object.keys(TYPE_COLOURS)) typeSelect.add(new Option(type, type));
  const legend = $("legend");
  for (const [type, colour] of Object.entries(TYPE_COLOURS)) {
    const item = document.createElement("li");
    item.innerHTML = `<span class="swatch" style="background:${colour}"></span>`;
    item.append(type);
    legend.append(item);
  }
}

/** The countries of the first, unfiltered load: the choices stay whole while filters narrow the events. */
function fillCountries(all: EventSummary[]): void {
  const names = [...new Set(all.map((e) => e.country).filter(Boolean) as string[])].sort();
  const select = $<HTMLSelectElement>("country");
  for (const name of names) select.add(new Option(name, name));
}

form.addEventListener("change", (e) => {
  const target = e.target as HTMLInputElement;
  if (target.id === "since" || target.id === "until") {
    const from = ($("since") as HTMLInputElement).value;
    const to = ($("until") as HTMLInputElement).value;
    range = from || to ? { from: from || "0000-01-01", to: to || "9999-12-31" } : null;
    render();
  } else void load();
});
form.addEventListener("submit", (e) => {
  e.preventDefault();
  void load();
});
form.addEventListener("reset", () => {
  range = null;
  setTimeout(() => void load());
});
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape" && !$("detail").hidden) $("detail").hidden = true;
});

fillSelects();
await setUpLayers();
fillCountries(await load());
document.body.dataset.ready = "true";
