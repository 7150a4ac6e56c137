export { acledRegionOf, countryNameOf, iso3Of, isoNumericOf } from "../sources/countries.js";
export { ACLED_COLUMNS, acledCsv, acledRow } from "./acled-csv.js";
export { eventFeature, featureCollection } from "./geojson.js";
export { type ExportFormat, eventPages, exportStream, STREAM_PAGE } from "./stream.js";
