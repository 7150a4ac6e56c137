export { type Alert, Alerter } from "./alerts.js";
export {
  ConfigError,
  type FeedConfig,
  loadWatchConfig,
  type RuleConfig,
  type WatchConfig,
  WatchConfigSchema,
} from "./config.js";
export { type PollResult, pollFeed } from "./poll.js";
export { Watcher, type WatchHooks, type WatchTotals } from "./watcher.js";
