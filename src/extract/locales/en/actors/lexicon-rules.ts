import type { PatternRule, Rule } from "../../../../base/rule.js";
import { words } from "../../../../base/words.js";
import type { ActorKind } from "../../../../sources/actors/actor-lexicon.js";
import { wordStartAfter } from "../../../actors/word-start-after.js";

/**
 * Actor mentions found by the actor lexicon (data/actors/lexicon.json): one rule per kind of entry, the entry itself
 * (its canonical name, inter code, countries) recorded on the mention's value. And the filters that drop a lexicon
 * match the words around it show is no actor of the event.
 */

export const GROUP_LEXICON = {
  id: "en/actor/group-lexicon",
  kind: "mention",
  description: "A name or alias of an armed group, a people's militia or a one-country group the lexicon lists.",
  examples: ["Boko Haram fighters raided a village near Maiduguri.", "JNIM claimed the ambush on a convoy."],
} as const satisfies Rule;

export const STATE_LEXICON = {
  id: "en/actor/state-lexicon",
  kind: "mention",
  description: 'A state force, by its generic word ("soldiers", "police") or its acronym ("FAMa", "KDF").',
  examples: ["Soldiers opened fire on the crowd in Bamako.", "FAMa units pushed back the assault on Boni."],
} as const satisfies Rule;

export const GENERIC_LEXICON = {
  id: "en/actor/generic-lexicon",
  kind: "mention",
  description: 'A generic word for people in an event ("gunmen", "villagers", "protesters"), named as ACLED does.',
  examples: ["Gunmen stormed a church in the north.", "Protesters blocked the main road into the capital."],
} as const satisfies Rule;

export const PARTY_LEXICON = {
  id: "en/actor/party-lexicon",
  kind: "mention",
  description: "A political party the lexicon lists: never an armed side, but it names its country.",
  examples: ["The ODM called for fresh demonstrations across Kenya."],
} as const satisfies Rule;

export const SOURCE_LEXICON = {
  id: "en/actor/source-lexicon",
  kind: "mention",
  description: "An outlet, an organisation or a role that reports events (AFP, the UN, a spokesman): a source.",
  examples: ["Three people died in the blast, AFP reported.", "A spokesman confirmed the death toll on Monday."],
} as const satisfies Rule;

/** "residents said", "soldiers told AFP": a group word followed by a reporting verb. */
const SPEAKS_AFTER = words(
  /^,?\s+(said|say|says|told|reported|reports|stated|added|confirmed|claimed|described|recounted)\b/i,
);

/** Read after a lexicon match, and `ACCORDING_TO_BEFORE` before it. */
export const SPEAKER = {
  id: "en/actor/speaker",
  kind: "mention",
  description: 'People the lexicon knows as actors who speak ("residents said", "according to soldiers"): a source.',
  examples: ["Residents said the attackers came at dawn.", "The town fell at night, according to villagers."],
  counterexamples: ["Residents fled the town at dawn."],
  pattern: SPEAKS_AFTER,
} as const satisfies PatternRule;

// (Read on the 70 characters after the speaker. Not "said it was attacked", "said they found bodies", "said it
// would": a verb of the passive, of knowing or finding, or a modal tells no act of the speaker's.)
export const SELF_REPORT = {
  id: "en/actor/self-report",
  kind: "mention",
  description:
    'A state force that says it did the act ("the army said it had recaptured", "police said they arrested", "said its jets struck", "claimed to have"): the actor, as well as the source.',
  examples: [
    "The army said it had retaken the village of Tessit from the insurgents on Sunday.",
    "Police said they detained nine suspected kidnappers in Kaduna on Monday.",
    "The military said on Tuesday that its warplanes hit militant hideouts near Bunia.",
  ],
  counterexamples: [
    "The army said it was attacked by gunmen near Tessit on Sunday.",
    "Police said they found the bodies of three men in Kaduna on Monday.",
  ],
  pattern: words(
    /^,?\s+(?:said|says|say|told(?:\s+\w+){0,3}?|reported|stated|announced|confirmed|claimed)(?:\s+on\s+\w+)?,?\s+(?:that\s+)?(?:(?:it|they|we)\s+(?:had\s+|have\s+|has\s+)?(?!(?:been|was|were|is|are|would|will|could|may|might|did|do|does|had|have|has|not|also|believed|feared|suspected|received|learned|heard|saw|knew|expected|thought|found|discovered|recovered|lost|suffered|came|could)\b)[a-z]+\b|(?:its|their|our)\s+(?:troops|soldiers|forces|jets|aircraft|warplanes|planes|drones|helicopters|units|men|officers|agents|personnel|artillery|patrols?)\b)|^\s+claimed\s+to\s+have\b/i,
  ),
} as const satisfies PatternRule;

/** The mention rule of each kind of lexicon entry. */
export const LEXICON_RULES: Record<ActorKind, Rule> = {
  group: GROUP_LEXICON,
  state: STATE_LEXICON,
  generic: GENERIC_LEXICON,
  party: PARTY_LEXICON,
  source: SOURCE_LEXICON,
};

