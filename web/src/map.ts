import maplibregl, { type GeoJSONSource } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import type { EventSummary } from "../../src/model/index.js";
import { borders, land } from "./basemap.js";
import { TYPE_COLOURS, UNKNOWN_COLOUR } from "./colours.js";
import { placeName } from "./list.js";

/** The map as the page uses it: show a selection, report where it is. */
export interface EventMap {
  show(events: EventSummary[], fit: boolean): void;
}

export interface MapOptions {
  /** `zoom/latitude/longitude` to start at; empty fits the first events shown. */
  at: string;
  onOpen: (id: string) => void;
  onMove: (at: string) => void;
}

/**
 * How far from its point an event may be, by ACLED's geo_precision: 1 the town or site itself (a dot), 2 near a
 * town or in a district (a ring of 25 km), 3 a region or country, placed at its seat (a ring of 100 km). Unknown
 * precision is drawn as 3: a ring promises less than a dot.
 */
const UNCERTAINTY_KM: Record<number, number> = { 2: 25, 3: 100 };
const METRES_PER_PIXEL_AT_ZOOM_0 = 40_075_016.7 / 512;
const MIN_RING_PX = 7;
const MAX_ZOOM = 11;

const colourByType = ["match", ["get", "event_type"], ...Object.entries(TYPE_COLOURS).flat(), UNKNOWN_COLOUR];

/** What hovering a mark says: "2024-08-24 · Attack · Barsalogo · 200 killed". */
const labelOf = (e: EventSummary) =>
  [
    e.event_date ?? "undated",
    e.sub_event_type ?? e.event_type ?? "event",
    placeName(e) ?? e.country ?? "place unknown",
    e.fatalities === null ? "toll unknown" : `${e.fatalities} killed`,
  ].join(" · ");

function featuresOf(events: EventSummary[]) {
  return {
    type: "FeatureCollection" as const,
    features: events
      .filter((e) => e.latitude !== null && e.longitude !== null)
      .map((e) => {
        const km = e.geo_precision === 1 ? 0 : (UNCERTAINTY_KM[e.geo_precision ?? 3] ?? 100);
        // A ring's radius in pixels at zoom 0, widened by Mercator's stretch at the event's latitude.
        const ringPx0 = (km * 1000) / METRES_PER_PIXEL_AT_ZOOM_0 / Math.cos(((e.latitude as number) * Math.PI) / 180);
        return {
          type: "Feature" as const,
          geometry: { type: "Point" as const, coordinates: [e.longitude as number, e.latitude as number] },
          properties: {
            id: e.id,
            event_type: e.event_type,
            fatalities: e.fatalities,
            exact: km === 0,
            ringPx0,
            label: labelOf(e),
          },
        };
      }),
  };
}

/** A ring's radius: its ground size at every zoom (doubling per zoom level), never smaller than a dot. */
function ringRadius(): unknown[] {
  const stops: unknown[] = [];
  for (let zoom = 0; zoom <= MAX_ZOOM; zoom++)
    stops.push(zoom, ["max", MIN_RING_PX, ["*", ["get", "ringPx0"], 2 ** zoom]]);
  return ["interpolate", ["exponential", 2], ["zoom"], ...stops];
}

function basemapStyle(): maplibregl.StyleSpecification {
  // No tiles, no glyphs, no sprites: the basemap is the country boundaries bundled with the page.
  return {
    version: 8,
    sources: {
      land: { type: "geojson", data: land() },
      borders: { type: "geojson", data: { type: "Feature", properties: {}, geometry: borders() } },
    },
    layers: [
      { id: "sea", type: "background", paint: { "background-color": "#dce8f2" } },
      { id: "land", type: "fill", source: "land", paint: { "fill-color": "#f6f4ee", "fill-antialias": true } },
      { id: "borders", type: "line", source: "borders", paint: { "line-color": "#9a9a9a", "line-width": 0.7 } },
    ],
  };
}

function addEventLayers(map: maplibregl.Map): void {
  map.addSource("events", {
    type: "geojson",
    data: featuresOf([]),
    cluster: true,
    clusterRadius: 30,
    clusterMaxZoom: 8,
  });
  // Clusters are drawn as HTML buttons (counts need no font server); this layer only makes the source render.
  map.addLayer({
    id: "clusters",
    type: "circle",
    source: "events",
    filter: ["has", "point_count"],
    paint: { "circle-radius": 1, "circle-opacity": 0 },
  });
  map.addLayer({
    id: "areas",
    type: "circle",
    source: "events",
    filter: ["all", ["!", ["has", "point_count"]], ["!", ["get", "exact"]]],
    paint: {
      "circle-color": colourByType as never,
      "circle-opacity": 0.15,
      "circle-radius": ringRadius() as never,
      "circle-stroke-color": colourByType as never,
      "circle-stroke-width": 2.5,
    },
  });
  map.addLayer({
    id: "points",
    type: "circle",
    source: "events",
    filter: ["all", ["!", ["has", "point_count"]], ["get", "exact"]],
    paint: {
      "circle-color": colourByType as never,
      "circle-radius": [
        "interpolate",
        ["linear"],
        ["coalesce", ["get", "fatalities"], 0],
        0,
        6,
        10,
        9,
        100,
        15,
        500,
        22,
      ],
      "circle-stroke-color": "#1b1f23",
      "circle-stroke-width": 1,
    },
  });
}

