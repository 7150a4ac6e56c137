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

/** What a report shows of organised crime, for naming unidentified armed men as ACLED does in their country. */
export interface CrimeSigns {
  /** A gang, cartel or drugs named, or the marks of cartel killings. */
  organisedCrime: boolean;
  /** An execution-style killing: a drive-by shooting, a body found. */
  execution: boolean;
}

/**
 * Unidentified armed men as ACLED names them in `country`: the killers of an execution-style killing after the
 * groups that carry them out there, a gang where the report shows organised crime and ACLED codes gangs.
 */
export function unidentifiedArmedGroup(country: string | null, signs: CrimeSigns | undefined): string {
  if (!country) return "Unidentified Armed Group";
  const executioners = signs?.execution ? EXECUTIONERS[country] : undefined;
  if (executioners) return executioners;
  const kind = signs?.organisedCrime && GANG_COUNTRIES.has(country) ? "Unidentified Gang" : "Unidentified Armed Group";
  return `${kind} (${country})`;
}

/**
 * A drug dealer or gang member is a gang's member where ACLED codes gangs (their killing is a clash between gangs);
 * elsewhere ("a drug suspect shot in a police raid" in the Philippines) a civilian.
 */
export function criminalOf(country: string | null): { canonical: string; inter: number } {
  return country && !GANG_COUNTRIES.has(country)
    ? { canonical: `Civilians (${country})`, inter: 7 }
    : { canonical: country ? `Unidentified Gang (${country})` : "Unidentified Gang", inter: 3 };
}

/**
 * Where ACLED names the unidentified killers of an execution-style killing (a drive-by shooting, a body found
 * bound) after the armed groups that carry them out there: in Brazil, gangs or the police militias ("milícias").
 */
const EXECUTIONERS: Record<string, string> = {
  Brazil: "Unidentified Gang and/or Police Militia",
};

/**
 * Where ACLED lists state forces as actor1 of every battle they fight, whoever attacked: its Myanmar and Kenya data
 * do ("the Arakan Army attacked military boats" is coded Military Forces of Myanmar vs ULA/AA, gunmen who shoot a
 * Kenyan police officer Police Forces of Kenya vs Unidentified Armed Group).
 */
const STATES_FIRST = new Set(["Myanmar", "Kenya"]);

export function statesFirst(country: string | null): boolean {
  return country !== null && STATES_FIRST.has(country);
}

/** The two forces of a front line, as ACLED names them, with their actor types. */
export interface FrontLine {
  sides: readonly [{ name: string; inter: number }, { name: string; inter: number }];
}

/**
 * Wars whose front line runs through a country, and the two forces ACLED codes for fire there that a report
 * attributes to no one (a ceasefire monitor counting explosions near a village, shots heard along the line): in
 * Donbas, from the start of the war in April 2014 to the eve of Russia's invasion, the Ukrainian army first, then
 * the separatists' United Armed Forces of Novorossiya.
 */
const FRONT_LINES: readonly (FrontLine & { country: string; from: string; until: string })[] = [
  {
    country: "Ukraine",
    from: "2014-04-06",
    until: "2022-02-23",
    sides: [
      { name: "Military Forces of Ukraine", inter: 1 },
      { name: "NAF: United Armed Forces of Novorossiya", inter: 2 },
    ],
  },
];

/** The front line of `country` on `day` (a day of the form 2020-05-01), if ACLED codes one there then. */
export function frontLineOn(country: string | null, day: string | null): FrontLine | null {
  if (!country || !day) return null;
  return FRONT_LINES.find((f) => f.country === country && day >= f.from && day <= f.until) ?? null;
}

/**
 * Where ACLED codes mob violence with the crowd alone, its victims left out whoever they are: its Bangladesh data
 * does ("supporters of two candidates clashed", "locals beat a suspected thief" both have no actor2).
 */
const CROWD_ALONE = new Set(["Bangladesh"]);

export function crowdAlone(country: string | null): boolean {
  return country !== null && CROWD_ALONE.has(country);
}

/**
 * Herders who fight, where ACLED names them after the herding people of West and Central Africa: "herders attacked
 * farmers" in Benin is the Fulani Ethnic Militia. Elsewhere fighting herders stay an unidentified communal militia.
 */
export const FIGHTING_HERDERS = {
  countries: ["NG", "BJ", "BF", "ML", "NE", "CM", "CF", "TD", "GH", "TG"],
  canonical: "Fulani Ethnic Militia ({country})",
  inter: 4,
};

/** Countries ACLED writes with an article after "of": "Military Forces of the Philippines". */
const WITH_ARTICLE = new Set([
  "Philippines",
  "United States",
  "United Kingdom",
  "Netherlands",
  "United Arab Emirates",
  "Central African Republic",
  "Democratic Republic of Congo",
  "Republic of Congo",
  "Dominican Republic",
]);

/**
 * An actor name template filled with its country as ACLED writes it: "Military Forces of the Philippines",
 * "Civilians (Philippines)".
 */
export function fillCountry(template: string, country: string): string {
  return template
    .replace(" of {country}", ` of ${WITH_ARTICLE.has(country) ? "the " : ""}${country}`)
    .replace("{country}", country);
}
