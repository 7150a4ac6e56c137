import type { PatternRule, Rule } from "../../../../base/rule.js";
import { WORD_END, WORD_START, words } from "../../../../base/words.js";
import type {
  EndingRule,
  InstitutionRule,
  MonitoredAreaRule,
  NameBeforeNounRule,
  NeighbourhoodRule,
  PossessiveRule,
  WordListRule,
} from "../../../places/types.js";
import { NOT_PLACES, PERSON_TITLES, PLACE_PREPOSITIONS } from "./words.js";

// English words around place names, as the rules the place stage runs (src/extract/places/): the mentions it
// emits, the cues that say what kind of place a name is, and the filters that make a known name something else.

// ── Mentions ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** "Barsalogho district", "Borno State", "the Diffa airport". */
export const EN_PLACE_NAME_WITH_KIND = {
  id: "en/place/name-with-kind",
  kind: "mention",
  description: 'A name followed by the kind of place it is ("Kaya district", "Borno State") is that place.',
  examples: [
    "Soldiers clashed with militants in Soum province on Tuesday.",
    "Gunmen burned houses in Kaduna State overnight, residents said.",
  ],
  pattern: words(
    new RegExp(
      String.raw`^\s+(local government area|village|town|city|camp|market|airport|air ?base|military base|prison|hospital|police station|locality|district|department|commune|municipality|county|lga|area|township|cercle|territory|province|region|state|governorate|oblast|division)${WORD_END}`,
      "i",
    ),
  ),
} as const satisfies PatternRule;

export const EN_PLACE_AREA_AFTER_OF = {
  id: "en/place/area-after-of",
  kind: "mention",
  description:
    'A name after "of" that the kind of an area follows ("Karz of Kandahar district") is that area, which holds the place before it, not the end of a longer name.',
  examples: [
    "A roadside bomb killed two soldiers in Karz of Kandahar district on Monday.",
    "Militants attacked a checkpoint in Omar Khel of Pul-e Khumri district.",
  ],
  counterexamples: ["The Bank of Kandahar raised its rates on Monday."],
  pattern: /\sof\s+$/,
} as const satisfies PatternRule;

export const EN_PLACE_QUALIFIES_PLACE_BEFORE = {
  id: "en/place/qualifies-place-before",
  kind: "mention",
  description:
    'An area in brackets or after a comma behind a place ("Nilganj union (Patuakhali)", "in Milihoi, Lamu") is a place in its own right.',
  examples: ["Farmers rallied in Kalapara upazila (Patuakhali, Barisal) on Friday."],
} as const satisfies Rule;

export const EN_PLACE_AFTER_PREPOSITION = {
  id: "en/place/after-preposition",
  kind: "mention",
  description: 'A known name after a word that puts a place after it ("in Kaya", "near Djibo", "attacked Solhan").',
  examples: ["Two soldiers died when a bomb went off in Djibo.", "Herders attacked Solhan before dawn."],
  list: PLACE_PREPOSITIONS,
} as const satisfies WordListRule;

export const EN_PLACE_GAZETTEER_NAME = {
  id: "en/place/gazetteer-name",
  kind: "mention",
  description: "A capitalised name the gazetteer knows as a prominent place, with no word around it that says so.",
  examples: [
    "Ouagadougou residents marched against the curfew on Friday.",
    "Nairobi hospitals treated dozens of wounded.",
  ],
} as const satisfies Rule;

/** "in Tinzahuaten", "Essakane village": the strong prepositions that admit a loosely spelled name. */
export const EN_PLACE_SPELLING_VARIANT = {
  id: "en/place/spelling-variant",
  kind: "mention",
  description:
    'A word the gazetteer knows only under a looser transliteration is a place after "in", "near", "at" or "outside", or with a kind noun.',
  examples: ["A drone struck a market in Tinzahuaten on Sunday."],
  pattern: words(new RegExp(String.raw`${WORD_START}(in|near|at|outside)\s+$`, "i")),
} as const satisfies PatternRule;

export const EN_PLACE_REGION_ABBREVIATION = {
  id: "en/place/region-abbreviation",
  kind: "mention",
  description: 'An abbreviated region after a town and a comma ("Athens, Ga.", "Bannu, KPK") is that region.',
  examples: [
    "A bridge collapsed outside Wheeling, W. Va., on Tuesday.",
    "Police shot a suspect in Mobile, Ala., last week.",
  ],
} as const satisfies Rule;

