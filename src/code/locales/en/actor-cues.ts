import type { PatternRule } from "../../../base/rule.js";
import { words } from "../../../base/words.js";
import type { IdentityRule } from "../coding-language.js";

/**
 * English cues for who did it and who suffered it: the words around actors and verbs that `chooseAttacker`,
 * `associatedActor`, the type step and the place step read. Each is a rule; `CodingLanguage` lists them for the
 * algorithms, which record the one that decided.
 */

export const AGENTLESS_HARM = {
  id: "en/code/agentless-harm",
  kind: "cue",
  description:
    "A word of death or harm (died, injured, exploded) that, with no armed actor, may be an accident or illness.",
  examples: ["Twelve people died in Goma on Saturday."],
  counterexamples: ["Gunmen killed five villagers in Fiko on Tuesday."],
  pattern: words(
    /^(dead|died|deaths?|injur(ed|ing)|wound(ed|ing)|hurt|explosions?|exploded|blasts?|detonated|killed)$/i,
  ),
} as const satisfies PatternRule;

// ("was injured in a drive-by shooting in Rangel neighbourhood by armed men": up to eight words, in one clause.)
export const AGENT_AFTER = {
  id: "en/code/agent-after",
  kind: "cue",
  description:
    'The words after a verb up to its agent ("were killed by gunmen", "by members of the police"): the group after them did it.',
  examples: [
    "Three traders were shot dead by suspected al-Shabaab fighters in Mandera on Friday.",
    "A woman was raped by a member of the FARDC in Rutshuru on Friday.",
    "A journalist was beaten by suspected members of the police in Jayapura on Monday.",
    "Four fishermen were killed by elements of the FDS near Mueda, Cabo Delgado, on Sunday.",
    "A policeman was shot and killed by Taliban militants in Deh Rawod on Friday.",
    "Two traders were abducted and later executed by al-Shabaab fighters near Jilib on Monday.",
  ],
  counterexamples: ["Two soldiers were killed near Gao on Monday when a convoy hit by JNIM fighters overturned."],
  pattern: words(
    /^\s*(?:(?!(?:when|after|while|who|which|that|and|as|before|but)\s)[\w'’-]+\s+|and\s+(?=(?:[\w'’-]+\s+){1,2}by\s)){0,8}?by\s+(?:(?:a|an|the|two|three|four|five|six|several|some|\d+|group of|number of|suspected|alleged|presumed|unidentified|unknown|armed)\s+)*(?:(?:members?|elements?|personnel|officers?|agents?|units?)\s+of\s+(?:the\s+)?)?(?:(?!(?:when|after|while|who|which|that|and|as|before|but)\s)[\w'’-]+\s+){0,2}$/i,
  ),
} as const satisfies PatternRule;

export const AGENT_BEFORE = {
  id: "en/code/agent-before",
  kind: "cue",
  description:
    'The words before an actor that make it the agent of a passive verb before the event\'s trigger ("were killed by Afghan military airstrikes"): it did it, not the people who suffered.',
  examples: [
    "Twenty Taliban fighters were killed by Afghan army airstrikes in Zabul on Saturday.",
    "Six al-Shabaab militants were reportedly killed by Somali army artillery near Jilib on Monday.",
    "Eight ISWAP fighters were killed by Nigerian army shelling near Monguno on Friday.",
  ],
  counterexamples: ["Taliban fighters attacked an Afghan army checkpoint in Zabul on Saturday."],
  pattern: words(
    /\b(?:[Ww]as|[Ww]ere|been|being)\s+(?:\p{L}+ly\s+)?\p{L}+\s+(?:and\s+(?:\d+\s+|\p{L}+\s+)?(?:were\s+)?\p{L}+\s+)?by\s+(?:(?:a|an|the|two|three|several|suspected|alleged|\d+)\s+)*(?:\p{Lu}[\p{L}-]+\s+)?$/u,
  ),
} as const satisfies PatternRule;

export const RESPONSIBILITY = {
  id: "en/code/responsibility",
  kind: "cue",
  description: 'Words near a group that hold it responsible ("JNIM claimed", "blamed", "footage of the attack").',
  examples: ["Unidentified gunmen killed six herders near Menaka on Monday. ISGS claimed the attack on Tuesday."],
  pattern: words(
    /\b(claim(ed|s)?( responsibility)?|responsib(le|ility)|carried out|behind the (attack|ambush|raid)|footage of the (attack|raid|ambush)|video of the (attack|raid)|blamed|attributed|accused)\b/i,
  ),
} as const satisfies PatternRule;

