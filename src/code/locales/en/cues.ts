import type { PatternRule } from "../../../base/rule.js";
import { words } from "../../../base/words.js";
import { DIRECT_FIRE, HANDOUT_WORDS, LIVE_FIRE, OBSERVED_BLASTS, PROPERTY_ATTACK } from "./triggers.js";

/**
 * English cues of the coding stage: words that change how a sentence is read (no conflict, a caption, a separate
 * event) or what the violence in it is (a crowd's, a quarrel's, a killing). Each is a rule; `CodingLanguage` lists
 * them for the algorithms, which record the one that matched.
 */

// Texts about these are not ACLED events unless an armed actor acts in them (or, for a protest, its own words say
// so). By concept; a sentence is off topic when any of them matches.

export const HANDOUT_CUE = {
  id: "en/code/handout",
  kind: "cue",
  description: "Food or aid handed out: no event, unless an armed group does it (then a change of its activity).",
  examples: ["Church volunteers distributed food boxes to families in Tijuana on Sunday."],
  pattern: words(new RegExp(`\\b(${HANDOUT_WORDS})\\b`, "i")),
} as const satisfies PatternRule;

export const NATURAL_DISASTER = {
  id: "en/code/natural-disaster",
  kind: "cue",
  description: 'A natural disaster: floods, storms (with a weather word: "Desert Storm" is a name), quakes, fires.',
  examples: ["Floods swept away forty homes near Beledweyne on Monday."],
  pattern: words(
    /\b(earthquakes?|floods?|flooding|cyclones?|hurricanes?|typhoons?|(tropical|severe|winter|snow|dust|sand|rain|thunder|ice|hail) ?storms?|storms? (surge|damage|hit|battered|lashed|warnings?)|landslides?|droughts?|tsunamis?|wildfires?|volcan(o|ic)|eruption|avalanche|heat ?wave|lightning)\b/i,
  ),
} as const satisfies PatternRule;

export const DISEASE_OR_POISONING = {
  id: "en/code/disease-or-poisoning",
  kind: "cue",
  description:
    'Disease and poisoning: epidemics, outbreaks, cholera, poisoned or adulterated food; not an epidemic told as the cause or setting of what people did ("due to the coronavirus outbreak", "in response to the epidemic").',
  examples: ["A cholera outbreak killed nine people in Kasese district."],
  counterexamples: [
    "Inmates burned mattresses in the jail of Tocuyito, demanding protection due to the coronavirus outbreak.",
    "The governor banned gatherings in response to the measles epidemic.",
  ],
  pattern: words(
    /\b((?<!\b(due to|in response to|amid|because of|during|against|over|to (prevent|curb|contain|stop|fight)( the spread of)?) (the |a |an )?([\w-]+ ){0,3})(epidemic|outbreak)|cholera|poison(ing|ed)|consum(ed|ing)|adulterated)\b/i,
  ),
} as const satisfies PatternRule;

export const ACCIDENT = {
  id: "en/code/accident",
  kind: "cue",
  description: "Accidents: crashes, collapses, capsized boats, leaks, stampedes, drownings, fires that broke out.",
  examples: ["A bus crash killed twelve passengers near Kisumu on Friday."],
  pattern: words(
    /\b(accident|crash(ed)?|collapsed?|capsized|derail(ed)?|fire broke out|gas leak|leak(ed|s)?|stampede|drown(ed|ing)|ferry|shipwreck|plane (crash(ed)?|went down)|airliner|bus (crash|accident)|road accident|blaze|plunged|overturned)\b/i,
  ),
} as const satisfies PatternRule;

export const INDUSTRIAL_SITE = {
  id: "en/code/industrial-site",
  kind: "cue",
  description: "Plants, factories, refineries and fuel depots: their fires and blasts are industrial accidents.",
  examples: ["A blast at a cement plant in Kaduna injured six workers."],
  pattern: words(
    /\b((gas|power|chemical|nuclear|industrial) plant|factory (fire|explosion|blast|collapse)|(fire|explosion|blast) (at|in|ripped through) (a|the) (\w+ ){0,2}factory|refinery|(iron|steel|cement|processing|manufacturing|treatment|bottling) plant|furnace|boiler|petroleum products|oil company|fuel (tank|depot))\b/i,
  ),
} as const satisfies PatternRule;

