import type { Rule } from "../../base/rule.js";

// The place stage's language-neutral rules: filters and resolvers that read the gazetteer and the document, not
// words. (Each language's rules are in src/extract/locales/<lang>/places/rules.ts.)

export const PLACE_SHORT_CAPITALS = {
  id: "place/short-capitals",
  kind: "filter",
  description: 'A word of up to three capitals alone ("UN", "AU") is an abbreviation, not the village it may spell.',
  examples: ["AU peacekeepers patrolled the road to Baidoa."],
} as const satisfies Rule;

export const PLACE_ACRONYM = {
  id: "place/acronym",
  kind: "filter",
  description:
    'A word of four or more capitals in mixed-case text ("the national army (FAMA)", "the NASA coalition") is an acronym of an agency, a party or a group, not the small town it spells; a country, a region or a city written in capitals, and a dateline, stay places.',
  examples: [
    "Soldiers of the national army (FAMA) patrolled the road to Douentza on Monday.",
    "Legislators of the NASA coalition walked out of the county assembly in Kisumu.",
    "Officers of the registration authority (NIRA) were attacked in Baidoa.",
  ],
  counterexamples: ["KIDAL, Mali (AFP) - Gunmen attacked a convoy near the town on Monday."],
} as const satisfies Rule;

export const PLACE_DEMONYM_NAME = {
  id: "place/demonym-name",
  kind: "filter",
  description:
    'A nationality adjective ("Malian", "Burkinabe") names no place, though a village bears it, unless it is also the country\'s name.',
  examples: ["The attackers were Malian, police said."],
} as const satisfies Rule;

export const PLACE_UNCUED_HAMLET = {
  id: "place/uncued-hamlet",
  kind: "filter",
  description:
    "A name with no word that makes it a place, whose best reading is a hamlet (under 5,000 people), is more likely a word or a person.",
  examples: ["Kalsaka residents fled before dawn."],
} as const satisfies Rule;

export const PLACE_UNSUPPORTED_COUNTRY = {
  id: "place/unsupported-country",
  kind: "filter",
  description:
    "A town in a country nothing else in the text points to, in a text plainly about another country, is a word or a name.",
  examples: ["Burkinabe soldiers killed ten jihadists near Djibo. A unit from Mansfield joined the Burkina Faso army."],
} as const satisfies Rule;

export const PLACE_UNSUPPORTED_AREA = {
  id: "place/unsupported-area",
  kind: "filter",
  description:
    "A small town in an admin-1 area nothing else in the text points to, in a text plainly about another area of the same country, is a namesake the gazetteer lacks the local one of: dropped rather than placed far away.",
  examples: [
    "Floods closed roads near Mahnomen, Perham and Pelican Rapids, in Otter Tail County, Minnesota, and one near Star Lake.",
  ],
} as const satisfies Rule;

export const PLACE_UNCUED_SMALL_TOWN = {
  id: "place/uncued-small-town",
  kind: "filter",
  description:
    "A small town (under 100,000 people) with no cue, in a country nothing else in the text points to, is dropped.",
  examples: ["Tamworth residents lit candles on Monday."],
} as const satisfies Rule;

export const PLACE_OTHER_NAME_ONLY = {
  id: "place/other-name-only",
  kind: "filter",
  description:
    "A place known here only by another of its names (not a spelling of its own), in a country nothing else supports, is a word.",
  examples: ["Sweepers marched to Corporation cleaning offices on Friday."],
} as const satisfies Rule;

export const PLACE_AREA_OF_ANOTHER_COUNTRY = {
  id: "place/area-of-another-country",
  kind: "filter",
  description:
    'A town the report puts in an area of another country ("Karimama, Alibori" with only a Burkinabe Karimama known) is another town of that name.',
  examples: ["Gunmen killed two forest guards in Karimama, Alibori, on Friday."],
} as const satisfies Rule;

export const PLACE_DISTANT_PART = {
  id: "place/distant-part",
  kind: "filter",
  description:
    'A part written after a place and a dash ("Dhaka - Rampura") that the gazetteer puts far from it is a namesake, dropped wherever it recurs.',
  examples: ["Students clashed with police in Dhaka - Rampura on Sunday."],
} as const satisfies Rule;

export const PLACE_SUPPORTED_COUNTRY_FIRST = {
  id: "place/supported-country-first",
  kind: "resolver",
  description:
    "When a name's best reading lies in a country nothing else in the text points to, a reading in a country the text is about comes first.",
  examples: ["Burkinabe troops repelled an attack on the village of Essakane."],
} as const satisfies Rule;

export const PLACE_ENCLOSING_AREA_FIRST = {
  id: "place/enclosing-area-first",
  kind: "resolver",
  description:
    'An area written behind a town ("Amritsar (Punjab)") is the reading that holds the town (India\'s Punjab), not the most populous namesake.',
  examples: [
    "Riots spread across Punjab. Police in Bahawalpur (Punjab) made arrests. Farmers in Ludhiana (Punjab) marched too.",
  ],
} as const satisfies Rule;