export const DENIED_RESPONSIBILITY = {
  id: "en/code/denied-responsibility",
  kind: "cue",
  description: "A sentence saying no one claimed it, or a group denied it: the group it names is not held responsible.",
  examples: ["Unknown gunmen killed four farmers near Djibo on Sunday. JNIM denied any involvement in the attack."],
  counterexamples: ["ISGS claimed responsibility for the ambush near Gao on Monday that killed four soldiers."],
  pattern: words(
    /\b(no (group|one) (has )?(yet )?claimed|not (yet )?been claimed|denied (any )?(responsibility|involvement)|unclaimed)\b/i,
  ),
} as const satisfies PatternRule;

/** A rule for one of ACLED's associated actors, named by its label. */
const identity = (
  id: string,
  label: string,
  example: string,
  pattern: RegExp,
  counterexamples: readonly string[] = [],
): IdentityRule => ({
  id,
  kind: "cue",
  label,
  description: `Words that say a crowd or its victims are ${label} (ACLED's associated actor).`,
  examples: [example],
  counterexamples,
  pattern,
});

/** ACLED's associated actors for who a crowd or its victims are, with the English words for each. */
export const IDENTITIES: readonly IdentityRule[] = [
  identity(
    "en/code/identity-students",
    "Students",
    "Hundreds of students protested in Nairobi on Monday against higher fees.",
    words(/\b(students?|pupils|schoolchildren|undergraduates)\b/i),
  ),
  identity(
    "en/code/identity-teachers",
    "Teachers",
    "Striking teachers marched in Lagos on Tuesday to demand unpaid salaries.",
    words(/\b(teachers?|lecturers?|professors)\b/i),
  ),
  identity(
    "en/code/identity-health-workers",
    "Health Workers",
    "Nurses protested outside the ministry in Harare on Wednesday over unpaid wages.",
    words(
      /\b(health (?:care )?workers?|doctors?|nurses?|medics?|medical (?:staff|workers?|personnel)|clinical officers?|midwives)\b/i,
    ),
  ),
  identity(
    "en/code/identity-journalists",
    "Journalists",
    "Journalists protested in Kampala on Friday against the arrest of a colleague.",
    words(/\b(journalists?|reporters?|media workers?|photojournalists?)\b/i),
  ),
  identity(
    "en/code/identity-lawyers",
    "Lawyers",
    "Lawyers protested in Islamabad on Thursday against the new judicial law.",
    words(/\b(lawyers?|advocates|attorneys)\b/i),
  ),
  identity(
    "en/code/identity-farmers",
    "Farmers",
    "Farmers protested in Dhaka on Monday against low rice prices.",
    words(/\b(farmers?|peasants?|growers)\b/i),
  ),
  identity(
    "en/code/identity-fishers",
    "Fishers",
    "Fishermen protested in Dakar on Saturday against foreign trawlers.",
    words(/\b(fishermen|fisherman|fishers?|fisherfolk)\b/i),
  ),
  identity(
    "en/code/identity-labour-group",
    "Labour Group",
    "Miners protested in Rustenburg on Tuesday over unpaid bonuses.",
    words(
      /\b((?<!health |medical |aid )workers?|employees?|labou?rers?|trade unionists?|union members|miners|dock workers)\b/i,
    ),
    // (Health workers are health workers, not a labour group.)
    ["Health workers protested in Harare on Monday over unpaid wages."],
  ),
  identity(
    "en/code/identity-refugees",
    "Refugees/IDPs",
    "Refugees protested in Kakuma camp on Sunday over food rations.",
    words(/\b(refugees?|IDPs?|internally displaced|asylum seekers?)\b/i),
  ),
  identity(
    "en/code/identity-prisoners",
    "Prisoners",
    "Prisoners rioted in Kirikiri prison in Lagos on Monday, burning mattresses.",
    words(/\b(prisoners?|inmates?|detainees)\b/i),
  ),
  identity(
    "en/code/identity-women",
    "Women",
    "Women protested in Khartoum on Thursday against the curfew.",
    words(/\b(women|woman|girls?|mothers|widows)\b/i),
  ),
  identity(
    "en/code/identity-children",
    "Children",
    "Gunmen killed three children in Kasai on Monday.",
    words(/\b(children|child|boys?|infants?|babies|baby)\b/i),
  ),
  identity(
    "en/code/identity-muslims",
    "Muslim Group",
    "Muslims protested in Dhaka on Friday against the cartoons.",
    words(/\b(Muslims?|worshipp?ers at (?:a|the) mosque)\b/),
  ),
  identity(
    "en/code/identity-christians",
    "Christian Group",
    "Christians protested in Lahore on Sunday against the attack on a church.",
    words(/\b(Christians?|churchgoers|parishioners|worshipp?ers at (?:a|the) church)\b/),
  ),
  identity(
    "en/code/identity-hindus",
    "Hindu Group",
    "Hindus protested in Dhaka on Saturday against the burning of a temple.",
    words(/\bHindus?\b/),
  ),
];

