import type { PatternRule } from "../../base/rule.js";

/**
 * Words that say what happened: each trigger points to the ACLED sub-event type it names, with a weight.
 * "violence" triggers (attacked, killed, ambushed) are decided later between Attack and Armed clash by who the
 * victims are (`decideType`).
 *
 * @example the English AIR_STRIKE: points "Air/drone strike", weight 3, `words(/\b(air ?strikes?|drones?|…)\b/i)`
 */
export interface TriggerRule extends PatternRule {
  readonly kind: "trigger";
  /** The ACLED sub-event type the words point to, or "violence" for the victims to decide. */
  readonly points: string;
  /** How much one hit counts towards its sub-event type. */
  readonly weight: number;
  /** The tag a hit adds to an event of another type ("looting" in an attack). */
  readonly tag?: string;
  /** A heading that names the event's kind ("Arrests: …"): the report says what it is, over its story's words. */
  readonly heading?: true;
}

/**
 * A language's triggers in order. A list inside the list is one trigger told by concept (the riot words: burning
 * tyres, stones thrown, vandalism…): its rules are matched as one, so a sentence counts once for it, at its first
 * word of any of them.
 */
export type TriggerEntry = TriggerRule | readonly TriggerRule[];

/** The words `decideType` reads to apply the codebook's overrides (`code/type/…`). */
export interface TypeWords {
  /** A trigger word for fighting that takes two sides ("clashes", "exchange of fire"), the whole word. */
  reciprocal: PatternRule;
  /** Fighting with guns on both sides ("shoot-out", "gun battle"). */
  firefight: PatternRule;
  /** The words just before a trigger that make it the setting ("amid", "after the"), to their end. */
  setting: PatternRule;
  /** Riot words that only damage property ("vandalised", "torched"). */
  propertyDamage: PatternRule;
  /** Riot words of a crowd going at people ("threw stones", "clashed with the police"), from their start. */
  crowdAssault: PatternRule;
  /** Weapons intercepted or shot down. */
  intercepted: PatternRule;
  /** Weapons disrupted on the ground or intercepted ("seized", "defused"), not a depot hit from the air. */
  disruptedByHand: PatternRule;
  /** A trigger word of mistreatment ("beaten", "tortured"), the whole word. */
  mistreatment: PatternRule;
  /** The trigger of direct fire (small arms, machine guns): with heavy weapons, an exchange of fire. */
  directFire: TriggerRule;
  /** The trigger of blasts and shots a ceasefire monitor counted: with small arms in its list, an exchange of fire. */
  monitorCount: TriggerRule;
  /** The trigger of live ammunition or lethal force used (no one said hit): met by a rioting crowd, the riot's. */
  liveFire?: TriggerRule;
  /** A trigger word of grave harm to people ("killed", "shot", "wounded"), from its start. */
  graveHarm: PatternRule;
  /** "and" or "then" just before a crowd's act, to their end. */
  thenActed: PatternRule;
  /** Where what a protest is about ends: a comma or the protesters' next verb. */
  clauseEnd: PatternRule;
  /** The words ending or just after an armed group's name that call its men insurgents ("Houthi rebels"), from their start. */
  insurgentName: PatternRule;
  /** A trigger word of injury alone ("injured", "wounded"), from its start. */
  injuryOnly: PatternRule;
  /** The words just before a word of harm that say no one suffered it ("no one was injured"), to their end. */
  noHarm: PatternRule;
  /** The trigger of an attack told on property: with no one hurt, property destruction. */
  propertyAttack?: TriggerRule;
}

/** One of ACLED's associated actors ("Students", "Health Workers"), with the words that say it. */
export interface IdentityRule extends PatternRule {
  /** The associated actor's name as ACLED writes it, before its country. */
  readonly label: string;
}

/** A language's words for coding events: what happened, what is no conflict, who did it, who claims it. */
export interface CodingLanguage {
  triggers: readonly TriggerEntry[];
  typeWords: TypeWords;
  /** Sentences about disasters, accidents, diplomacy…: no event unless an armed actor acts in them (any rule). */
  nonConflict: readonly PatternRule[];
  /** Diplomacy: no event even for a crowd word. */
  diplomacy: PatternRule;
  /** The words before a word of violence that make it only claimed, denied or accused, matched up to the word. */
  attributedOnly: PatternRule;
  /** Photo captions and credits: they date and place the picture, not the event. */
  caption: PatternRule;
  /** A word of death or harm that, with no armed actor, may be an accident or illness ("died", "exploded"). */
  agentlessHarm: PatternRule;
  /** Verbs of violence a crowd can be the subject of ("residents lynched", "supporters clashed"): not "died". */
  crowdViolence: PatternRule;
  /** The words after a verb up to its agent ("were killed by"), the whole text. */
  agentAfter: PatternRule;
  /** The words before an actor that make it a passive verb's agent ("were killed by"), to their end. */
  agentBefore: PatternRule;
  /** A state's forces named by no branch ("security forces"), the whole words: facing a crowd, its police. */
  securityForces: PatternRule;
  /**
   * Who a crowd or its victims are, as ACLED names associated actors ("Students", "Health Workers", "Labour Group"):
   * each label with the words that say it.
   */
  identities: readonly IdentityRule[];
  /** The people listed after others, from the end of the first ("… and nurses", ", lawyers and judges"). */
  listedAfter: PatternRule;
  /** The words just before an actor that make it a verb's object ("an attack on", "clashed with"), to their end. */
  objectBefore: PatternRule;
  /** A trigger word of killing, from its start ("killed", "executed"): people abducted and killed were attacked. */
  killing: PatternRule;
  /** Auxiliaries of the passive between people and a verb ("villagers were killed"): they suffer it. */
  passive: PatternRule;
  /** A participle with no object after it, from the verb on ("villagers killed in a raid"): they suffer it too. */
  reducedPassive: PatternRule;
  /** Words that hold a group named near them responsible ("claimed", "blamed"). */
  responsibility: PatternRule;
  /** The words between two groups that did it together ("Tiv and Jukun militias"), the whole text. */
  joined: PatternRule;
  /** The words between two groups either of which did it ("ISWAP or Boko Haram", "JNIM/ISGS"), the whole text. */
  alternative: PatternRule;
  /** A sentence saying no one claimed it or a group denied it. */
  deniedResponsibility: PatternRule;
  /** Victims a crowd takes for criminals ("a suspected thief", "alleged witches"): its violence is mob justice. */
  mobJustice: PatternRule;
  /** A quarrel behind a fight ("over a land dispute", "with sticks and axes"): people, not armed groups, fought. */
  dispute: PatternRule;
  /** Words just before a device that say its victims ran into it ("struck an", "stepped on a"). */
  struckDevice: PatternRule;
  /** Words after a protest that open what it is about ("against", "demanding"), up to the clause's end. */
  grievance: PatternRule;
  /** A sentence that starts another event than the one before it ("in a separate attack", "elsewhere,"). */
  separateEvent: PatternRule;
  /** An aside about someone between commas (", who are allies of the CJNG,"): the groups it names are not the event's. */
  aside: PatternRule;
  /** A relative pronoun before a verb ("a student, who beat …"): the verb tells about someone, not the event. */
  relativeBefore: PatternRule;
  /** The words before or after a country that make it an army's or a state's owner ("forces of", "Defence Forces"). */
  stateOwner: { before: PatternRule; after: PatternRule };
  /** The words before a country that put it across a border from the scene ("near the border with"). */
  borderCountry: PatternRule;
}
