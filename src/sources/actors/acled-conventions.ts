/**
 * Where ACLED names unidentified armed men an "Unidentified Gang" rather than an "Unidentified Armed Group":
 * countries whose organised violence is mostly criminal gangs (ACLED's Latin America and Caribbean coding).
 */
export const GANG_COUNTRIES = new Set([
  "Mexico",
  "Brazil",
  "Honduras",
  "Guatemala",
  "El Salvador",
  "Jamaica",
  "Ecuador",
  "Haiti",
  "Venezuela",
  "Trinidad and Tobago",
]);