export const EN_PLACE_COUNTRY_ABBREVIATION = {
  id: "en/place/country-abbreviation",
  kind: "mention",
  description: 'A country\'s abbreviation in capitals ("the US", "the DRC") names that country.',
  examples: ["Thousands of refugees fled to the DRC after the fighting.", "Aid workers returned to the US."],
} as const satisfies Rule;

// Numbers, units and directions before an anchor. The patterns are anchored at the end of the text before the
// place; the place stage runs them only where a unit is written.
const DISTANCE = String.raw`(?:(?:some|about|around|roughly|approximately|nearly|almost|over|more than|less than|just|only)\s+)?(?<distance>\d+(?:[.,]\d+)?|[a-z]+(?:-[a-z]+)?)\s*-?\s*(?<unit>km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile|mi)${WORD_END}(?:\s*\([^)]{0,30}\))?`;

export const EN_PLACE_DISTANCE_FROM_TOWN = {
  id: "en/place/distance-from-town",
  kind: "mention",
  description: 'A distance with no direction from a town ("12 km from Macomia") is a point near that town.',
  examples: [
    "Militants ambushed a truck 12 km from Macomia on Monday.",
    "A roadside bomb exploded six kilometres from Pahalgam.",
  ],
  pattern: words(new RegExp(String.raw`${DISTANCE}\s+(?:away\s+)?(?:from|outside(?:\s+of)?)\s+$`, "i")),
} as const satisfies PatternRule;

/** "some 40 kilometres (25 miles) north of Kaya", "30km south-east of Djibo", "about 60 miles west of the capital". */
export const EN_PLACE_DISTANCE_BEARING_FROM_TOWN = {
  id: "en/place/distance-bearing-from-town",
  kind: "mention",
  description: 'A distance and a compass direction from a town ("40 km north of Kaya") is the point they give.',
  examples: [
    "Jihadists killed ten villagers about 40 km north of Kaya on Sunday.",
    "The convoy was ambushed 30km south-east of Djibo.",
    "Rebels shelled positions 60 miles west of Khartoum.",
  ],
  pattern: words(
    new RegExp(
      String.raw`${DISTANCE}\s+(?<bearing>(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?(?:-(?:north|south)?(?:east|west))?)\s+of\s+$`,
      "i",
    ),
  ),
} as const satisfies PatternRule;

/** "near Djibo", "on the outskirts of Kaya", "outside Mopti", "close to the town of Dori". */
export const EN_PLACE_VICINITY_OF_TOWN = {
  id: "en/place/vicinity-of-town",
  kind: "mention",
  description: 'A town after "near", "outside" or "on the outskirts of" places the event within about 25 km of it.',
  examples: [
    "Bandits stole cattle on the outskirts of Dori on Thursday.",
    "Herders clashed with farmers outside Mopti on Sunday.",
  ],
  lastWords: new Set(["near", "nearby", "outside", "to", "from", "of", "around"]),
  pattern: words(
    new RegExp(
      String.raw`${WORD_START}(near|nearby|outside|close to|not far from|on the outskirts of|outskirts of|in the vicinity of|around|the edge of)\s+(?:the\s+(?:town|village|city)\s+of\s+)?$`,
      "i",
    ),
  ),
} as const satisfies EndingRule;

export const EN_PLACE_BETWEEN_TOWNS = {
  id: "en/place/between-towns",
  kind: "mention",
  description: '"between Djibo and Namssiguia": the point midway between two towns within 300 km of each other.',
  examples: [
    "A bus hit a mine on the road between Djibo and Namssiguia.",
    "Fighting raged between Goma and Rutshuru for days.",
  ],
  pattern: words(new RegExp(String.raw`${WORD_START}between\s+$`, "i")),
} as const satisfies PatternRule;

// ── Cues ─────────────────────────────────────────────────────────────────────────────────────────────────────────

export const EN_PLACE_KIND_BEFORE_NAME = {
  id: "en/place/kind-before-name",
  kind: "cue",
  description: 'A kind noun before a name ("the village of Essakane") says what kind of place it is.',
  examples: ["Gunmen raided the village of Essakane at night.", "Troops entered the town of Bama at dawn."],
  lastWords: new Set(["of", "the"]),
  pattern: words(
    new RegExp(
      String.raw`${WORD_START}(village|town|city|commune|district|department|province|region|state|locality|hamlet|municipality|county)\s+of\s+(the\s+)?$`,
      "i",
    ),
  ),
} as const satisfies EndingRule;

