export { acledDate } from "./acled-date.js";
export { type AcledRecord, REQUIRED_COLUMNS, readAcledCsv } from "./acled-file.js";
export type { Agreement, Figures, GroupFigures } from "./figures.js";
export { mapBox } from "./html-map.js";
export { type Outline, outlinesIn } from "./outlines.js";
export type { ComparedEvent, PairFeatures, PairScore } from "./pair.js";
export { renderCsv } from "./render-csv.js";
export { renderHtml } from "./render-html.js";
export { renderExplanation, renderText } from "./render-text.js";
export {
  type Comparison,
  type ComparisonReport,
  type ComparisonScope,
  compareWithAcled,
  explain,
  scopeOfRows,
} from "./report.js";
export { eventsToCompare } from "./stored-events.js";
