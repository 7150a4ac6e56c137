export { addFeed, type FleetFeed, listFeeds, loadFeeds, removeFeed } from "./feeds.js";
export type { FleetPollResult } from "./poll-job.js";
export { DEFAULT_TIMINGS, type FleetTimings } from "./queue.js";
export { migrateFleet } from "./schema.js";
export { FleetMonitor, type FleetStats, fleetStatsOf } from "./stats.js";
export { type FleetHooks, FleetWorker, type FleetWorkerOptions } from "./worker.js";