/** Cluster buttons kept in step with the clusters MapLibre computes for the current view. */
function clusterMarkers(map: maplibregl.Map): () => void {
  let shown = new Map<number, maplibregl.Marker>();
  return () => {
    const next = new Map<number, maplibregl.Marker>();
    for (const cluster of map.querySourceFeatures("events", { filter: ["has", "point_count"] })) {
      const id = cluster.properties.cluster_id as number;
      if (next.has(id)) continue;
      next.set(id, shown.get(id) ?? newClusterMarker(map, cluster).addTo(map));
    }
    for (const [id, marker] of shown) if (!next.has(id)) marker.remove();
    shown = next;
  };
}

function newClusterMarker(
  map: maplibregl.Map,
  cluster: { properties: Record<string, unknown>; geometry: GeoJSON.Geometry },
): maplibregl.Marker {
  const count = cluster.properties.point_count as number;
  const button = document.createElement("button");
  button.type = "button";
  button.className = `cluster ${count >= 10 ? "large" : ""}`;
  button.textContent = String(count);
  button.setAttribute("aria-label", `${count} events close together: zoom in`);
  const [lon, lat] = (cluster.geometry as GeoJSON.Point).coordinates as [number, number];
  button.addEventListener("click", async (event) => {
    event.stopPropagation();
    const source = map.getSource("events") as GeoJSONSource;
    const zoom = await source.getClusterExpansionZoom(cluster.properties.cluster_id as number);
    map.easeTo({ center: [lon, lat], zoom });
  });
  return new maplibregl.Marker({ element: button }).setLngLat([lon, lat]);
}

const positionOf = (map: maplibregl.Map) => {
  const { lat, lng } = map.getCenter();
  return `${map.getZoom().toFixed(2)}/${lat.toFixed(4)}/${lng.toFixed(4)}`;
};

function startView(at: string): { center: [number, number]; zoom: number } | null {
  const [zoom, lat, lon] = at.split("/").map(Number);
  if ([zoom, lat, lon].some((n) => n === undefined || !Number.isFinite(n))) return null;
  return { center: [lon as number, lat as number], zoom: zoom as number };
}

/** Makes the map in `container`; rejects when the browser cannot draw it (no WebGL, a lost context). */
export async function createMap(container: HTMLElement, options: MapOptions): Promise<EventMap> {
  const start = startView(options.at);
  const map = new maplibregl.Map({
    container,
    style: basemapStyle(),
    center: start?.center ?? [10, 14],
    zoom: start?.zoom ?? 1.5,
    maxZoom: MAX_ZOOM,
    attributionControl: false,
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }));
  map.addControl(new maplibregl.ScaleControl({ unit: "metric", maxWidth: 120 }), "bottom-left");
  await new Promise<void>((resolve, reject) => {
    map.once("load", () => resolve());
    map.once("error", (e) => reject(e.error));
  });
  addEventLayers(map);
  const hover = new maplibregl.Popup({ closeButton: false, closeOnClick: false, offset: 10, maxWidth: "18rem" });
  for (const layer of ["points", "areas"]) {
    map.on("click", layer, (e) => {
      const id = e.features?.[0]?.properties.id as string | undefined;
      if (id) options.onOpen(id);
    });
    map.on("mousemove", layer, (e) => {
      map.getCanvas().style.cursor = "pointer";
      const label = e.features?.[0]?.properties.label as string | undefined;
      if (label) hover.setLngLat(e.lngLat).setText(label).addTo(map);
    });
    map.on("mouseleave", layer, () => {
      map.getCanvas().style.cursor = "";
      hover.remove();
    });
  }
  map.on("render", clusterMarkers(map));
  map.on("moveend", () => options.onMove(positionOf(map)));
  let fitted = !!start;
  return {
    show(events, fit) {
      const features = featuresOf(events);
      (map.getSource("events") as GeoJSONSource).setData(features);
      // Read by the browser tests and assistive tools: how many events the map shows.
      container.dataset.points = String(features.features.length);
      if ((fit || !fitted) && features.features.length) {
        const bounds = new maplibregl.LngLatBounds();
        for (const f of features.features) bounds.extend(f.geometry.coordinates as [number, number]);
        map.fitBounds(bounds, { padding: 60, maxZoom: 6, duration: 0 });
        fitted = true;
      }
    },
  };
}
