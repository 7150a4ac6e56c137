import type { EventSummary } from "../../src/model/index.js";
import { colourOf } from "./colours.js";

/** The place as precisely as it is known: "around" a town for geo_precision 2, a region's name for 3. */
export function placeName(event: EventSummary): string | null {
  if (!event.location) return null;
  if (event.geo_precision === 2) return `around ${event.location}`;
  if (event.geo_precision === 3) return `${event.location} (region)`;
  return event.location;
}

/** One line per event, each a button that opens its record. */
export function renderList(list: HTMLElement, events: EventSummary[], onOpen: (id: string) => void): void {
  list.replaceChildren(
    ...events.map((event) => {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.id = event.id;
      const swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.style.background = colourOf(event.event_type);
      swatch.title = event.event_type ?? "type unknown";
      const place = [placeName(event), event.country].filter(Boolean).join(", ") || "place unknown";
      const toll = event.fatalities === null ? "toll unknown" : `${event.fatalities} killed`;
      const sources = `${event.sources.length} source${event.sources.length === 1 ? "" : "s"}`;
      const text = document.createElement("span");
      text.textContent = `${event.event_date ?? "undated"} · ${event.sub_event_type ?? event.event_type ?? "event"} · ${place} · ${toll} · ${sources}`;
      button.append(swatch, text);
      button.addEventListener("click", () => onOpen(event.id));
      item.append(button);
      return item;
    }),
  );
}
