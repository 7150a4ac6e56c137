export { type Alert, Alerter } from "./alerts.js";
export {
  ConfigError,
  type FeedConfig,
  FeedSchema,
  loadWatchConfig,
  type RuleConfig,
  RuleSchema,
  type WatchConfig,
  WatchConfigSchema,
} from "./config.js";
export { itemKeys, type PollOptions, type PollResult, pollFeed, withArticle } from "./poll.js";
export { ruleTest } from "./rules.js";
export { Watcher, type WatchHooks, type WatchTotals } from "./watcher.js";
