import type { EventSummary } from "../../src/model/index.js";
import { colourOf } from "./colours.js";

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
      const place = [event.location, event.country].filter(Boolean).join(", ") || "place unknown";
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