export const EN_PLACE_COMPASS_PART = {
  id: "en/place/compass-part",
  kind: "resolver",
  description:
    'A compass part of a country ("northern Lebanon", "the south of Israel") is its admin-1 area of that name where it has one (North governorate, Southern District); elsewhere the country.',
  examples: ["An Israeli strike killed 23 people in a village in northern Lebanon on Monday."],
  counterexamples: ["Gunmen killed four herders in northern Mali on Monday."],
  pattern: words(/\b(?:(north|south|east|west)ern|the\s+(north|south|east|west)\s+of)\s+$/i),
} as const satisfies PatternRule;

export const EN_PLACE_ORIGIN = {
  id: "en/place/origin",
  kind: "cue",
  description:
    'A place after "raiders from", "gunmen coming from" is where the attackers came from, not where they struck.',
  examples: ["Raiders from Niger attacked a village in Tillabéri."],
  counterexamples: ["Raiders attacked a village in Tillabéri."],
  lastWords: new Set(["from", "the", "neighbouring", "neighboring"]),
  pattern: words(
    new RegExp(
      String.raw`${WORD_START}(attackers|assailants|raiders|gunmen|militants|fighters|militiamen|militias?|bandits|herders|pastoralists|rebels|insurgents|jihadists|troops|soldiers|refugees|migrants)\s+(?:(?:coming|who came|crossing|crossed)\s+)?from\s+(?:the\s+)?(?:neighbou?ring\s+)?$`,
      "i",
    ),
  ),
} as const satisfies EndingRule;

/** The nouns that end an organisation's name ("the Mombasa Traders Union", "the Kano Transport Company"). */
const ORGANISATION_NOUNS =
  "Union|Company|University|College|Coalition|Council|Association|Federation|Movement|Party|Front|Alliance|Forum|Network|Club|Committee|Corporation|Authority|Government|Ministry|Chamber|Society|Foundation|Institute|Agency|Commission|League|Organi[sz]ation|Cooperative|Journalists|Workers|Traders|Teachers|Students";

export const EN_PLACE_ORGANISATION_NAME = {
  id: "en/place/organisation-name",
  kind: "cue",
  description:
    'A place that begins an organisation\'s name ("the Mombasa Traders Union", "the Niamey government") or follows "members of" names where the organisation is, not the scene; a site stays one ("the Kaya regional hospital").',
  examples: [
    "Members of the Mombasa Traders Union marched in Malindi on Monday.",
    "The Niamey government said soldiers repelled an attack near Ayorou.",
    "The Gulu University vice-chancellor was shot dead outside Lira on Sunday.",
    "Members of Sokol rallied outside the city council in Lviv.",
  ],
  counterexamples: [
    "Gunmen stormed the Kaya regional hospital on Monday.",
    "Soldiers repelled an attack near Ayorou, officials in Niger said.",
    // (A Nigerian local government is an area: "Gubio Local Government" is the LGA.)
    "Hunters were hired in Damboa Local Government to guard the farms.",
  ],
  pattern: words(
    new RegExp(
      String.raw`^(?!\s+Local\s+Government${WORD_END})(?:\s+(?:government|authorities|administration|regime|junta)${WORD_END}|(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|of|and|for|the|&)){0,5}\s+(?:${ORGANISATION_NOUNS})${WORD_END})`,
      "u",
    ),
  ),
  before: words(
    new RegExp(
      String.raw`${WORD_START}(?:members?|supporters?|activists?|cadres?|followers?|leaders?)\s+of\s+(?:the\s+)?$`,
      "i",
    ),
  ),
} as const satisfies InstitutionRule;

export const EN_PLACE_SPEAKER_PLACE = {
  id: "en/place/speaker-place",
  kind: "cue",
  description:
    'A place after a speaker and "in", before a reporting verb ("officials in Nairobi said"), is where the speaker is, not the scene.',
  examples: [
    "The interior ministry in Nairobi said bandits killed four herders in Baragoi.",
    "Officials in Maiduguri told reporters that insurgents burned Kukawa overnight, killing four.",
  ],
  counterexamples: ["Bandits killed four herders in Baragoi, officials said."],
  pattern: words(/^,?\s+(?:said|says|told|announced|reported|stated|confirmed|added|claimed)\b/i),
  before: words(
    new RegExp(
      String.raw`${WORD_START}(?:ministry|ministries|police|officials?|spokes(?:man|woman|person)|authorities|army|military|government|governor|sources?|diplomats?|embassy|command|headquarters)\s+in\s+$`,
      "i",
    ),
  ),
} as const satisfies InstitutionRule;

