import type { PatternRule, Rule } from "../../../../base/rule.js";
import { words } from "../../../../base/words.js";

/**
 * Actors no lexicon can list in full, named as ACLED names them: a people's militia, a gang, a country's forces,
 * and the country a state force's words name.
 */

// (Tribes' names may open with an Arabic word for "the" or "sons of": "Bani Ali", "Al Badi".)
const MILITIA_NAME = String.raw`(?:(?:Al|Bani|Beni|Banu|Ahl|Abu|El|Ould)\s+)?(?!(?:Ethnic|Communal|Clan|Tribal|Militia)\b)\p{Lu}[\p{L}'’-]+`;

/** Capture groups of `NAMED_MILITIA`: the two peoples' names, the kind of militia, the word for its men. */
export const MILITIA_GROUP = { first: 1, second: 2, kind: 3, men: 4 } as const;

export const NAMED_MILITIA = {
  id: "en/actor/named-militia",
  kind: "mention",
  description:
    'A people\'s or place\'s militia named as ACLED names them ("Tiv militias", "Bani Ali tribesmen", "Turkana raiders").',
  examples: [
    "Tiv militias attacked Jukun settlements near Wukari.",
    "Turkana raiders drove off hundreds of cattle from a Pokot village.",
  ],
  counterexamples: ["Armed militias blocked the road to the mine.", "Nigerian militia leaders met the governor."],
  pattern: words(
    new RegExp(
      String.raw`(?<![\p{L}'’-])(${MILITIA_NAME})(?:\s+and\s+(${MILITIA_NAME}))?\s+` +
        String.raw`(?:(?:([Ee]thnic|[Cc]ommunal|[Cc]lan|[Tt]ribal)\s+)?[Mm]iliti(?:a|as|amen)|([Tt]ribesmen|[Cc]lansmen|[Rr]aiders))\b`,
      "gu",
    ),
  ),
} as const satisfies PatternRule;

/** The kind of militia ACLED names after the word the report uses; any other is "Ethnic". */
export const MILITIA_KIND: Readonly<Record<string, string>> = {
  communal: "Communal",
  clan: "Clan",
  tribal: "Tribal",
  tribesmen: "Tribal",
  clansmen: "Clan",
};

export const NAMED_GANG = {
  id: "en/actor/named-gang",
  kind: "mention",
  description: 'A gang the lexicon does not know, named as ACLED names gangs: "<Name> Gang" ("Los Tigres Gang").',
  examples: ["Members of the Los Pinos cartel shot two rivals in Celaya.", "The Nueva Era gang controls the port."],
  counterexamples: ["Rival gangs clashed in the market.", "Members of a Haitian gang burned houses."],
  pattern: words(
    /(?<![\p{L}'’-])((?:(?:Los|Las|La|El|Le|Les)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:de\s+)?\p{Lu}[\p{L}'’-]+){0,2})\s+(?:[Gg]angs?|[Cc]artel)\b/gu,
  ),
} as const satisfies PatternRule;

/** A sentence's capitalised first word is no gang's name: "Tribal gangs burned homes", "Rival cartels clashed". */
export const NOT_A_GANG_NAME = words(
  /^(?:The|A|An|Armed|Rival|Criminal|Drug|Local|Street|Unidentified|Members?|Suspected|Alleged|Tribal|Ethnic|Youth|Political|Notorious|Violent|Organi[sz]ed|Several|Two|Three|Many|Other|Both)\b/,
);

/** "the Los Pinos cartel": the article is no part of the name. */
export const LEADING_ARTICLE = words(/^(?:The|the)\s+/);

/** A title-case headline goes on after the gang: "… Haitian Gang Releases Over 500 Inmates". */
export const CAPITAL_AFTER = words(/^\s+\p{Lu}/u);

export const DEMONYM_FORCES = {
  id: "en/actor/demonym-forces",
  kind: "mention",
  description: 'Forces a country\'s people names ("Nigerien forces", "Israeli security forces") are its military.',
  examples: [
    "Nigerien forces repelled an attack near the border.",
    "Chadian forces pushed the rebels back across the river.",
    "The Ukrainian Forces shelled separatist trenches near Horlivka.",
    "Ethiopian National Defense Forces retook the town of Shire.",
    "The Malian Armed Forces retook the town of Ber on Friday.",
  ],
  pattern: words(
    /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+)\s+(?:(?:[Gg]overnment|[Ss]tate|[Ss]ecurity|[Aa]rmed|[Mm]ilitary|[Nn]ational|[Dd]efen[cs]e|[Ss]pecial)\s+){0,3}(?:[Ff]orces?|Army)\b/gu,
  ),
} as const satisfies PatternRule;

