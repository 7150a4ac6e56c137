import type { EventSummary } from "../../src/model/index.js";

/**
 * Everything a link must carry to show the same view: the filters (named as the API's query parameters, so the
 * form's field names, the page's URL and the export URLs agree), the map position and the open record.
 */
export interface ViewState {
  filters: Record<FilterName, string>;
  /** The map's position as `zoom/latitude/longitude`, as OpenStreetMap writes it. */
  at: string;
  /** The id of the open record. */
  event: string;
}

/** Filters the API applies (`GET /events`, `/events.csv`, `/events.geojson`). */
export const SERVER_FILTERS = ["country", "type", "sub_type", "actor", "min_fatalities"] as const;
/** Filters the page applies to the events it loaded: the brush, so the timeline keeps its context, and two the API lacks. */
export const PAGE_FILTERS = ["since", "until", "min_sources", "precision"] as const;
export const FILTERS = [...SERVER_FILTERS, ...PAGE_FILTERS] as const;
export type FilterName = (typeof FILTERS)[number];

export const emptyFilters = (): Record<FilterName, string> =>
  Object.fromEntries(FILTERS.map((name) => [name, ""])) as Record<FilterName, string>;

/**
 * @example readState("?type=Battles&at=4/13.5/-1.5") → filters.type "Battles", at "4/13.5/-1.5", the rest ""
 */
export function readState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const name of FILTERS) filters[name] = params.get(name)?.trim() ?? "";
  return { filters, at: params.get("at") ?? "", event: params.get("event") ?? "" };
}

/** The query string of a view, with only the parts that are set, in a stable order. */
export function writeState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const name of FILTERS) if (state.filters[name]) params.set(name, state.filters[name]);
  if (state.at) params.set("at", state.at);
  if (state.event) params.set("event", state.event);
  // Slashes stay readable in `at` and dates; a query may hold them as they are (RFC 3986, 3.4).
  const query = params.toString().replaceAll("%2F", "/");
  return query ? `?${query}` : "";
}

/** The API query for the events the page loads: the server's filters only, the page applies the rest. */
export function loadQuery(filters: Record<FilterName, string>, limit: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of SERVER_FILTERS) if (filters[name]) params.set(name, filters[name]);
  params.set("limit", String(limit));
  return params;
}

/** The API query of an export of the selection: the server's filters and the dates of the brush. */
export function exportQuery(filters: Record<FilterName, string>): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of [...SERVER_FILTERS, "since", "until"] as const) if (filters[name]) params.set(name, filters[name]);
  return params;
}

/** True when the selection uses a filter the API does not have, so an export must be narrowed by the page. */
export const needsPageFilter = (filters: Record<FilterName, string>): boolean =>
  !!(filters.min_sources || filters.precision);

/** The page's own filters as a predicate; `dates: false` leaves out the brush (the timeline shows all dates). */
export function pageFilter(filters: Record<FilterName, string>, dates = true): (event: EventSummary) => boolean {
  const minSources = Number(filters.min_sources || 0);
  const precision = Number(filters.precision || 0);
  return (event) => {
    if (dates && (filters.since || filters.until)) {
      if (!event.event_date) return false;
      if (filters.since && event.event_date < filters.since) return false;
      if (filters.until && event.event_date > filters.until) return false;
    }
    if (event.sources.length < minSources) return false;
    if (precision && (event.geo_precision === null || event.geo_precision > precision)) return false;
    return true;
  };
}