// ── Filters ──────────────────────────────────────────────────────────────────────────────────────────────────────

export const EN_PLACE_PERSON_TITLE = {
  id: "en/place/person-title",
  kind: "filter",
  description: 'A known name after a title ("President Traoré", "Mayor Kaya") is a person\'s, not a place.',
  examples: ["Mayor Kaya said the market would reopen.", "President Kaya opened the summit."],
  list: PERSON_TITLES,
} as const satisfies WordListRule;

export const EN_PLACE_PERSON_VERB = {
  id: "en/place/person-verb",
  kind: "filter",
  description:
    'A known name before "said", "told" ("Haque said") is a person\'s, unless a preposition comes before it.',
  examples: ["The commander met Kenema, who leads the militia."],
  counterexamples: ["Police in Kenema said the night was calm."],
  pattern: words(
    new RegExp(
      String.raw`^,?\s+(said|says|told|added|stated|reported|claimed|continued|explained|warned|wrote|tweeted|noted|insisted|declared|announced|confirmed|denied|urged|argued|asked|who)${WORD_END}`,
      "i",
    ),
  ),
} as const satisfies PatternRule;

export const EN_PLACE_WEAPON_NAME = {
  id: "en/place/weapon-name",
  kind: "filter",
  description: 'A known name before "rockets", "missiles" ("Grad rockets") names a weapon, not a place.',
  examples: ["Rebels fired Grad rockets at the camp.", "A Kornet missile struck the tank."],
  pattern: words(
    new RegExp(String.raw`^\s+(rockets?|missiles?|launchers?|drones?|howitzers?|rifles?)${WORD_END}`, "i"),
  ),
} as const satisfies PatternRule;

// (Not "road" or "highway": "the Lamu-Malindi road" names the towns it runs between.)
export const EN_PLACE_LANDMARK_NAME = {
  id: "en/place/landmark-name",
  kind: "filter",
  description: 'A known name before "street", "bridge", "game reserve" names a street or landmark, not a town.',
  examples: ["Protesters blocked Raju street on Monday.", "Traffic stopped on Lamu bridge after the blast."],
  pattern: words(
    new RegExp(
      String.raw`^\s+(?:(street|avenue|boulevard|square|roundabout|bridge|lane|national park|(game|forest|wildlife|nature) reserve|conservancy)${WORD_END}|st\.(?=[\p{L}\p{M}\p{N}_]))`,
      "i",
    ),
  ),
} as const satisfies PatternRule;

/** The Donbas front of 2014-2022 as the SMM watched it: its areas, its towns, and the line itself point by point. */
const DONBAS_FRONT = {
  country: "UA",
  areas: ["Donetsk", "Luhansk"],
  // (The line of contact of 2014-2022, from the sea to the Russian border.)
  towns: ["Mariupol", "Donetsk", "Horlivka", "Popasna", "Luhansk"],
  // (The same line, point by point, from the Russian border east of Stanytsia Luhanska along the Siverskyi Donets,
  // past Zolote, the Debaltseve salient, Horlivka's western edge, Avdiivka and Marinka, to the sea at Shyrokyne.)
  line: [
    [48.63, 39.75],
    [48.66, 39.48],
    [48.74, 39.23],
    [48.75, 38.79],
    [48.7, 38.52],
    [48.63, 38.37],
    [48.4, 38.25],
    [48.39, 38.03],
    [48.3, 37.87],
    [48.14, 37.75],
    [48.07, 37.67],
    [47.95, 37.51],
    [47.72, 37.59],
    [47.21, 37.75],
    [47.1, 37.82],
  ],
} as const;

