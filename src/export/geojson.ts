import type { StoredEvent } from "../model/index.js";

/** One event as an RFC 7946 Feature: a Point at [longitude, latitude], or no geometry when unplaced. */
export function eventFeature(event: StoredEvent) {
  const { evidence, sources, latitude, longitude, ...properties } = event;
  return {
    type: "Feature" as const,
    id: event.id,
    geometry:
      latitude !== null && longitude !== null ? { type: "Point" as const, coordinates: [longitude, latitude] } : null,
    properties: {
      ...properties,
      latitude,
      longitude,
      source_count: sources.length,
      source_urls: sources.map((s) => s.url).filter(Boolean),
    },
  };
}

export function featureCollection(events: StoredEvent[]) {
  return { type: "FeatureCollection" as const, features: events.map(eventFeature) };
}
