import { parse } from "csv-parse/browser/esm/sync";
import type { EventSummary } from "../../src/model/index.js";
import { exportQuery, type FilterName, needsPageFilter } from "./state.js";

interface Download {
  link: HTMLAnchorElement;
  path: "/events.csv" | "/events.geojson";
  /** Keeps, of the server's export, the events of the selection. */
  narrow: (body: string, selection: EventSummary[]) => string;
}

/** ACLED's CSV: the header and the rows whose event_id_cnty (the first column) is selected, byte for byte. */
function narrowCsv(body: string, selection: EventSummary[]): string {
  const ids = new Set(selection.map((e) => e.event_id_cnty));
  const rows = parse(body, { raw: true }) as { record: string[]; raw: string }[];
  return rows
    .filter((row, i) => i === 0 || ids.has(row.record[0] as string))
    .map((row) => row.raw)
    .join("");
}

function narrowGeoJson(body: string, selection: EventSummary[]): string {
  const ids = new Set(selection.map((e) => e.id));
  const collection = JSON.parse(body) as { features: { id: string }[] };
  return JSON.stringify({ ...collection, features: collection.features.filter((f) => ids.has(f.id)) });
}

/**
 * The "CSV" and "GeoJSON" links: the API's exports with the selection's filters, so a plain link (copied, opened
 * in a new tab) gives the same events. When the selection uses a filter the API lacks (sources, precision), a click
 * fetches the export and keeps the selected events before saving it.
 */
export function setUpDownloads(csv: HTMLAnchorElement, geojson: HTMLAnchorElement) {
  const downloads: Download[] = [
    { link: csv, path: "/events.csv", narrow: narrowCsv },
    { link: geojson, path: "/events.geojson", narrow: narrowGeoJson },
  ];
  let selection: EventSummary[] = [];
  let narrowed = false;
  for (const { link, narrow } of downloads) {
    link.addEventListener("click", async (event) => {
      if (!narrowed) return;
      event.preventDefault();
      const response = await fetch(link.href);
      const file = new Blob([narrow(await response.text(), selection)], {
        type: response.headers.get("Content-Type") ?? "",
      });
      const save = document.createElement("a");
      save.href = URL.createObjectURL(file);
      save.download = link.download;
      save.click();
      setTimeout(() => URL.revokeObjectURL(save.href), 10_000);
    });
  }
  return (filters: Record<FilterName, string>, shown: EventSummary[]) => {
    selection = shown;
    narrowed = needsPageFilter(filters);
    const query = exportQuery(filters).toString();
    for (const { link, path } of downloads) link.href = query ? `${path}?${query}` : path;
  };
}