export const EN_PLACE_MONITORED_AREA_UKRAINE = {
  id: "en/place/monitored-area-ukraine",
  kind: "cue",
  description:
    "The OSCE's Special Monitoring Mission to Ukraine (the SMM), named in a report, watched the front line in Donetsk and Luhansk: the report is about Ukraine, and its villages are the ones there, not their namesakes elsewhere.",
  examples: [
    "On 3 March 2019, the OSCE SMM counted 12 explosions near Serhiivka.",
    "The Special Monitoring Mission recorded 40 bursts of gunfire near Berezivske on Sunday.",
  ],
  counterexamples: ["On 3 March 2019, observers counted 12 explosions near Serhiivka."],
  // (Names, not a word class: the mission's own name and its abbreviation, in capitals.)
  pattern: /\bSMM\b|\bSpecial Monitoring Mission\b/,
  ...DONBAS_FRONT,
} as const satisfies MonitoredAreaRule;

export const EN_PLACE_DONBAS_FRONT_PARTIES = {
  id: "en/place/donbas-front-parties",
  kind: "cue",
  description:
    "The parties of the Donbas front of 2014-2022 (the NAF rebels, the Donetsk and Luhansk people's militias, the DPR and LPR, the Joint Forces Operation), named in a report, fought along that line: the report is about Ukraine, and its villages are the ones there, not their namesakes elsewhere.",
  examples: [
    "The NAF rebel forces fired mortars at positions near Bohdanivka, Donetsk.",
    "The Ukrainian Forces shelled the positions of the Donbass People's Militia near Sakhanka.",
  ],
  counterexamples: ["NAF jets struck a camp near Bama.", "Gunmen shelled positions near Bohdanivka."],
  // (Names, not a word class. "NAF" alone is also Nigeria's air force: only "NAF rebel(s)".)
  pattern:
    /\bNAF rebels?\b|\bDonbass? People['’]s Militia\b|\bPeople['’]s Militia of the (?:[DL]PR|[DL]NR)\b|\b(?:DPR|LPR|DNR|LNR)\b|\bJFO\b|\bJoint Forces Operation\b/,
  ...DONBAS_FRONT,
} as const satisfies MonitoredAreaRule;

export const EN_PLACE_ACCORDING_TO = {
  id: "en/place/according-to",
  kind: "filter",
  description: 'A name after "according to" is a source that speaks, not a place.',
  examples: ["Ten soldiers died in the raid, according to N'Djamena."],
  lastWords: new Set(["to"]),
  pattern: words(new RegExp(String.raw`${WORD_START}according\s+to\s+$`, "i")),
} as const satisfies EndingRule;

/** Spanish, Portuguese and Filipino words too: ACLED's English notes keep them. */
const NEIGHBOURHOOD_NOUNS = "colonia|barrio|bairro|vila|jardim|favela|comunidade|barangay|sitio|purok";

export const EN_PLACE_NEIGHBOURHOOD = {
  id: "en/place/neighbourhood",
  kind: "filter",
  description:
    'A part of a town ("Colonia La Jauja", "Rampura neighbourhood") is no town of that name elsewhere: its namesakes mislead.',
  examples: [
    "Police raided the Rampura neighbourhood of Dhaka on Sunday.",
    "A stray bullet killed a boy in Barangay Capihan on Sunday.",
  ],
  before: words(
    new RegExp(String.raw`(?<![\p{L}-])(${NEIGHBOURHOOD_NOUNS})\s+((la|el|los|las|do|da|dos|das|the)\s+)?$`, "iu"),
  ),
  after: words(new RegExp(String.raw`^\s+(neighbou?rhoods?|quarters?|suburbs?|slums?|favelas?)${WORD_END}`, "iu")),
  noun: words(new RegExp(`^(${NEIGHBOURHOOD_NOUNS})$`, "iu")),
} as const satisfies NeighbourhoodRule;

