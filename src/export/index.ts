export { acledRegionOf, countryNameOf, iso3Of, isoNumericOf } from "../sources/countries.js";
export { ACLED_COLUMNS, acledCsv, acledRow } from "./acled-csv.js";
export { eventFeature, featureCollection } from "./geojson.js";
