import { haversineKm } from "../base/geo.js";
import type { StoredEvent } from "../model/index.js";
import { eventFilters } from "../query/filters.js";
import type { RuleConfig } from "./config.js";

export type EventTest = (event: StoredEvent) => boolean;

/**
 * A watch rule as a test on one event. Values are read by the same code as `vigil events` filters (country names
 * and codes, actor aliases, event types in any case), so a rule means what the same filter would.
 */
export function ruleTest(rule: RuleConfig): EventTest {
  const near = Array.isArray(rule.near) ? rule.near.join(",") : rule.near;
  const bbox = Array.isArray(rule.bbox) ? rule.bbox.join(",") : rule.bbox;
  const query = eventFilters({
    country: rule.country,
    admin1: rule.admin1,
    near,
    radiusKm: rule.radius_km ? String(rule.radius_km) : undefined,
    bbox,
  });
  const types = (rule.types ?? []).map((t) => t.toLowerCase());
  const actors = (rule.actors ?? []).flatMap((a) => eventFilters({ actor: a }).actors ?? []);
  return (event) => {
    if (query.iso3 && event.iso3 !== query.iso3) return false;
    if (query.admin1 && event.admin1?.toLowerCase() !== query.admin1.toLowerCase()) return false;
    if (query.near) {
      if (event.latitude === null || event.longitude === null) return false;
      const { latitude, longitude, radiusKm } = query.near;
      if (haversineKm(latitude, longitude, event.latitude, event.longitude) > radiusKm) return false;
    }
    if (query.bbox) {
      const [west, south, east, north] = query.bbox;
      if (event.latitude === null || event.longitude === null) return false;
      if (event.latitude < south || event.latitude > north) return false;
      if (
        west <= east
          ? event.longitude < west || event.longitude > east
          : event.longitude < west && event.longitude > east
      )
        return false;
    }
    if (
      types.length &&
      !types.includes((event.event_type ?? "").toLowerCase()) &&
      !types.includes((event.sub_event_type ?? "").toLowerCase())
    )
      return false;
    if (rule.min_fatalities !== undefined && (event.fatalities ?? 0) < rule.min_fatalities) return false;
    if (actors.length) {
      const named = [event.actor1, event.actor2, event.assoc_actor_1, event.assoc_actor_2].join(" | ").toLowerCase();
      if (!actors.some((a) => named.includes(a))) return false;
    }
    return true;
  };
}
