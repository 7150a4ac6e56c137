import type { PatternRule, Rule } from "../../../../base/rule.js";
import { wordList, words } from "../../../../base/words.js";
import { EN_COUNTED } from "./counted.js";
import { EN_SCOPE_CUES } from "./scope.js";
import { VAGUE_QUANTITIES } from "./words.js";

const MODIFIER = String.raw`(?<modifier>at least|more than|over|nearly|almost|about|around|some|up to|as many as|at most|fewer than|less than|approximately|roughly|an estimated|close to|upwards of)\s+`;
const WORD_NUMBER = String.raw`(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen)(?:[\s-](?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|million|dozen))*)`;
const DIGIT_NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:hundred|thousand|million))?`;
// ("killed the brother of the chief": "the" may stand for one person, never before a number: "the two fatalities".)
const DEFINITE = String.raw`the(?![\s-]+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozen|\d)\b)`;
const ONE_NUMBER = `(?:${DIGIT_NUMBER}|${WORD_NUMBER}|${DEFINITE})`;

export const EN_QUANTITY_NUMBER = {
  id: "en/quantity/number",
  kind: "mention",
  description: 'A figure of people in digits or words ("12 soldiers", "twenty-five traders", "a dozen").',
  examples: ["Jihadists killed 12 soldiers near Djibo.", "Twenty-five traders were kidnapped on the Kaduna road."],
  counterexamples: ["The attack took place 60 km south of Fada."],
  // "between 100 and 150", "100 to 150", "100-150", "at least 30", "8,400", "two million", "a dozen"
  pattern: words(
    new RegExp(
      String.raw`(?<![\p{L}\d,.])(?:${MODIFIER})?(?:between\s+(?<rangeLow>${ONE_NUMBER})\s+and\s+(?<rangeHigh>${ONE_NUMBER})|(?<low>${ONE_NUMBER})(?:\s*(?:-|–|to|or)\s*(?<high>${ONE_NUMBER}))?)(?![\p{L}\d])`,
      "giu",
    ),
  ),
} as const satisfies PatternRule;

export const EN_QUANTITY_BOUNDED_NUMBER = {
  id: "en/quantity/bounded-number",
  kind: "mention",
  description: 'A figure with a modifier that bounds it ("at least 30", "more than 200", "up to 50").',
  examples: ["At least 30 soldiers were killed in the ambush near Tessit.", "Fighters abducted more than 200 pupils."],
} as const satisfies Rule;

export const EN_QUANTITY_RANGE = {
  id: "en/quantity/range",
  kind: "mention",
  description: 'Two figures that bound one count ("between 100 and 150", "20 to 30", "10-15").',
  examples: ["Gunmen killed between 100 and 150 villagers in Solhan.", "Some 20 to 30 herders were abducted."],
} as const satisfies Rule;

export const EN_QUANTITY_VAGUE_WORD = {
  id: "en/quantity/vague-word",
  kind: "mention",
  description: 'A count given in words with no number ("dozens were killed", "a number of soldiers went missing").',
  examples: ["Dozens were killed when fighters stormed the town of Barsalogho.", "Several soldiers were wounded."],
  counterexamples: ["Several villages in the district held elections."],
  pattern: wordList(Object.keys(VAGUE_QUANTITIES), "gi"),
} as const satisfies PatternRule;

export const EN_QUANTITY_DEATHS_WITHOUT_COUNT = {
  id: "en/quantity/deaths-without-count",
  kind: "mention",
  description: 'Deaths told without a count ("mass graves", "heavy casualties", "many were killed").',
  examples: [
    "Villagers found mass graves after the soldiers left.",
    "The ambush caused heavy casualties among the troops.",
  ],
  counterexamples: ["The convoy was ambushed but there were no casualties."],
  pattern: words(
    /\b(mass graves?|bodies (?:were|have been|had been) (?:found|recovered|discovered)|(?:many|several|numerous|dozens of|scores of|hundreds of) (?:people |civilians |soldiers )?(?:were |have been )?(?:killed|dead)|heavy casualties|casualties|death toll (?:is|was|remains) unknown)\b/gi,
  ),
} as const satisfies PatternRule;

export const EN_QUANTITY_STATED_TOLL = {
  id: "en/quantity/stated-toll",
  kind: "mention",
  description:
    'A toll the source states as the figure to use ("fatalities coded as 10", "the death toll was put at 12"), shared out over the places it is spread across.',
  examples: [
    "Militants raided several hamlets. Fatalities coded as 9 and spread across three locations.",
    "Bandits attacked the market; the death toll was put at 12.",
  ],
  pattern: words(
    /\b(?:fatalities|deaths|death toll)(?: and injuries)?,? (?:(?:was|were|is|are) )?(?:coded|recorded|estimated|put|set) (?:as|at) (?<toll>\d{1,5})\b(?:[^.;]*?\b(?:spread|split|divided|shared) (?:across|between|among|over) (?<places>\w+) (?:locations|places|sites|villages|events)(?: (?:in|over) (?<days>\w+) days)?)?/gi,
  ),
} as const satisfies PatternRule;

export const EN_QUANTITY_SPLIT_TOLL = {
  id: "en/quantity/split-toll",
  kind: "mention",
  description:
    'A toll the source says it split over several events ("fatalities split between 2 events", "split across 4 events (1)", "[1 fatality split among 12 events]") gives each event its share: the figure in brackets, or the toll it names or told before it, divided by the events.',
  examples: [
    "Gunmen raided two villages and killed 6 people. Fatalities split between 2 events.",
    "Airstrikes killed 8 fighters in three districts. Fatalities are split across three events (3).",
    "About twenty people died in the two clashes; fatalities were divided across two events.",
    "A soldier was killed somewhere along the front that day [1 fatality split among 9 events].",
  ],
  counterexamples: ["Gunmen raided two villages and killed 6 people."],
  pattern: words(
    /\b(?:(?<toll>\d{1,5}) )?fatalit(?:ies|y) (?:are |were |have been |is |was )?(?:split|divided|spread|shared) (?:evenly )?(?:across|between|among|over) (?<events>\w+) (?:separate )?events\b(?: \((?<share>\d{1,5})\))?/gi,
  ),
} as const satisfies PatternRule;

export const EN_QUANTITY_BARE_VICTIM = {
  id: "en/quantity/bare-victim",
  kind: "mention",
  description: 'Headlines drop the article: "Mob lynches man", "Militia kills village chief" count one killed.',
  examples: ["Mob lynches suspected thief in Kano market", "Militia kills village chief near Bunia"],
  counterexamples: ["Militia kills two herders near Bunia"],
  pattern: words(
    /\b(?:kills|lynches|murders|shoots dead|stabs to death|hacks to death|beats to death|burns to death|guns down|beheads)\s+(?<person>(?:(?!(?:a|an|the|his|her|their|two|three|four|five|six|seven|eight|nine|ten)\s)[\w-]+\s+){0,3}?(?:man|woman|boy|girl|child|thief|suspect|teacher|student|farmer|herder|trader|officer|policeman|soldier|chief|pastor|imam|priest|journalist|robber|resident|villager|driver|rider|businessman|cleric|elder|activist|leader|official|councillor|councilor))\b/gi,
  ),
} as const satisfies PatternRule;

/** Participles that say a person died of what was done to them. */
const KILLED_PARTICIPLE =
  "(?:killed|murdered|assassinated|executed|beheaded|lynched|slain|shot dead|gunned down|(?:shot|stabbed|hacked|beaten|clubbed|stoned|strangled|tortured|burnt|burned) to death|found dead)";

export const EN_QUANTITY_ONE_KILLED_PASSIVE = {
  id: "en/quantity/one-killed-passive",
  kind: "mention",
  description:
    'A singular passive of killing ("a judge was shot dead", "the secretary has been murdered") counts one killed, whoever the person.',
  examples: [
    "A provincial judge was shot dead by gunmen in Herat on Tuesday.",
    "The village secretary was stabbed to death in his house near Mueda.",
    "A shepherd has been murdered by militants near Maimana.",
  ],
  counterexamples: ["The convoy was attacked near Gao on Monday.", "Two herders were shot dead near Bama."],
  pattern: words(
    new RegExp(
      String.raw`\b(?:was|has been|had been)\s+(?:(?:reportedly|allegedly|brutally|fatally|later|also)\s+)?${KILLED_PARTICIPLE}\b`,
      "gi",
    ),
  ),
} as const satisfies PatternRule;

export const EN_QUANTITY_PRONOUN_VICTIM = {
  id: "en/quantity/pronoun-victim",
  kind: "mention",
  description:
    'A person killed told by a pronoun ("killed him", "beat her to death", "shot him dead") counts one killed.',
  examples: [
    "Gunmen stormed the chief's compound near Zurmi and killed him.",
    "Villagers caught a suspected thief in Kisii on Sunday and beat him to death.",
    "Soldiers stopped a trader at a checkpoint near Djibo and shot her dead.",
  ],
  counterexamples: ["Gunmen stopped a driver near Gboko and shot him in the leg."],
  pattern: words(
    /\b(?:(?:killed|killing|murdered|murdering|executed|executing|assassinated|beheaded|lynched|lynching)\s+(?:him|her)|(?:shot|shooting|stabbed|stabbing|hacked|beat|beaten|beating|clubbed|stoned|strangled|tortured|burnt|burned|burning)\s+(?:him|her)\s+(?:dead|to death))\b/gi,
  ),
} as const satisfies PatternRule;

export const EN_QUANTITY_KILLED_SOMEONE = {
  id: "en/quantity/killed-someone",
  kind: "mention",
  description:
    'A verb of killing before "a" or "an" kills one person, whatever the word for them ("assassinated an economic operator", "killed a 17-year-old"), unless the words count a group or animals.',
  examples: [
    "Gunmen assassinated an economic operator in Timbuktu on Monday.",
    "Soldiers killed a 17-year-old at a checkpoint near Rutshuru on Monday.",
    "Militants abducted and killed a forest guide near Fada on Monday.",
  ],
  counterexamples: [
    "Gunmen killed a number of villagers near Gboko on Monday.",
    "Raiders killed a cow and stole goats near Bama on Monday.",
  ],
  pattern: words(
    /\b(?:killed|killing|murdered|murdering|assassinated|assassinating|executed|executing|beheaded|beheading|lynched|lynching|shot dead|gunned down)\s+(?:a|an)\s+(?!(?:number|dozen|total|group|herd|few|couple|handful|score|series|family|lot|host|crowd|band|average|estimated|cows?|goats?|sheep|camels?|donkeys?|horses?|dogs?|bulls?|ox|pigs?|chickens?)\b)[\w'’-]+/gi,
  ),
} as const satisfies PatternRule;

export const EN_QUANTITY_NOT_A_COUNT = {
  id: "en/quantity/not-a-count",
  kind: "filter",
  description: "A figure followed by a unit counts no people: distances, durations, money, shares, times, units.",
  examples: ["The attack took place 60 km south of Fada.", "The siege of the town lasted 3 days."],
  counterexamples: ["Gunmen killed 60 villagers south of Fada."],
  // (Also units: "the 503 LIB".)
  pattern: words(
    /^\s*(?:%|percent|per cent|km|kms|kilometres|kilometers|miles|mi|metres|meters|m\b|hours?|days?|weeks?|months?|years?|minutes?|seconds?|am|pm|a\.m|p\.m|o'clock|dollars|usd|euros?|cfa|naira|francs|tons|tonnes|kg|litres|liters|hectares|acres|degrees|times|fold|st|nd|rd|th|LIB|LIR|IB|battalions?|brigades?|regiments?|divisions?)\b/i,
  ),
} as const satisfies PatternRule;

export const EN_QUANTITY_THINGS = {
  id: "en/quantity/things",
  kind: "filter",
  description: 'A figure of things, not people ("ten bags of rice", "40 cattle", "three vehicles").',
  examples: ["Raiders stole 40 cattle from herders near Bama.", "Gunmen burned three vehicles on the highway."],
  counterexamples: ["Raiders killed 40 herders near Bama."],
  // (After "a" they may qualify a person, "a cattle herder", so they end only figures.)
  pattern: words(
    /^\s*(?:bags?|sacks?|pigs?|goats?|cows?|oxen|ox|bulls?|cattle|heads? of cattle|sheep|camels?|donkeys?|horses?|dogs?|chickens?|livestock|houses?|homes?|shops?|rounds?|shells?|vehicles?|cars?|trucks?|motorbikes?|motorcycles?)\b/i,
  ),
} as const satisfies PatternRule;

export const EN_QUANTITY_SINGLE_PERSON = {
  id: "en/quantity/single-person",
  kind: "mention",
  description: '"a", "an" or "the" before one person harmed counts one ("killed a teacher", "a soldier was wounded").',
  examples: ["Gunmen killed a teacher near the school in Kaya.", "A soldier was wounded in the blast."],
  counterexamples: ["Gunmen burned a school near Kaya."],
  pattern: words(
    /^\s+(?:[\w-]+\s+){0,2}?(man|woman|boy|girl|child|person|civilian|soldier|corporal|sergeant|lieutenant|captain|commander|ranger|militiaman|policeman|policewoman|police officer|officer|villager|farmer|herder|pastoralist|teacher|student|pupil|driver|trader|merchant|resident|worker|chief|councilor|councillor|individual|brother|sister|son|daughter|father|mother|husband|wife|relative|activist|doctor|nurse|rider|herdsman|cleric|marabout|pastor|imam|priest|journalist|militant|fighter|member|youth|guard|gendarme|official|leader|shopkeeper|adolescent|teenager|suspect|thief|robber|convict|boatman|fisherman|motorist|passenger|businessman|local|body|drug dealer|drug trafficker|dealer|trafficker)\b/i,
  ),
} as const satisfies PatternRule;

export const EN_QUANTITY_RELATIVE_CLAUSE = {
  id: "en/quantity/relative-clause",
  kind: "filter",
  description:
    'A person a relative clause describes is no toll ("relatives of a man who died in custody"), unless a word of harm comes first.',
  examples: ["Relatives of a man who died in police custody marched in Nairobi."],
  counterexamples: ["Police shot a man in Nairobi during the march."],
  pattern: words(/^\s+(?:\p{L}+\s+){1,2}(who|whose)\b/iu),
} as const satisfies PatternRule;

export const EN_QUANTITY_DENIED = {
  id: "en/quantity/denied",
  kind: "filter",
  description: 'Words just before a death word that deny it ("no casualties", "without causing any casualties").',
  examples: ["The shell hit an empty school and caused no casualties."],
  counterexamples: ["The shell hit the school and caused casualties."],
  pattern: words(/\b(no|without(?: causing)?(?: any)?|not (?:cause|result in|leave) any|neither|nor|zero)\s+$/i),
} as const satisfies PatternRule;

export const EN_QUANTITY_SURVIVED = {
  id: "en/quantity/survived",
  kind: "cue",
  description: 'After a figure, words that say those people lived ("11 journalists narrowly escaped").',
  examples: ["11 journalists narrowly escaped when gunmen fired on their bus."],
  pattern: words(/^\s+(?:\w+\s+){0,3}?(escaped|survived|narrowly|avoided|were rescued|were saved)\b/i),
} as const satisfies PatternRule;

export const EN_QUANTITY_UNVERIFIED = {
  id: "en/quantity/unverified",
  kind: "cue",
  description:
    'Words that leave a figure unverified ("unconfirmed", "some reports state", "conflicting reports"): ACLED codes the most conservative figure, and one only unverified counts no death.',
  examples: [
    "Soldiers clashed with militants near Seri. Some reports state that three militants were killed.",
    "Gangs burned homes in the valley (20 unconfirmed deaths reported).",
    "Conflicting reports said five people were killed in the raid on the camp.",
  ],
  counterexamples: ["Soldiers clashed with militants near Seri, killing three of them."],
  pattern: words(
    /\b(unverified|unconfirmed|some reports (?:state|say|said|suggest|claim)|conflicting reports|could not be (?:independently )?(?:verified|confirmed))\b/i,
  ),
} as const satisfies PatternRule;

export const EN_QUANTITY_HEDGED = {
  id: "en/quantity/hedged",
  kind: "cue",
  description:
    'Words that make a figure a party\'s claim ("claimed to have killed"): a toll told plainly wins over it; alone, it stands, as ACLED codes it.',
  examples: ["The militants claimed to have killed 40 soldiers in the raid."],
  counterexamples: ["The militants killed 40 soldiers in the raid."],
  pattern: words(/\bclaim(?:ed|s) (?:that|to have)\b/i),
} as const satisfies PatternRule;

export const EN_QUANTITY_COMPARISON = {
  id: "en/quantity/comparison",
  kind: "filter",
  description: 'A superlative before "since …" ranks the event against the past, so the figure stays the event\'s.',
  examples: [{ text: "It was the deadliest attack since 2019: 40 soldiers were killed.", published: "2024-08-25" }],
  pattern: words(
    /\b(deadliest|bloodiest|worst|largest|biggest|heaviest|most (?:deadly|serious|severe|violent)|first)\b/i,
  ),
} as const satisfies PatternRule;

/** English quantity rules: figures, what they count, and the cues that scope them. */
export const EN_QUANTITY_RULES: readonly Rule[] = [
  EN_QUANTITY_NUMBER,
  EN_QUANTITY_BOUNDED_NUMBER,
  EN_QUANTITY_RANGE,
  EN_QUANTITY_VAGUE_WORD,
  EN_QUANTITY_DEATHS_WITHOUT_COUNT,
  EN_QUANTITY_STATED_TOLL,
  EN_QUANTITY_SPLIT_TOLL,
  EN_QUANTITY_BARE_VICTIM,
  EN_QUANTITY_ONE_KILLED_PASSIVE,
  EN_QUANTITY_PRONOUN_VICTIM,
  EN_QUANTITY_KILLED_SOMEONE,
  EN_QUANTITY_NOT_A_COUNT,
  EN_QUANTITY_THINGS,
  EN_QUANTITY_SINGLE_PERSON,
  EN_QUANTITY_RELATIVE_CLAUSE,
  EN_QUANTITY_DENIED,
  EN_QUANTITY_SURVIVED,
  EN_QUANTITY_UNVERIFIED,
  EN_QUANTITY_HEDGED,
  EN_QUANTITY_COMPARISON,
  ...EN_COUNTED,
  ...EN_SCOPE_CUES,
];