export const POLITICS_AND_DIPLOMACY = {
  id: "en/code/politics-and-diplomacy",
  kind: "cue",
  description: "Politics and diplomacy: summits, visits, talks, ambassadors, budgets, elections, sanctions.",
  examples: ["The foreign minister met the ambassador of Ghana in Bamako on Monday."],
  pattern: words(
    /\b(summit|visit(ed)?|talks with|bilateral|diplomatic|diplomats?|ambassador|minister (met|meets)|election results?|budget|trade deal|sanctions|security council)\b/i,
  ),
} as const satisfies PatternRule;

export const WEAPONS_TEST = {
  id: "en/code/weapons-test",
  kind: "cue",
  description: "A weapons test: missiles test-fired or launched in a test are no attack.",
  examples: ["North Korea test-fired two missiles into the sea on Thursday."],
  pattern: words(/\b((nuclear|missile|rocket|weapons?) (test|launch)(es|ed)?|test-?fired)\b/i),
} as const satisfies PatternRule;

/** Every English no-conflict cue. */
export const NON_CONFLICT_CUES: readonly PatternRule[] = [
  HANDOUT_CUE,
  NATURAL_DISASTER,
  DISEASE_OR_POISONING,
  ACCIDENT,
  INDUSTRIAL_SITE,
  POLITICS_AND_DIPLOMACY,
  WEAPONS_TEST,
];

export const DIPLOMACY = {
  id: "en/code/diplomacy",
  kind: "cue",
  description: 'Diplomacy, which makes even a protest word ("expelled diplomats for joining protests") no event.',
  examples: ["Hundreds protested in Dhaka after the ambassador was expelled."],
  pattern: words(/\b(diplomats?|ambassadors?|expel(led|s)?|summit|bilateral|foreign minist(er|ry))\b/i),
} as const satisfies PatternRule;

export const ATTRIBUTED_ONLY = {
  id: "en/code/attributed-only",
  kind: "cue",
  description:
    "The words just before a word of violence that make it only what someone denies, is accused of, or is sanctioned, expelled or remembered over, not the report of it (matched against the sentence up to the word). A claim of responsibility still reports the event, as ACLED codes it.",
  examples: [
    "A rebel spokesman denied on Monday that his movement was behind the ambush",
    "The army rejected accusations that its jets bombed a market",
    "Ottawa imposed sanctions on three officers over the shelling",
    "The militia denied that its fighters were responsible for the massacre",
    "The new sanctions name two colonels and a militia leader responsible for the shelling",
    "Lima expelled two diplomats on Friday after the attack",
    "Hundreds gathered on Sunday to mark the tenth anniversary of the massacre",
  ],
  counterexamples: [
    "Gunmen killed four farmers near Djibo on Sunday, and JNIM later claimed the attack.",
    "Al Shabaab claimed responsibility for shooting a district officer in Baidoa",
  ],
  pattern: words(
    /\b(den(ied|ies|ying) (\S+ ){0,6}(behind|responsible for|involvement in|carrying out|carried out)|(rejected|dismissed|denied) (\S+ ){0,2}(allegations?|accusations?|claims|reports)( \S+){0,8}|accus(ed|es|ing|ations?) (\S+ ){0,4}(of|over|after)|sanction(s|ed)? (\S+ ){0,14}(over|for|after)|(expel(led|s)?|expulsions?|recall(ed|s)?|summon(ed|s)?|retaliat(e|ed|es|ion)) (\S+ ){0,8}(over|for|after|following)|(anniversary|commemorat\w+|memorial|mourn\w*) (\S+ ){0,4}(of|for)(( \S+){0,3},? (in which|which|that|when|where))?)( \S+){0,3} ?$/i,
  ),
} as const satisfies PatternRule;