export const LISTED_AFTER = {
  id: "en/code/listed-after",
  kind: "cue",
  description: 'The people listed after a crowd\'s first word ("teachers and nurses"): they are the crowd too.',
  examples: ["Protesters and nurses marched in Harare on Wednesday over unpaid wages."],
  pattern: words(/^(?:\s*(?:,|and)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)+/u),
} as const satisfies PatternRule;

export const OBJECT_BEFORE = {
  id: "en/code/object-before",
  kind: "cue",
  description:
    'The words before an actor that make it a verb\'s object ("an attack on", "clashed with"): not the doer.',
  examples: ["After an assault on al-Shabaab, Kenyan troops shelled Kolbio on Friday."],
  pattern: words(/\b(on|against|targeting|towards?|upon|with)\s+((the|a|an|some|several|\d+)\s+)*(pro-)?$/i),
} as const satisfies PatternRule;

/** Used inside the passive-verb patterns of `chooseAttacker` (by its source) as well as alone. */
export const PASSIVE = {
  id: "en/code/passive",
  kind: "cue",
  description: 'A passive auxiliary between people and a verb ("villagers were killed"): they suffer the act.',
  examples: ["Five soldiers were killed near Gao on Monday."],
  counterexamples: ["JNIM fighters ambushed a patrol near Gao on Monday, killing five soldiers."],
  pattern: words(/\b(was|were|been|being|is|are)\b/i),
} as const satisfies PatternRule;

/** Participles of harm done to people ("killed", "beaten", "abducted"). */
const HARMED =
  "(?:killed|murdered|slain|executed|beheaded|lynched|attacked|assaulted|beaten|shot|stabbed|hacked|stoned|tortured|injured|wounded|abducted|kidnapped|raped|robbed|burned|burnt)";

export const REDUCED_PASSIVE = {
  id: "en/code/reduced-passive",
  kind: "cue",
  description:
    'A participle of harm done to people with no object after it, only a place, time, agent or the clause\'s end ("twelve villagers killed in a raid", "two traders shot dead near Gao"): they suffer it, as after "were". (Not a verb people do with no object, "clashed in", "engaged in".)',
  examples: [
    "Twelve villagers killed in a raid near Gboko on Sunday.",
    "Four farmers hacked to death in their fields near Gboko on Sunday.",
    "Three traders beaten and robbed by unknown men outside the bus park in Mbale on Friday.",
  ],
  counterexamples: [
    "Villagers killed a suspected thief in Kano on Friday.",
    "Two groups of traders engaged in a clash at the bus station in Jessore on Monday.",
  ],
  pattern: words(
    new RegExp(
      String.raw`^${HARMED}(?:\s+(?:dead|to death))?(?:\s+and\s+${HARMED})?(?:\s+(?:in|inside|by|during|when|after|near|at|on|as|while|overnight|following|amid|outside|since)\b|\s*[,.;:]|\s*$)`,
      "i",
    ),
  ),
} as const satisfies PatternRule;

export const JOINED = {
  id: "en/code/joined",
  kind: "cue",
  description: 'The words between two groups that did it together ("Tiv and Jukun militias"): the first is actor 1.',
  examples: ["Al-Shabaab and ISIS-Somalia attacked an army base in Bosaso on Monday."],
  pattern: words(/^\s*(and|,)\s*$/i),
} as const satisfies PatternRule;

export const ALTERNATIVE = {
  id: "en/code/alternative",
  kind: "cue",
  description: 'The words between two groups either of which did it ("ISWAP or Boko Haram"): coded "A and/or B".',
  examples: ["ISWAP or Boko Haram fighters killed nine fishermen near Baga on Monday."],
  pattern: words(/^\s*(\/|or|and\/or)\s*$/i),
} as const satisfies PatternRule;

export const STRUCK_DEVICE = {
  id: "en/code/struck-device",
  kind: "cue",
  description:
    'Words before a device that say its victims ran into it ("struck an IED"): the one who planted it did it.',
  examples: ["An army truck struck an IED planted by JNIM near Boni on Friday."],
  pattern: words(/\b(struck|hit|ran over|stepped on|drove over|triggered)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i),
} as const satisfies PatternRule;