export const PLACE_SHORT_ALIAS = {
  id: "place/short-alias",
  kind: "filter",
  description:
    'A town\'s alias of three letters or fewer is a code or a clipping ("Pro" for Perry), not that town, unless it spells the town\'s name within a letter ("Tyr", Tyre).',
  examples: ["Shells hit Tyr on Monday night."],
  counterexamples: ["Shells hit Tyre on Monday night."],
} as const satisfies Rule;

export const PLACE_TOWN_BEFORE_AREA = {
  id: "place/town-before-area",
  kind: "resolver",
  description:
    'A name that is both a town and the area around it ("Sfax") is the town, unless the text says "region" or "state".',
  examples: ["Thousands marched in Sfax on Friday."],
  counterexamples: ["Thousands marched across Sfax governorate on Friday."],
} as const satisfies Rule;

export const PLACE_COUNTRY_IN_LANGUAGE = {
  id: "place/country-in-language",
  kind: "resolver",
  description:
    'A country named in the report\'s language ("au Liban", "en Somalie") is that country, which the gazetteer knows by its English name only; not where a namesake lies in a country the report points to.',
  examples: [
    "Des hommes armés ont tué quatre éleveurs lundi au Liban, selon des sources locales.",
    "Une frappe aérienne a tué neuf civils dimanche en Somalie, selon des habitants.",
  ],
  counterexamples: ["Des hommes armés ont tué quatre éleveurs lundi au Mali, selon des sources locales."],
} as const satisfies Rule;

export const PLACE_SEAT_FIRST = {
  id: "place/seat-first",
  kind: "resolver",
  description:
    'A district named after its town ("Lashio Township") is located at that town, as ACLED locates it, keeping the district\'s precision.',
  examples: ["Junta troops shelled villages in Lashio Township on Monday."],
} as const satisfies Rule;

export const PLACE_DIVIDED_CITY = {
  id: "place/divided-city",
  kind: "resolver",
  description:
    "A city ACLED codes to two countries by its parts (Jerusalem: East Jerusalem in Palestine's West Bank) is read as its part in the other country where the report names that country's people.",
  examples: ["Israeli forces detained three Palestinians in Jerusalem on Monday."],
  counterexamples: ["Israeli police detained three tourists in Jerusalem on Monday."],
} as const satisfies Rule;

export const PLACE_ON_MONITORED_LINE = {
  id: "place/on-monitored-line",
  kind: "resolver",
  description:
    "In a report of a monitoring mission that watches a front line, of several villages of one name the one on that line (within about 20 km, the nearer the likelier) comes first, however small.",
  examples: ["The SMM recorded 12 explosions near Katerynivka."],
  counterexamples: ["Farmers met in Katerynivka on Tuesday."],
} as const satisfies Rule;

export const PLACE_TRANSLITERATION_VARIANT = {
  id: "place/transliteration-variant",
  kind: "mention",
  description:
    'A cued name the gazetteer knows under no spelling is a town of the document\'s country (in its named regions, if any) whose name is written alike but for ou/u/w, k/c/q, dj/j, doubled letters, final vowels, hyphens and spaces ("Colofata" for Kolofata): a looser match, with lower confidence.',
  examples: [
    "Boko Haram fighters raided the village of Colofata in Cameroon's Far North region overnight.",
    "Gunmen burned huts in the village of Kalobeye, in Turkana County, Kenya.",
  ],
  counterexamples: [
    "Boko Haram fighters raided the village of Colofata in Chad's Lac region overnight.",
    "Gunmen burned huts in the village of Kolofata in Cameroon's Far North region.",
  ],
} as const satisfies Rule;

export const PLACE_UNKNOWN_VILLAGE = {
  id: "place/unknown-village",
  kind: "resolver",
  description:
    'A village the report names and no gazetteer layer knows, written with the area it lies in or the town it is near ("the village of X, in Y province", "in X near Y", "in X (Y, Z)", "X, 25 km from Y"), is placed at that area or town at geo_precision 2 or 3, its words kept as the location\'s evidence and named in the notes as ACLED does ("X (coded as Y at geoprecision 2)").',
  examples: [
    "Gunmen killed three herders in the village of Zorgwendtenga, Sanmatenga province, Burkina Faso, on Monday.",
    "Armed men burned the village of Kwaadubaly in Cameroon's Far North region on Sunday, killing two.",
    "On Friday, suspected jihadists shot dead two traders in Tiguelguemet near Dori, Burkina Faso.",
    "Unidentified gunmen abducted a village chief in Tiguelguemet (Dori, Seno) on 4 May 2024.",
    "Soldiers repelled an attack on the village of Wendoulgou, 25 km from Kaya, Burkina Faso, on Sunday.",
  ],
  counterexamples: ["Gunmen killed three herders in the village of Kalsaka, Burkina Faso, on Monday."],
} as const satisfies Rule;

