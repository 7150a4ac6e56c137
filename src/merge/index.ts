export {
  compareSources,
  looselyPlaced,
  MAX_DATE_GAP_DAYS,
  MERGE_THRESHOLD,
  type MergeDecision,
  type MergeFeatures,
  plainlyApart,
} from "./compare.js";
export { type ReconciledEvent, reconcile, type SourcedEvidence } from "./reconcile.js";
export {
  type Comparable,
  type DateWindow,
  dateWindow,
  type MatchFields,
  matchFieldsOf,
  type PlaceScope,
  placeScopeOf,
  type SourceDocument,
  type SourceEvent,
  sourceEventId,
} from "./source-event.js";
