export { ACLED_COLUMNS, acledCsv, acledRow } from "./acled-csv.js";
export { acledRegionOf, countryNameOf, iso3Of, isoNumericOf } from "./countries.js";
export { eventFeature, featureCollection } from "./geojson.js";