export const PLACE_REGION_OF_DISTRICT = {
  id: "place/region-of-district",
  kind: "resolver",
  description:
    "A name no gazetteer layer knows as a place of the country the report points to, but that one district (admin-2 area) of that country bears where the gazetteer has none of the district's towns, puts the event in the district's admin-1 area at geo_precision 3, the words kept as the location's evidence (\"X (coded as Y at geoprecision 3)\"). A cued name no country the report points to has as a district is the world's one district of that name, if only one bears it.",
  examples: [
    "Somali soldiers said a grenade was thrown at their post in Afmadow on Tuesday.",
    "Congolese troops clashed with militiamen who had looted Dimbelenge on Friday.",
    "Armed men raided four houses in Marracuene at night.",
  ],
  counterexamples: ["Somali soldiers said a grenade was thrown at their post in Kismayo on Tuesday."],
} as const satisfies Rule;

export const PLACE_COUNTRY_OF_ACTORS = {
  id: "place/country-of-actors",
  kind: "resolver",
  description:
    'A report that names no place the gazetteer knows, or names one only in background sentences ("the group took up arms in Nigeria in 2009"), is in the country its actors and demonyms point to, clearly more than to any other (one demonym, where it names no other country), at the country\'s seat (geo_precision 3).',
  examples: [
    "NPA rebels attacked an army patrol on Monday.",
    {
      text: "Jihadists overran a Chadian army post overnight, killing about 40 soldiers. The group first took up arms in Nigeria in 2009.",
      published: "2024-10-28",
    },
    {
      text: "Gunmen killed 12 villagers in a raid on Sunday, Burkinabe security sources said. In 2019, a similar raid in Mali killed 30.",
      published: "2024-10-28",
    },
    "Lawyers marched through the Congolese capital on Monday.",
    "Ethiopian soldiers shot dead two Ethiopian traders at a checkpoint on Tuesday.",
    "Malian soldiers and FAMa reinforcements repelled an attack on their camp on Friday.",
  ],
  counterexamples: [
    "Gunmen attacked a convoy on Monday, killing two soldiers.",
    "Kenyan and Somali officials met on Monday to discuss the border.",
  ],
} as const satisfies Rule;

export const PLACE_HEARTLAND_OF_ACTORS = {
  id: "place/heartland-of-actors",
  kind: "resolver",
  description:
    "A report that names no place the gazetteer knows, in the country of a group that mostly fights in one admin-1 area there (the lexicon's heartlands), is in that area, at its seat (geo_precision 3); a group of several countries too, in the one the report points to.",
  examples: [
    "ONLF rebels attacked Ethiopian soldiers on Monday.",
    "Nigerian troops repelled an ISWAP raid on their base on Monday, killing ten fighters.",
    "ADF militants killed five farmers in their fields on Monday.",
    "RENAMO gunmen ambushed a bus on the main road on Tuesday, killing two passengers.",
    "CODECO militiamen raided a displacement camp overnight, killing six people.",
  ],
  counterexamples: [
    "RENAMO gunmen ambushed a bus near Gorongosa on Tuesday, killing two passengers.",
    "Boko Haram fighters attacked a military base in Diffa on Sunday.",
  ],
} as const satisfies Rule;

/** Every language-neutral place rule, for the registry. */
export const PLACE_RULES: readonly Rule[] = [
  PLACE_SHORT_CAPITALS,
  PLACE_ACRONYM,
  PLACE_DEMONYM_NAME,
  PLACE_UNCUED_HAMLET,
  PLACE_UNSUPPORTED_COUNTRY,
  PLACE_UNSUPPORTED_AREA,
  PLACE_UNCUED_SMALL_TOWN,
  PLACE_OTHER_NAME_ONLY,
  PLACE_AREA_OF_ANOTHER_COUNTRY,
  PLACE_DISTANT_PART,
  PLACE_DIVIDED_CITY,
  PLACE_SUPPORTED_COUNTRY_FIRST,
  PLACE_ENCLOSING_AREA_FIRST,
  PLACE_SHORT_ALIAS,
  PLACE_TOWN_BEFORE_AREA,
  PLACE_COUNTRY_IN_LANGUAGE,
  PLACE_SEAT_FIRST,
  PLACE_ON_MONITORED_LINE,
  PLACE_TRANSLITERATION_VARIANT,
  PLACE_UNKNOWN_VILLAGE,
  PLACE_REGION_OF_DISTRICT,
  PLACE_COUNTRY_OF_ACTORS,
  PLACE_HEARTLAND_OF_ACTORS,
];
