import type { EventQuery, Store } from "../store/index.js";
import type { ComparedEvent } from "./pair.js";
import { type ComparisonScope, withEdges } from "./report.js";

/** Events read from the store per query. */
const PAGE = 1000;

/**
 * The stored events a comparison reads: those `vigil events --country C --since S --until U` lists for each country
 * of the scope, with the scope's edges (see EDGE_DAYS), a page at a time through the store's query API.
 */
export async function eventsToCompare(store: Store, scope: ComparisonScope): Promise<ComparedEvent[]> {
  const { countries, since, until } = withEdges(scope);
  const events: ComparedEvent[] = [];
  for (const iso3 of countries) {
    const query: Omit<EventQuery, "limit" | "offset"> = {
      iso3,
      since: since ?? undefined,
      until: until ?? undefined,
      sort: "date",
      ascending: true,
    };
    for (let offset = 0; ; offset += PAGE) {
      const page = await store.listEventSummaries({ ...query, limit: PAGE, offset });
      events.push(...page);
      if (page.length < PAGE) break;
    }
  }
  return events;
}
