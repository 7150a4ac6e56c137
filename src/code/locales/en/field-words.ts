import type { PatternRule } from "../../../base/rule.js";
import { words } from "../../../base/words.js";
import type { FieldWords } from "../field-words.js";

// "Twelve people were killed": killing always has a doer, even one the report leaves unnamed.
const KILLED_WORD = words(/^killed$/i);
// "An explosion hit the market", "a tank exploded".
const BLAST_WORD = words(/^(explosions?|exploded|blasts?)$/i);

// "On Sunday, the army …", "Mali: Gunmen …", "In Gao, Malian soldiers …": only a date, a label, an article or the
// actor's own country may come before a sentence's subject.
const SUBJECT_BEFORE =
  /^(?:[\p{L} ]+:\s*)?(?:(?:[Oo]n|[Aa]round|[Aa]s reported on|[Ii]n|[Aa]t)\s+[^,]{0,60},\s*|\p{Lu}[^,.;]{0,40},\s*)*(?:[Tt]he\s+|[Aa]n?\s+)?(?:\p{Lu}[\p{L}'’-]*\s+|(?:civil|federal|state|local|military|riot|security|armed|joint|national|special)\s+){0,3}$/u;

export const EN_FIGURES_JOINED = {
  id: "en/toll/figures-joined",
  kind: "cue",
  description: 'Two death tolls in one sentence joined by "and" are parts of one toll and add up.',
  examples: [
    "Gunmen attacked a checkpoint near Djibo on Monday; 12 soldiers and 3 civilians were killed.",
    "On Friday militants raided Kalga village in Borno, killing four farmers and two herders.",
    "Two police officers and three passers-by were killed when gunmen opened fire in Peshawar on Monday.",
  ],
  counterexamples: ["Gunmen attacked a checkpoint near Djibo on Monday, killing 12 soldiers."],
  pattern: words(/\band\s*$/i),
} as const satisfies PatternRule;

export const EN_FIGURES_INCLUDED = {
  id: "en/toll/figures-included",
  kind: "cue",
  description: 'A toll after "including" or "among them" is part of the toll before it, not another to add.',
  examples: [
    "Twenty people, including soldiers and 5 police officers, were killed when militants stormed Mora on Sunday.",
    "Thirty people, among them soldiers and 4 gendarmes, were killed when jihadists raided Tillabéri on Thursday.",
  ],
  counterexamples: ["Militants attacked Mora on Sunday; 20 soldiers and 5 civilians were killed."],
  pattern: words(/including|among them|of whom|of them/i),
} as const satisfies PatternRule;

export const EN_TRAVEL_BEFORE = {
  id: "en/scene/travel-before",
  kind: "cue",
  description: "A place people were travelling to or coming from is less likely the scene than the one they were in.",
  examples: [
    "Bandits killed three traders travelling to Kano near Tsafe on Saturday.",
    "Gunmen ambushed a bus travelling to Mopti outside Bandiagara on Tuesday, killing two.",
  ],
  counterexamples: ["Bandits killed three traders in Tsafe on Saturday."],
  pattern: words(
    /\b(travel\w*|head(?:ed|ing)|going|bound|en route|on their way|fled|fleeing|return(?:ed|ing)?|moving|journey\w*|trains?|flights?|road)\b[^.;]{0,50}\b(to|towards?|from)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu,
  ),
} as const satisfies PatternRule;

export const EN_PART_OF_AREA = {
  id: "en/scene/part-of-area",
  kind: "cue",
  description:
    'The area after "village of" or "in the outskirts of" encloses the place before it: the smaller place is the scene.',
  examples: [
    "Soldiers clashed with PKK fighters in Dogankoy village of Pervari on Monday.",
    "Regime forces shelled Hajin in the eastern countryside of Deir ez-Zor on Friday.",
  ],
  counterexamples: ["Soldiers clashed with PKK fighters near Pervari on Monday."],
  pattern: words(
    /(?:\b(?:village|town|hamlet|locality|neighbou?rhood|suburb|quarter)\s+of|\bin\s+the\s+(?:\p{Ll}+\s+)?(?:countryside|outskirts|suburbs)\s+of)\s+$/u,
  ),
} as const satisfies PatternRule;

export const EN_PAST_EVENT_AFTER = {
  id: "en/scene/past-event-name",
  kind: "cue",
  description: 'A place between a year and "attack", "bombing" or "war" names a past event, not the scene.',
  examples: [
    "Police arrested two men in Srinagar on Monday over links to the 2019 Pulwama attack.",
    "Security forces raided a house in Karachi on Sunday, months after the 2008 Mumbai attacks.",
  ],
  counterexamples: ["Police arrested two men in Pulwama on Monday after an attack on a convoy."],
  pattern: words(
    /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(attacks?|bombings?|massacres?|blasts?|killings?|raids?|uprising|war|crisis)\b/u,
  ),
} as const satisfies PatternRule;

export const EN_UNNAMED_SETTLEMENT = {
  id: "en/scene/unnamed-settlement",
  kind: "resolver",
  description:
    'An event whose sentences name no place finer than a country or a region but refer to "the town" or "the village" happened at the town the report names elsewhere, in that country, even in a background sentence.',
  examples: [
    "Drones struck the town, killing nine traders in Mali. The town was the scene of heavy fighting near Tessit last year.",
  ],
  counterexamples: [
    "Drones struck a market, killing nine traders in Mali. Heavy fighting raged near Tessit last year.",
  ],
  pattern: words(/\b(?:the|this)\s+(?:town|village|locality|hamlet)\b/i),
} as const satisfies PatternRule;

export const EN_SCENE_STATED = {
  id: "en/scene/stated",
  kind: "resolver",
  description:
    'A place a sentence gives as where the event happened ("the attack took place in Kalgo", "the strike occurred near the town of Hermel") is the scene, wherever that sentence stands.',
  examples: [
    "Gunmen killed four traders in Kenya on Sunday. The attack took place near Garsen, police said.",
    "A drone strike killed six fighters, Syrian media reported on Monday. The strike occurred near the town of Hermel.",
    "Militants stormed a village in Mali, killing nine people. The massacre happened in the area of Ansongo.",
  ],
  counterexamples: ["Gunmen killed four traders near Garsen on Sunday, residents said."],
  pattern: words(
    /\b(?:took place|occurred|happened|unfolded)\s+(?:\p{Ll}+\s+){0,2}?(?:in|at|near|outside|around)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:of\s+)?$/u,
  ),
} as const satisfies PatternRule;

export const EN_GOVERNMENT = {
  id: "en/code/government",
  kind: "cue",
  description:
    "The words for a state's civilian authorities (the government, a governor, the president, a ministry): with no armed actor, a strategic development's actor1 is its government.",
  examples: [
    "On 10 September 2021, the government of Chad extended the state of emergency in the Ouaddai region by four months.",
    "Authorities in Iraq ordered a curfew in the Wassit province on 24 June 2020.",
  ],
  counterexamples: ["Suspected JNIM militants imposed a curfew on the villagers of Tansila, Burkina Faso, on Tuesday."],
  pattern: words(
    /\b(government|governments|authorities|governor|governorship|president|prime minister|ministry|minister|cabinet|parliament)\b/i,
  ),
} as const satisfies PatternRule;

export const EN_FIELD_WORDS: FieldWords = {
  killedWord: KILLED_WORD,
  blastWord: BLAST_WORD,
  subjectBefore: SUBJECT_BEFORE,
  figuresJoined: EN_FIGURES_JOINED,
  figuresIncluded: EN_FIGURES_INCLUDED,
  travelBefore: EN_TRAVEL_BEFORE,
  partOfArea: EN_PART_OF_AREA,
  pastEventAfter: EN_PAST_EVENT_AFTER,
  sceneStated: EN_SCENE_STATED,
  unnamedSettlement: EN_UNNAMED_SETTLEMENT,
  government: EN_GOVERNMENT,
};

/** The English field rules, for the registry. */
export const EN_FIELD_RULES = [
  EN_FIGURES_JOINED,
  EN_FIGURES_INCLUDED,
  EN_TRAVEL_BEFORE,
  EN_PART_OF_AREA,
  EN_PAST_EVENT_AFTER,
  EN_SCENE_STATED,
  EN_UNNAMED_SETTLEMENT,
  EN_GOVERNMENT,
] as const;