/** Read after a people's bare name: the people it describes ("Fulani civilians", "the Fulani community"). */
export const PEOPLE_BEFORE_CIVILIANS = {
  id: "en/actor/people-before-civilians",
  kind: "filter",
  description:
    "A people's bare name before the people it describes is no militia: they are victims or bystanders " +
    '("Fulani civilians"); herders of a people who fight stay its militia.',
  examples: ["Gunmen killed twelve Fulani villagers near Djibo.", "The Fulani community buried its dead."],
  counterexamples: ["Fulani pastoralists attacked farmers in Benue."],
  pattern: words(
    /^\s+(civilians?|communit(y|ies)|villagers?|villages?|residents?|people|population|women|children|families|elders|farmers?|pastoralists?|herders?|traders?|worshippers|displaced|IDPs|man|woman|boy|girl|child|youth)\b/i,
  ),
} as const satisfies PatternRule;

/** Read after a match whose canonical name is a people's militia (`PEOPLES_MILITIA_NAME`). */
export const PEOPLES_SETTLEMENT = {
  id: "en/actor/peoples-settlement",
  kind: "filter",
  description: "A people's camp or hamlet (\"a Fulani camp\") is its civilians', not its militia.",
  examples: ["Dozo hunters burned a Fulani hamlet near Djenne."],
  pattern: words(/^\s+(camps?|hamlets?|settlements?)\b/i),
} as const satisfies PatternRule;

/** Read before a people's bare name. */
export const TARGETED_PEOPLE = {
  id: "en/actor/targeted-people",
  kind: "filter",
  description: 'A people named as the target ("the killings targeted members of the Fulani") is not its militia.',
  examples: ["The killings targeted members of the Fulani ethnic group in Mopti."],
  pattern: wordStartAfter(
    /(target(ed|ing|s)?|against|members of|killings? of|massacres? of|attacks? on)\s+(the\s+)?(ethnic\s+)?$/i,
  ),
} as const satisfies PatternRule;

/** Read after a civilians' word (inter 7). */
export const CIVILIAN_THING = {
  id: "en/actor/civilian-thing",
  kind: "filter",
  description: 'A civilian word that describes a thing ("a civilian vehicle", "civilian clothes") names no people.',
  examples: ["A drone struck a civilian vehicle on the road to Gao.", "Men in civilian clothes seized the mayor."],
  counterexamples: ["A drone killed two civilians on the road to Gao."],
  pattern: words(
    /^\s+(vehicles?|cars?|trucks?|buses|bus|aircraft|airports?|infrastructure|areas?|zones?|targets?|objects?|propert(y|ies)|buildings?|facilit(y|ies)|clothes|clothing|attire|dress|administration|government|authorit(y|ies)|institutions?|courts?|rule)\b/i,
  ),
} as const satisfies PatternRule;

/** Read after a state force's word (inter 1). */
export const STATE_WORD_OF_CIVILIANS = {
  id: "en/actor/state-word-of-civilians",
  kind: "filter",
  description: 'A state force\'s word for a group of civilians or their vehicles ("a convoy of traders") is no force.',
  examples: ["Gunmen ambushed a convoy of traders near Djibo."],
  pattern: words(
    /^\s+of\s+(?:the\s+|some\s+|\d+\s+)?(civilians?|villagers?|traders?|merchants?|farmers?|herders?|pastoralists?|passengers?|pilgrims?|refugees?|displaced|students?|workers?|trucks?|vehicles?|buses|cars?|lorries)\b/i,
  ),
} as const satisfies PatternRule;

/** The match is written with a capital; read after it. */
export const PEOPLE_WORD_IN_NAME = {
  id: "en/actor/people-word-in-name",
  kind: "filter",
  description:
    'A civilians\' word written with a capital inside a sentence, before another capitalised word, is part of a name ("Man Loi").',
  examples: ["Fighting was reported near Nam Hkai and Man Loi in Shan State."],
  pattern: words(/^\s+\p{Lu}/u),
} as const satisfies PatternRule;

/** The match opens its sentence (or clause) when what comes before it ends so. */
export const CAPITALISED = words(/^\p{Lu}/u);
export const CLAUSE_START_BEFORE = words(/[.!?:]\s*$|^\s*$/);

/** Read before anyone but civilians. */
export const SUPPOSED_FIGHTERS = {
  id: "en/actor/supposed-fighters",
  kind: "filter",
  description:
    'People a report says were only taken for fighters ("two men suspected of being militants") are no armed side.',
  examples: ["Soldiers killed two men suspected of being militants in Tillaberi."],
  pattern: wordStartAfter(
    /(suspected of being|accused of being|mistak(?:en|ing) (?:him|her|them) for|mistaken for)\s+(?:an?\s+|the\s+)?(?:members?\s+of\s+)?(?:an?\s+|the\s+)?$/i,
  ),
} as const satisfies PatternRule;