export const PHOTO_CAPTION = {
  id: "en/code/photo-caption",
  kind: "cue",
  description:
    'A photo caption or credit ("(AP Photo/…)", "Photo: Reuters", "Getty Images"): it dates and places the picture.',
  examples: ["Police officers patrol a street in Goma. (AP Photo/Jean Dupont)"],
  pattern: words(
    /\((?:[A-Z]{2,6} )?Photos?\s*[/:]|\bPhoto(?:graph)?s?\s*(?::|by\b)|\bGetty Images\b|\bAFP via Getty\b/,
  ),
} as const satisfies PatternRule;

export const CROWD_VIOLENCE = {
  id: "en/code/crowd-violence",
  kind: "cue",
  description:
    'A verb of violence a crowd can be the subject of ("residents lynched", "supporters clashed"), not "died".',
  examples: ["Residents lynched a man accused of theft in Kano on Friday."],
  pattern: words(
    /^(attacked|assaulted|beat|beaten|lynched|clashed|fought|stabbed|hacked|torched|killed|burned|burnt|vandali[sz]ed|stoned|injured|wounded|engaged|set)$/i,
  ),
} as const satisfies PatternRule;

export const MOB_JUSTICE = {
  id: "en/code/mob-justice",
  kind: "cue",
  description:
    'Victims a crowd takes for criminals ("a suspected thief", "alleged witches"): its violence is mob justice.',
  examples: ["Villagers killed a suspected witch in Kilifi on Monday."],
  pattern: words(
    /\b((suspected|alleged|presumed)\s+(\w+\s+)?(thie(f|ves)|robbers?|criminals?|kidnappers?|witch(es)?|wizards?|rapists?|pickpockets?|burglars?|murderers?)|thie(f|ves)|pickpockets?|burglars?)\b/i,
  ),
} as const satisfies PatternRule;

export const DISPUTE = {
  id: "en/code/dispute",
  kind: "cue",
  description:
    'A quarrel behind a fight ("over a land dispute", "with sticks and axes"): people, not armed groups, fought.',
  examples: ["Two clans fought over a land dispute near Baidoa on Sunday."],
  pattern: words(
    /\b((land|border|boundary|property|water|grazing|farm|farmland|marriage|family|personal|previous|old|long-standing)\s+(disputes?|disagreements?|feuds?|enmity|rivalry|quarrels?)|feuds?|enmity|quarrels?|altercations?|over (a|an) (dispute|disagreement)|with (sticks|axes|machetes|stones|clubs|bricks|knives))\b/i,
  ),
} as const satisfies PatternRule;

export const GRIEVANCE = {
  id: "en/code/grievance",
  kind: "cue",
  description:
    'Words after a protest that open what it is about ("against", "demanding"): its violence is not the event.',
  examples: ["Students protested in Dhaka on Monday demanding justice for a classmate."],
  pattern: words(
    /\b(against|demanding|to demand|in demand of|calling for|to call for|in protest (against|over|at)|over the|condemning|to condemn|denouncing|to denounce|accusing)\b/i,
  ),
} as const satisfies PatternRule;

export const SEPARATE_EVENT = {
  id: "en/code/separate-event",
  kind: "cue",
  description: 'A sentence that starts another event than the one before it ("in a separate attack", "elsewhere,").',
  examples: [
    "Gunmen killed two farmers in Tanwa on Monday. In a separate attack, bandits abducted five traders in Zurmi.",
  ],
  pattern: words(
    /\b(in (a|another) separate\b|separately,|(a|another) separate (attack|incident|raid|clash|ambush|assault|strike|bombing|explosion)|in (another|a second|a similar) (attack|incident|raid|clash|ambush|assault|strike|bombing|explosion)s?\b)|^\W*elsewhere\b/i,
  ),
} as const satisfies PatternRule;

export const KILLING = {
  id: "en/code/killing",
  kind: "cue",
  description: 'A trigger word of killing ("killed", "executed"): people abducted and killed were attacked.',
  examples: ["Gunmen abducted a village chief near Zurmi and executed him."],
  pattern: words(/^(kill|execut|murder|behead|shot dead|slain|slaughter|assassinat)/i),
} as const satisfies PatternRule;

/** Every English cue of the coding stage. */
export const EN_CODE_CUES: readonly PatternRule[] = [
  ...NON_CONFLICT_CUES,
  DIPLOMACY,
  PHOTO_CAPTION,
  ATTRIBUTED_ONLY,
  CROWD_VIOLENCE,
  MOB_JUSTICE,
  DISPUTE,
  GRIEVANCE,
  SEPARATE_EVENT,
  KILLING,
];

// The words `decideType` reads to apply the codebook's overrides (`TypeWords`).

export const RECIPROCAL_FIGHTING = {
  id: "en/code/reciprocal-fighting",
  kind: "cue",
  description:
    "A trigger word for fighting that takes two sides (clashes, battles, an exchange of fire), not one side's shooting.",
  examples: ["Soldiers and rebels clashed near Beni on Monday."],
  pattern: words(
    /^(clash(es|ed)?|fighting|fought|battles?|firefights?|gunfights?|gun ?battles?|exchang(e|ed|ing) (of )?fire|return(ed|ing)? fire|fired back|responded (to (the )?(fire|gunfire|shelling)|by firing)|shoot-?outs?|skirmish(es)?|confrontations?|in both directions)$/i,
  ),
} as const satisfies PatternRule;

export const FIREFIGHT = {
  id: "en/code/firefight",
  kind: "cue",
  description: "Fighting with guns on both sides, whoever the sides: shoot-outs, exchanges of fire, gun battles.",
  examples: ["Police and gunmen exchanged fire in Culiacan on Monday."],
  pattern: words(
    /shoot-?outs?|exchang\w* (of )?fire|return\w* fire|fired back|responded (to (the )?(fire|gunfire|shelling)|by firing)|gunfights?|gun ?battles?|firefights?/i,
  ),
} as const satisfies PatternRule;

export const SETTING = {
  id: "en/code/setting",
  kind: "cue",
  description:
    'Words that make the fighting or deal after them the setting of the event, not the event ("amid clashes").',
  examples: ["Gunmen killed three traders in Beni amid clashes between militias."],
  pattern: words(/\b(amid|amidst|during|after|following|since|despite|in the midst of)\s+(\S+\s+){0,2}$/i),
} as const satisfies PatternRule;

export const PROPERTY_DAMAGE = {
  id: "en/code/property-damage",
  kind: "cue",
  description: "Riot words that only damage property (vandalism, arson, smashing): no one is hurt by them.",
  examples: ["Youths smashed shop windows in Sokoto on Sunday."],
  pattern: words(/vandali|torched|arson|set (\w+ ){0,3}(fire|ablaze|alight|on fire)|ransacked|smash/i),
} as const satisfies PatternRule;

export const CROWD_ASSAULT = {
  id: "en/code/crowd-assault",
  kind: "cue",
  description:
    "Riot words of a crowd going at people (stones or bottles thrown, a fight with the police), not of a demonstration: with no demonstration told, mob violence.",
  examples: [
    "A group of motorbike taxi drivers threw stones at two soldiers in Nzerekore on Monday.",
    "Street vendors pelted municipal officers with stones in Manila on Tuesday.",
    "Villagers fought with the police at a checkpoint near Tamale on Friday.",
  ],
  counterexamples: ["Students protested in Nzerekore on Monday and threw stones at the soldiers."],
  pattern: words(/^(threw|throws|throwing|hurl|pelt|brickbats|stone-?pelting|clash|fought|scuffled)/i),
} as const satisfies PatternRule;

export const INTERCEPTED = {
  id: "en/code/intercepted",
  kind: "cue",
  description: "Weapons intercepted or shot down in flight: an air strike that was disrupted.",
  examples: ["Air defences intercepted two drones over Kyiv on Sunday."],
  pattern: words(/intercept|(shot|shut) down|downed/i),
} as const satisfies PatternRule;

export const DISRUPTED_BY_HAND = {
  id: "en/code/disrupted-by-hand",
  kind: "cue",
  description:
    "Weapons disrupted by people on the ground or intercepted, as opposed to a depot or cache an air strike hit.",
  examples: ["Soldiers seized two rifles and a drone near Gao on Friday."],
  pattern: words(
    new RegExp(
      `${INTERCEPTED.pattern.source}|defus|dismantl|foil|thwart|seiz|confiscat|recover|found|discover|locate|neutrali|clear|disposal|accident|premature`,
      "iu",
    ),
  ),
} as const satisfies PatternRule;

export const MISTREATMENT = {
  id: "en/code/mistreatment",
  kind: "cue",
  description:
    "A trigger word of mistreatment (beaten, tortured, executed): people detained and mistreated were attacked.",
  examples: ["Soldiers arrested two herders near Mopti and tortured them."],
  pattern: words(/^(beat(en|ing)?|tortur(ed|e|ing)|execut(ed|ions?)|abus(ed|ing))$/i),
} as const satisfies PatternRule;

export const GRAVE_HARM = {
  id: "en/code/grave-harm",
  kind: "cue",
  description:
    "A trigger word of grave harm to people (killed, shot, wounded, stabbed): force that does it to protesters is excessive.",
  examples: [
    "Protesters marched in Bule Hora on Monday; soldiers shot and killed two of them.",
    "Protesters gathered in Gebiley over a land dispute, and police wounded four of them.",
    "Protesters marched in Kasese on Friday; soldiers stabbed three of them with bayonets.",
  ],
  counterexamples: ["Traders protested in Kasese on Friday; police beat several of them."],
  pattern: words(
    /^(kill|shot|shoot|wound|injur|stabb|hack|open(ed)? fire|fired (live|on|at|into)|gunned down|dead|died|death|slain|murder|execut|massacre)/i,
  ),
} as const satisfies PatternRule;

export const THEN_ACTED = {
  id: "en/code/then-acted",
  kind: "cue",
  description: '"and" or "then" just before a crowd\'s act: it demonstrated, and then acted (a riot).',
  examples: ["Residents marched through Kasese on Monday and then attacked the police station."],
  pattern: words(/\b(and|then)\s+(?:\p{L}+ly\s+)?$/u),
} as const satisfies PatternRule;

export const CLAUSE_END = {
  id: "en/code/clause-end",
  kind: "cue",
  description:
    'Where what a protest is about ends: a comma, or the protesters\' next verb ("… and attacked the task force").',
  examples: ["Students protested in Dhaka on Monday demanding justice for a classmate, police said."],
  pattern: words(/[,;.:]|\s(?:and|then|before)\s+(?:\p{L}+ly\s+)?\p{L}+ed\b/u),
} as const satisfies PatternRule;

export const NO_HARM = {
  id: "en/code/no-harm",
  kind: "cue",
  description:
    'Words just before a word of harm that say no one suffered it ("no one was injured", "without killing", "were not hurt"): the event hurt no one.',
  examples: ["Gunmen attacked the offices of the district in Kasese on Monday; no one was injured."],
  counterexamples: ["Gunmen attacked the offices of the district in Kasese on Monday; two guards were injured."],
  pattern: words(/\b(no|not|nobody|no one|none|neither|nor|without)\s+(\w+\s+){0,2}$/i),
} as const satisfies PatternRule;

export const INJURY_ONLY = {
  id: "en/code/injury-only",
  kind: "cue",
  description:
    'A trigger word of injury alone ("injured", "wounded", "hurt"), from its start: what intervention against a protest can do (not "killed", "shot", nor beatings, which coders often count as excessive force).',
  examples: [
    "Residents protested in Kimpese against insecurity on Monday. Police intervened and some protesters were injured.",
  ],
  pattern: words(/^(injur|wound|hurt)/i),
} as const satisfies PatternRule;

/** The English words of the codebook's overrides. */
export const INSURGENT_NAME = {
  id: "en/code/insurgent-name",
  kind: "cue",
  description:
    'The words that end or follow an armed group\'s name and call its men insurgents ("Houthi rebels", "Taliban fighters"): a group the lexicon counts as a state\'s forces, told as fighting the state, takes territory as a non-state actor.',
  examples: [
    "Houthi rebels seized the town of Harad on Sunday.",
    "Taliban insurgents overran the district centre of Khwaja Ghar.",
  ],
  counterexamples: ["Taliban forces took control of the Panjshir valley on Monday."],
  pattern: words(/^\s*(rebels?|insurgents?|militants?|jihadists?|guerrillas?|terrorists?|fighters)\b/i),
} as const satisfies PatternRule;

export const EN_TYPE_WORDS = {
  reciprocal: RECIPROCAL_FIGHTING,
  firefight: FIREFIGHT,
  setting: SETTING,
  propertyDamage: PROPERTY_DAMAGE,
  crowdAssault: CROWD_ASSAULT,
  intercepted: INTERCEPTED,
  disruptedByHand: DISRUPTED_BY_HAND,
  mistreatment: MISTREATMENT,
  graveHarm: GRAVE_HARM,
  directFire: DIRECT_FIRE,
  liveFire: LIVE_FIRE,
  monitorCount: OBSERVED_BLASTS,
  thenActed: THEN_ACTED,
  clauseEnd: CLAUSE_END,
  insurgentName: INSURGENT_NAME,
  injuryOnly: INJURY_ONLY,
  noHarm: NO_HARM,
  propertyAttack: PROPERTY_ATTACK,
};

/** Every English rule `decideType` reads (the direct-fire and monitor-count triggers are registered with the triggers). */
export const EN_TYPE_CUES: readonly PatternRule[] = Object.values(EN_TYPE_WORDS).filter(
  (rule) => rule !== DIRECT_FIRE && rule !== LIVE_FIRE && rule !== OBSERVED_BLASTS && rule !== PROPERTY_ATTACK,
);