export const EN_PLACE_POSSESSIVE_PERSON = {
  id: "en/place/possessive-person",
  kind: "filter",
  description:
    'A known name with a possessive ("Haque\'s report") is a person far more often than a place, unless "in" or "of" comes before it or a place\'s noun after it.',
  examples: ["Soldiers searched the market. Mopti's brother was arrested."],
  counterexamples: ["Soldiers searched markets in Mopti's old town."],
  pattern: words(new RegExp(`^['’]s${WORD_END}`)),
  placeNounAfter: words(/^['’]s\s+(capital|north|south|east|west|region|province|state|army|military|government)/i),
  prepositionBefore: words(new RegExp(String.raw`${WORD_START}(in|of|at|near|from)\s+$`, "i")),
} as const satisfies PossessiveRule;

export const EN_PLACE_SOURCE_POSSESSIVE = {
  id: "en/place/source-possessive",
  kind: "filter",
  description: "A name right after a source's or an actor's possessive (\"Al Jazeera's Doha\") is theirs, not a place.",
  examples: ["The army's Djibo garrison was attacked."],
  pattern: words(/['’]s\s+$/),
} as const satisfies PatternRule;

export const EN_PLACE_NOT_A_PLACE = {
  id: "en/place/not-a-place",
  kind: "filter",
  description:
    'A capitalised word that is almost never a place in conflict news ("March", "Police"), though some village bears it.',
  examples: ["Police arrested four men on Monday."],
  list: NOT_PLACES,
} as const satisfies WordListRule;

/**
 * What follows a name that qualifies a noun: a hyphen ("UK-based") or a word other than a conjunction, preposition
 * or verb ("US troops"). French words too: English pages quote French wire copy.
 */
export const EN_PLACE_QUALIFIES_NOUN = {
  id: "en/place/qualifies-noun",
  kind: "filter",
  description:
    'A country\'s abbreviation or adjective before a noun ("US troops", "the Myanmar army") qualifies it and names no place.',
  examples: ["US troops left the base on Friday.", "UK-based charities condemned the attack."],
  counterexamples: ["Refugees crossed into the US on Friday."],
  pattern: words(
    new RegExp(
      String.raw`^(?:-\p{L}|\s+(?!(?:and|or|on|in|at|to|for|from|since|after|before|over|with|by|as|is|was|has|had|have|said|says|which|where|who|but|while|when|the|et|ou|à|en|le|la|les|a|est)${WORD_END})\p{L})`,
      "u",
    ),
  ),
} as const satisfies PatternRule;

// "the Supreme Court of Justice", "the Federation of Islamic Associations".
export const EN_PLACE_INSTITUTION_NAME = {
  id: "en/place/institution-name",
  kind: "filter",
  description:
    'A small place\'s name ending an institution\'s ("the Court of Justice") is part of it; a country or large city ("the Bank of Ghana") stays a place.',
  examples: ["Judges met at the Supreme Court of Justice on Monday."],
  counterexamples: ["Depositors protested at the Bank of Ghana."],
  pattern: words(
    /(?<![\p{L}'’-])(?:Court|Ministry|Department|Bank|Office|Council|Chamber|Palace|Institute|Academy|Federation|Union|Association|Commission|Committee|Secretariat|Agency|Authority|Tribunal|Society|League|Assembly)\s+of\s+(?:the\s+)?$/u,
  ),
} as const satisfies PatternRule;

// The nouns a place's name may qualify and stay a place ("the Kaya region").
export const EN_PLACE_OTHER_NAME_BEFORE_NOUN = {
  id: "en/place/other-name-before-noun",
  kind: "filter",
  description:
    'A single word after an article and before a noun ("a Molotov cocktail") that is only some place\'s other name names no place.',
  examples: ["A man threw a Molotov cocktail at the police station."],
  pattern: words(new RegExp(String.raw`${WORD_START}(?:a|an|the|his|her|their|its)\s+$`, "i")),
  nounAfter: words(
    new RegExp(
      String.raw`^\s+(?!(?:region|province|district|area|city|town|state|county|village|governorate|department|municipality|township|and|or|of|in|on|at|to|for|from|by|with|against)${WORD_END})\p{Ll}`,
      "u",
    ),
  ),
} as const satisfies NameBeforeNounRule;

// (A sentence's first word is capitalised whatever it is: "Suburban Nairobi residents", "Angry Meru youths".)
export const EN_PLACE_PART_OF_LONGER_NAME = {
  id: "en/place/part-of-longer-name",
  kind: "filter",
  description:
    'A name that ends a longer capitalised name ("European Investment Bank", "Korean Peninsula") is part of it, not a place.',
  examples: ["Delegates met at the European Investment Bank on Monday."],
  counterexamples: ["Angry Meru youths blocked the highway."],
  // The endings of adjectives and participles: a sentence's first word with one ("Angry", "Suburban") that the
  // gazetteer does not know is no name.
  pattern: words(/(?:an|ry|al|ed|ing|ous|ful|ive|ic|ish)$/),
} as const satisfies PatternRule;

/**
 * English words that may follow a place's name and leave it the place: sites, institutions, titles, directions and
 * the like ("Djibo Hospital", "Kano Central", "Gao Governor"). A capitalised word outside them that the gazetteer
 * does not know either is more of the place's own name.
 */
const COMMON_WORDS_AFTER_NAME =
  "elementary|middle|public|memorial|funeral|home|center|centre|library|museum|chapel|baptist|methodist|catholic|presbyterian|community|civic|neighbou?rs|board|department|law|enforcement|fire|safety|rescue|drive|parkway|pike|trail|apartments|estates|heights|township|council|hospital|clinic|regency|regent|sub|constituency|location|ward|refugee|girls|boys|mixed|academy|airport|market|stadium|prison|jail|road|street|avenue|highway|bridge|junction|roundabout|square|camp|police|station|school|high|primary|secondary|mosque|church|cathedral|temple|university|polytechnic|college|court|town|city|hall|forest|river|lake|valley|hills?|mountains?|island|port|harbour|harbor|bay|base|barracks|garrison|central|north|south|east|west|northern|southern|eastern|western|upper|lower|old|new|municipal|regional|general|teaching|district|region|province|state|county|division|governor|mayor|chief|commissioner|army|military|brigade|battalion|regiment|command|sector|zone|border|crossing|checkpoint|gate|park|reserve|national|international|express|times|post|news|tribune|herald|radio|tv|declaration|accord|agreement|process|conference|talks|summit|massacre|attack|attacks|bombing|office|prefecture|plateau|axis|corridor|front|line|people|youths?|residents?|villagers?|elders?|leaders?";

export const EN_PLACE_START_OF_LONGER_NAME = {
  id: "en/place/start-of-longer-name",
  kind: "filter",
  description:
    'A small place\'s name followed by a capitalised word no gazetteer layer knows and English does not put after a place ("Kaiga Tandoumi", "Boula Fanderé") begins a longer name the gazetteer lacks: its namesake elsewhere is not the scene. A city, an area, or a word such as "Hospital" after it keeps it a place.',
  examples: [
    "Two herders were shot near Kaiga Tandoumi at dawn.",
    "Gunmen burned granaries in Boula Fanderé overnight.",
  ],
  counterexamples: ["Gunmen stormed Djibo Hospital on Monday.", "Protesters marched to the Dori Prefecture on Friday."],
  pattern: new RegExp(`^(?:${COMMON_WORDS_AFTER_NAME})$`, "i"),
} as const satisfies PatternRule;

/** Every English place rule, for the registry. */
export const EN_PLACE_RULES: readonly Rule[] = [
  EN_PLACE_NAME_WITH_KIND,
  EN_PLACE_QUALIFIES_PLACE_BEFORE,
  EN_PLACE_AFTER_PREPOSITION,
  EN_PLACE_GAZETTEER_NAME,
  EN_PLACE_SPELLING_VARIANT,
  EN_PLACE_REGION_ABBREVIATION,
  EN_PLACE_COUNTRY_ABBREVIATION,
  EN_PLACE_DISTANCE_FROM_TOWN,
  EN_PLACE_DISTANCE_BEARING_FROM_TOWN,
  EN_PLACE_VICINITY_OF_TOWN,
  EN_PLACE_BETWEEN_TOWNS,
  EN_PLACE_KIND_BEFORE_NAME,
  EN_PLACE_ORIGIN,
  EN_PLACE_COMPASS_PART,
  EN_PLACE_MONITORED_AREA_UKRAINE,
  EN_PLACE_DONBAS_FRONT_PARTIES,
  EN_PLACE_AREA_AFTER_OF,
  EN_PLACE_ORGANISATION_NAME,
  EN_PLACE_SPEAKER_PLACE,
  EN_PLACE_PERSON_TITLE,
  EN_PLACE_PERSON_VERB,
  EN_PLACE_WEAPON_NAME,
  EN_PLACE_LANDMARK_NAME,
  EN_PLACE_ACCORDING_TO,
  EN_PLACE_NEIGHBOURHOOD,
  EN_PLACE_POSSESSIVE_PERSON,
  EN_PLACE_SOURCE_POSSESSIVE,
  EN_PLACE_NOT_A_PLACE,
  EN_PLACE_QUALIFIES_NOUN,
  EN_PLACE_INSTITUTION_NAME,
  EN_PLACE_OTHER_NAME_BEFORE_NOUN,
  EN_PLACE_PART_OF_LONGER_NAME,
  EN_PLACE_START_OF_LONGER_NAME,
];
