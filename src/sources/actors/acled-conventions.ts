/**
 * Where ACLED names unidentified armed men an "Unidentified Gang" rather than an "Unidentified Armed Group":
 * countries whose organised violence is mostly criminal gangs (ACLED's Latin America and Caribbean coding), when the
 * report shows signs of organised crime (`Locale.organisedCrime`).
 */
const GANG_COUNTRIES = new Set([
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

/**
 * Unidentified armed men as ACLED names them in `country`: the killers of an execution-style killing after the
 * groups that carry them out there, a gang where the report shows organised crime and ACLED codes gangs.
 */
export function unidentifiedArmedGroup(
  country: string | null,
  signs: { organisedCrime: boolean; execution: boolean } | undefined,
): string {
  if (!country) return "Unidentified Armed Group";
  const executioners = signs?.execution ? EXECUTIONERS[country] : undefined;
  if (executioners) return executioners;
  const kind = signs?.organisedCrime && GANG_COUNTRIES.has(country) ? "Unidentified Gang" : "Unidentified Armed Group";
  return `${kind} (${country})`;
}

/**
 * Where ACLED names the unidentified killers of an execution-style killing (a drive-by shooting, a body found
 * bound) after the armed groups that carry them out there: in Brazil, gangs or the police militias ("milícias").
 */
const EXECUTIONERS: Record<string, string> = {
  Brazil: "Unidentified Gang and/or Police Militia",
};