/** Read before a state force: "the Myanmar army", "Nigerian troops". */
export const FORCE_COUNTRY = {
  id: "en/actor/force-country",
  kind: "resolver",
  description:
    'A state force\'s country named before it ("the Myanmar army") or after it ("military forces of Artsakh").',
  examples: ["The Myanmar army shelled villages in Sagaing.", "Military forces of Artsakh withdrew from the line."],
  pattern: words(/(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s+$/u),
  after: words(/^\s+(?:forces\s+)?of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)/u),
} as const satisfies PatternRule & { after: RegExp };

export const CIVILIANS_NATIONALITY = {
  id: "en/actor/civilians-nationality",
  kind: "resolver",
  description:
    'Civilians a nationality\'s word describes ("Palestinian fishermen", "Eritrean refugees") are that country\'s civilians, wherever the event.',
  examples: [
    "On 2 May 2020, Israeli soldiers fired rubber bullets at Palestinian farmers near Khuza'a, Gaza.",
    "On 14 March 2021, gunmen abducted two Somali traders near Mandera, Kenya.",
    "On 9 June 2019, Ethiopian soldiers shot dead three Sudanese farmers near Metema, Ethiopia.",
  ],
  counterexamples: ["On 9 June 2019, gunmen shot dead three Nairobi residents in Eastleigh, Kenya."],
  pattern: words(/(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]+)\s+$/u),
} as const satisfies PatternRule;

export const STATE_WEAPON = {
  id: "en/actor/state-weapon",
  kind: "mention",
  description:
    'A state\'s weapons named with its nationality ("Turkish airstrikes", "Israeli artillery") are its military; without one they name no one.',
  examples: [
    "On 5 July 2020, Turkish airstrikes hit the village of Sidakan, Erbil, Iraq.",
    "On 6 May 2020, Israeli artillery shelled a Hamas post near Beit Hanoun, Gaza.",
  ],
  counterexamples: ["On 6 May 2020, artillery shells fell on a village near Kyauktaw, Rakhine, Myanmar."],
} as const satisfies Rule;

/** The last word of an armed organisation's full name. */
const ORGANISATION_NOUN =
  "(?:Front|Army|Movement|Forces|Brigades?|Alliance|Council|Organi[sz]ation|Group|Militia|Coalition|Resistance|Command|Battalion|Defen[cs]e|Mujahideen|Jihad|Ansar)";

export const NAMED_ORGANISATION = {
  id: "en/actor/named-organisation",
  kind: "mention",
  description:
    'An armed organisation the lexicon does not know, written with its acronym ("the Kuki National Army (KNA)"), is an actor named as ACLED names groups, "KNA: Kuki National Army"; the acronym alone names it again.',
  examples: [
    "Fighters of the Kuki National Army (KNA) clashed with soldiers near Moreh on Monday.",
    "The Zomi Revolutionary Front (ZRF) ambushed a patrol near Churachandpur; ZRF cadres fled.",
  ],
  counterexamples: ["The National Human Rights Commission (NHRC) condemned the killings in Moreh."],
  pattern: words(
    new RegExp(
      String.raw`(?<![\p{L}'’-])(?<name>\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|for|and|de|du|des|la|al|el)){0,7}\s+${ORGANISATION_NOUN})\s+\((?<acronym>\p{Lu}[\p{Lu}\d-]{1,7})\)`,
      "gu",
    ),
  ),
} as const satisfies PatternRule;

export const ACRONYM_FIGHTERS = {
  id: "en/actor/acronym-fighters",
  kind: "mention",
  description:
    'An acronym the lexicon does not know before a word for fighters ("RF militants", "ZLF cadres") is an armed group of that name.',
  examples: [
    "RF militants attacked a police patrol near Sopore on Monday.",
    "Suspected ZLF fighters killed two villagers near Moreh on Monday.",
  ],
  counterexamples: ["UN peacekeepers patrolled the road near Bunia.", "US troops left the base near Kirkuk."],
  pattern: words(
    /(?<![\p{L}\d])(?<acronym>\p{Lu}[\p{Lu}\d-]{1,6})\s+(?<fighters>militants?|rebels?|fighters?|insurgents?|militiamen|militias?|guerrillas?|gunmen|combatants?|cadres?|jihadists?)\b/gu,
  ),
} as const satisfies PatternRule;