export const ASIDE = {
  id: "en/code/aside",
  kind: "cue",
  description:
    'An aside between commas about someone (", who are allies of the CJNG,"): its groups are not the event\'s.',
  examples: ["Gunmen of the Viagras, who are allies of the CJNG, ambushed police in Aguililla on Monday."],
  counterexamples: ["Gunmen ambushed a police patrol in Aguililla, Michoacán, on Monday."],
  pattern: words(/,\s*(?:who|which|whose)\b[^,.;]*,/gi),
} as const satisfies PatternRule;

export const RELATIVE_BEFORE = {
  id: "en/code/relative-before",
  kind: "cue",
  description: 'A relative pronoun before a crowd\'s verb ("a student, who beat"): the verb tells about someone else.',
  examples: ["Students rallied in Dhaka on Monday demanding justice for a guard, who beat a pupil to death."],
  pattern: words(/\b(who|which|that)\s+(?:\p{L}+ly\s+)?$/iu),
} as const satisfies PatternRule;

export const STATE_OWNER_BEFORE = {
  id: "en/code/state-owner-before",
  kind: "cue",
  description: 'Words before a country that make it an army\'s owner ("forces of", "the army of"): not the scene.',
  examples: ["The armed forces of Mali killed ten JNIM fighters in Boni, Douentza, on Monday."],
  counterexamples: ["Soldiers attacked rebels in Kouri Bougoudi, Chad, on Sunday."],
  pattern: words(
    /\b(forces|army|armies|military|troops|soldiers|police|government|navy|air force|border guards?|authorities)\s+of\s+(the\s+)?$/i,
  ),
} as const satisfies PatternRule;

// …or acts as a state: "Turkey and Russia conducted a joint patrol".
export const STATE_OWNER_AFTER = {
  id: "en/code/state-owner-after",
  kind: "cue",
  description:
    'Words after a country that make it a state acting ("Kenya Defence Forces", "Turkey shelled"): not the scene.',
  examples: ["Members of the Uganda Army clashed with ADF rebels in Bundibugyo town on Friday."],
  pattern: words(
    /^(?:(['’]s)?\s+(defen[cs]e forces|armed forces|army|military|troops|soldiers|forces|police|navy|air force|border guards?|government)\b|(\s+and\s+\p{Lu}\p{L}+)?\s+(conducted|launched|carried out|deployed|sent|shelled|bombed|struck|accused|claimed)\b)/iu,
  ),
} as const satisfies PatternRule;

// A country across a border from the scene: "near the border with Algeria".
export const BORDER_COUNTRY_BEFORE = {
  id: "en/code/border-country-before",
  kind: "cue",
  description:
    'Words before a country that make it the far side of a border ("near the border with Algeria"): the neighbour, not the scene, where the report names another country.',
  examples: [
    "Smugglers clashed with soldiers close to the borders with Libya on Monday. Three soldiers died in the fighting in northern Chad.",
    "A drone struck a crowded market near the border with Algeria on Sunday; 21 civilians died in the strike in northern Mali.",
  ],
  counterexamples: ["Soldiers clashed with smugglers in Libya on Monday."],
  pattern: words(/\bborders?\s+with\s+(the\s+)?$/i),
} as const satisfies PatternRule;

export const SECURITY_FORCES = {
  id: "en/code/security-forces",
  kind: "cue",
  description:
    'Words for a state\'s forces that name no branch ("security forces"): facing a crowd, they are its police, as ACLED codes crowd control.',
  examples: [
    "Traders protested against new market fees in Niamey on Monday; security forces dispersed them with tear gas.",
    "Youths burned tyres in Kayes on Friday before security forces intervened and arrested twelve.",
  ],
  counterexamples: ["Security forces clashed with JNIM militants near Boni on Monday."],
  pattern: words(
    /^(?:(?:defen[cs]e and )?security (?:forces?|personnel|force members|force personnel)|security agents)$/i,
  ),
} as const satisfies PatternRule;

export const EN_ACTOR_CUES: readonly PatternRule[] = [
  SECURITY_FORCES,
  AGENTLESS_HARM,
  AGENT_AFTER,
  AGENT_BEFORE,
  RESPONSIBILITY,
  DENIED_RESPONSIBILITY,
  ...IDENTITIES,
  LISTED_AFTER,
  OBJECT_BEFORE,
  PASSIVE,
  REDUCED_PASSIVE,
  JOINED,
  ALTERNATIVE,
  STRUCK_DEVICE,
  ASIDE,
  RELATIVE_BEFORE,
  STATE_OWNER_BEFORE,
  STATE_OWNER_AFTER,
  BORDER_COUNTRY_BEFORE,
];
