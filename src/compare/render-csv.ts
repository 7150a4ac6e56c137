import { stringify } from "csv-stringify/sync";
import type { ComparisonReport } from "./report.js";

/** The fields shown of each side, prefixed `acled_` and `vigil_` in the header. */
const SIDE_FIELDS = [
  "event_date",
  "time_precision",
  "event_type",
  "sub_event_type",
  "actor1",
  "actor2",
  "country",
  "admin1",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "fatalities",
] as const;

const COLUMNS = [
  "status",
  "score",
  "acled_event_id_cnty",
  ...SIDE_FIELDS.map((f) => `acled_${f}`),
  "vigil_id",
  ...SIDE_FIELDS.map((f) => `vigil_${f}`),
  "date_gap_days",
  "distance_km",
  "distance_tolerance_km",
  "type_agreement",
  "shared_actor",
];

/**
 * A text a spreadsheet would run as a formula ("=HYPERLINK(…)" in a hostile export) is prefixed with an apostrophe,
 * as OWASP's CSV-injection advice says; numbers keep their sign.
 */
const safeCell = (value: unknown) =>
  typeof value === "string" && /^[=+\-@\t\r]/.test(value) && !Number.isFinite(Number(value)) ? `'${value}` : value;

/** One CSV line per matched pair, missed ACLED row and extra Vigil event, with the pair's features. */
export function renderCsv(report: ComparisonReport): string {
  const records = report.pairs.map((pair) => {
    const record: Record<string, unknown> = {
      status: pair.status,
      score: pair.score,
      acled_event_id_cnty: pair.acled?.event_id_cnty,
      vigil_id: pair.vigil?.id,
      date_gap_days: pair.features?.date_gap_days,
      distance_km: pair.features?.distance_km,
      distance_tolerance_km: pair.features?.distance_tolerance_km,
      type_agreement: pair.features?.type_agreement,
      shared_actor: pair.features?.shared_actor,
    };
    for (const field of SIDE_FIELDS) {
      record[`acled_${field}`] = pair.acled?.[field];
      record[`vigil_${field}`] = pair.vigil?.[field];
    }
    return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, safeCell(value ?? null)]));
  });
  return stringify(records, { header: true, columns: COLUMNS, cast: { number: String } });
}
