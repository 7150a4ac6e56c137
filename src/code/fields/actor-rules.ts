import type { Rule } from "../../base/rule.js";

/** The ways coding chooses actor1, actor2 and their associated actors; each names the actor it chose. */

export const ACTOR1_NAMED_SUBJECT = {
  id: "code/actor1/subject-named-group",
  kind: "resolver",
  description: "A named armed group before the event's verb in its sentence is actor1.",
  examples: ["Al-Shabaab fighters attacked a police post in Mandera on Monday."],
  counterexamples: ["Gunmen attacked a police post in Mandera on Monday."],
} as const satisfies Rule;

export const ACTOR1_AGENT = {
  id: "code/actor1/agent",
  kind: "resolver",
  description: 'The agent of a passive verb ("were killed by JNIM") is actor1, however far its subject.',
  examples: [
    "Four soldiers were killed by JNIM fighters near Boni on Sunday.",
    "A police patrol was ambushed by al-Shabaab militants near Garissa on Friday.",
  ],
  counterexamples: ["JNIM fighters killed four soldiers near Boni on Sunday."],
} as const satisfies Rule;

export const ACTOR1_CLAIMED = {
  id: "code/actor1/claimed-responsibility",
  kind: "resolver",
  description: "With no named attacker, the named group that claimed the attack (or is blamed for it) is actor1.",
  examples: [
    "Unknown gunmen killed five villagers in Fiko on Tuesday. JNIM claimed responsibility for the attack on Wednesday.",
    "A roadside bomb killed four soldiers near Gao on Monday. ISGS later claimed responsibility.",
  ],
  counterexamples: ["Unknown gunmen killed five villagers in Fiko on Tuesday."],
} as const satisfies Rule;

export const ACTOR1_SUBJECT = {
  id: "code/actor1/subject",
  kind: "resolver",
  description: 'An unnamed armed subject before the event\'s verb ("gunmen attacked") is actor1.',
  examples: [
    "Gunmen attacked a police post in Mandera on Monday.",
    "Armed men abducted a priest in Enugu on Saturday.",
  ],
  counterexamples: ["Al-Shabaab fighters attacked a police post in Mandera on Monday."],
} as const satisfies Rule;

export const ACTOR1_EARLIER_SUBJECT = {
  id: "code/actor1/earlier-subject",
  kind: "resolver",
  description:
    "With no attacker in the event's sentence, the armed subject of one of the two sentences before it is actor1.",
  examples: [
    "Soldiers of the Malian army entered the village of Dioura on Friday morning. Three herders were shot dead.",
  ],
} as const satisfies Rule;

export const ACTOR1_EITHER_GROUP = {
  id: "code/actor1/either-group",
  kind: "resolver",
  description: 'Two named groups either of which did it ("ISWAP or Boko Haram") make actor1 "A and/or B".',
  examples: [
    "ISWAP or Boko Haram fighters attacked Gajiram on Friday, killing three soldiers.",
    "JNIM or ISGS militants killed nine villagers near Ménaka on Monday.",
  ],
  counterexamples: ["ISWAP fighters attacked Gajiram on Friday, killing three soldiers."],
} as const satisfies Rule;

export const ACTOR1_FIRST_SIDE = {
  id: "code/actor1/first-side",
  kind: "resolver",
  description:
    'In a battle with no subject ("fighting broke out between …"), state forces, else the first armed side, are actor1.',
  examples: [
    "Fighting broke out between the Arakan Army and the Myanmar military in Paletwa on Sunday.",
    "Clashes erupted between the Sudanese army and the RSF in El Fasher on Thursday.",
  ],
} as const satisfies Rule;

export const ACTOR1_STATE_FIRST = {
  id: "code/actor1/state-listed-first",
  kind: "override",
  description:
    "In a battle in a country where ACLED lists state forces first, state forces are actor1 whoever attacked.",
  examples: ["Al-Shabaab fighters ambushed Kenyan soldiers near Mandera on Monday."],
} as const satisfies Rule;

export const ACTOR1_CROWD_BY_ACT = {
  id: "code/actor1/crowd-by-its-act",
  kind: "override",
  description:
    "A crowd is named for what it did: protesters who riot are rioters, rioters who only march are protesters.",
  examples: [
    "Hundreds of traders marched through Kumasi on Monday to protest against new market fees.",
    "Angry youths burnt tyres and threw stones at police in Nairobi on Tuesday.",
  ],
} as const satisfies Rule;

export const ACTOR1_UNIDENTIFIED = {
  id: "code/actor1/unidentified-armed-group",
  kind: "resolver",
  description: "Violence with no attacker the report names is done by an unidentified armed group of its country.",
  examples: [
    "Two farmers were shot dead in their field near Gboko on Thursday.",
    "Three villagers were abducted from their homes near Zurmi on Friday.",
  ],
  counterexamples: ["Herders shot dead two farmers in their field near Gboko on Thursday."],
} as const satisfies Rule;

export const ACTOR1_GOVERNMENT = {
  id: "code/actor1/government",
  kind: "resolver",
  description:
    "A strategic development with no armed actor, told of a government, governor or authorities, is the Government of its country's.",
  examples: [
    "On 10 September 2021, the government of Chad extended the state of emergency in the Ouaddai region by four months.",
    "Authorities in Iraq ordered a curfew in the Wassit province on 24 June 2020.",
  ],
  counterexamples: ["Suspected JNIM militants imposed a curfew on the villagers of Tansila, Burkina Faso, on Tuesday."],
} as const satisfies Rule;

export const ACTOR1_FRONT_LINE = {
  id: "code/actor1/front-line-side",
  kind: "resolver",
  description:
    "Fighting or fire on a front line ACLED codes (Donbas, 2014 to February 2022) with no side named is the first of its two forces (the Ukrainian army).",
  examples: [
    "On 12 March 2019, ceasefire monitors counted 14 explosions of undetermined origin near Avdiivka, Donetsk.",
    "On 3 June 2021, monitors observed 20 shots and bursts of fire near Popasna, Luhansk.",
    "On 20 January 2018, an exchange of fire with small arms was recorded near Marinka, Donetsk.",
  ],
  counterexamples: [
    "On 12 March 2019, DPR fighters shelled Ukrainian positions near Avdiivka, Donetsk.",
    "On 12 March 2019, unknown gunmen shot dead a shopkeeper in Avdiivka, Donetsk.",
  ],
} as const satisfies Rule;

export const ACTOR2_FRONT_LINE = {
  id: "code/actor2/front-line-other-side",
  kind: "resolver",
  description:
    "A battle on a front line ACLED codes whose actor1 is one of its two forces and whose other side is unnamed is fought against the other force.",
  examples: [
    "On 20 January 2018, an exchange of fire with small arms was recorded near Marinka, Donetsk.",
    "On 9 August 2020, Ukrainian troops came under small-arms fire near Zolote, Luhansk.",
  ],
  counterexamples: ["On 12 March 2019, ceasefire monitors counted 14 explosions near Avdiivka, Donetsk."],
} as const satisfies Rule;

export const ACTOR_CROWD_POLICE = {
  id: "code/actor/crowd-police",
  kind: "override",
  description:
    'A state\'s forces named by no branch ("security forces") that face a protest or a riot are its police, as ACLED codes crowd control.',
  examples: [
    "On 4 May 2020, hundreds of residents protested against the election results in Kati, Mali; security forces dispersed them and arrested a candidate.",
    "On 19 April 2020, youths burned tyres and barricaded roads in Niamey, Niger, against the closure of mosques; security forces fired tear gas.",
  ],
  counterexamples: ["On 4 May 2020, security forces clashed with JNIM militants near Boni, Mali."],
} as const satisfies Rule;

export const ACTOR2_CIVILIAN_VICTIMS = {
  id: "code/actor2/civilian-victims",
  kind: "resolver",
  description: "In violence against civilians, the civilians the report names are actor2.",
  examples: [
    "Gunmen killed four farmers in Gwoza on Tuesday.",
    "Militants shot dead two teachers in Mandera on Friday.",
  ],
} as const satisfies Rule;

export const ACTOR2_OTHER_SIDE = {
  id: "code/actor2/other-side",
  kind: "resolver",
  description: "Otherwise actor2 is the first armed actor in the event that is not actor1.",
  examples: [
    "ELN guerrillas clashed with the Colombian army in Arauca on Saturday.",
    "M23 rebels fought the Congolese army near Sake on Wednesday.",
  ],
} as const satisfies Rule;

export const ACTOR2_UNNAMED_CIVILIANS = {
  id: "code/actor2/civilians-unnamed",
  kind: "resolver",
  description:
    "Violence against civilians, a crowd's against people, looting or arrests, whose victims the report does not name as people, has civilians for actor2.",
  examples: [
    "Militants looted shops and burned granaries in Kompienga on Tuesday.",
    "Soldiers detained twelve young men at a checkpoint near Djibo on Monday.",
    "Gunmen ambushed a minibus near Bandiagara on Tuesday, killing two.",
    "Gunmen stormed a wedding party near Zurmi on Saturday, killing seven.",
    "Villagers caught a suspected motorbike thief in Tantega on Sunday and beat him to death.",
  ],
} as const satisfies Rule;

export const ACTOR2_CROWD_ALONE = {
  id: "code/actor2/crowd-alone",
  kind: "override",
  description:
    "Mob violence in a country where ACLED codes the crowd alone has no actor2, whoever its victims or rivals were.",
  examples: [
    "Supporters of two rival candidates clashed with sticks in Gazipur on Sunday, injuring ten people.",
    "Locals beat a suspected thief to death in Bogura on Friday.",
  ],
  counterexamples: ["Villagers caught a suspected motorbike thief in Kisii on Sunday and beat him to death."],
} as const satisfies Rule;

export const ACTOR2_CROWD_HIT_FORCES = {
  id: "code/actor2/crowd-hit-forces",
  kind: "resolver",
  description:
    "In mob violence, state forces who are the first people after the crowd's verb (before any civilian) are its victims: actor2.",
  examples: [
    "On 3 May 2020, a mob attacked two police constables enforcing the curfew in Bhadohi, Uttar Pradesh, India.",
    "On 12 April 2021, angry villagers beat up a forest guard who had seized their timber near Gadchiroli, India.",
    "On 7 June 2020, a mob of residents attacked and threw stones at police officers at a checkpoint in Kisumu, Kenya.",
  ],
  counterexamples: [
    "On 3 May 2020, a mob beat a suspected thief to death in Bhadohi, Uttar Pradesh, India, before police arrived.",
    "On 3 May 2020, a mob lynched a cattle trader in Bhadohi, Uttar Pradesh, India, while two policemen watched.",
  ],
} as const satisfies Rule;

export const ACTOR2_RIVAL_CROWD = {
  id: "code/actor2/rival-crowd",
  kind: "resolver",
  description:
    'In mob violence where two crowds fight ("clashed", "fought"), the other side is rioters too, of the country of the people named, not civilians.',
  examples: [
    "On 7 March 2021, two groups of traders clashed with sticks over market stalls in Parakou, Benin, injuring six.",
    "On 12 May 2020, supporters of two village chiefs fought with machetes in Kolo, Niger; three people were hurt.",
    "On 3 October 2019, students from two rival schools clashed in Sarh, Chad, leaving ten wounded.",
  ],
  counterexamples: ["On 7 March 2021, a mob beat a suspected thief to death in Parakou, Benin."],
} as const satisfies Rule;

export const ACTOR2_ONE_SIDED = {
  id: "code/actor2/one-sided",
  kind: "override",
  description:
    "A peaceful protest has no actor2 but counter-protesters, a change of a group's activity none: others named are dropped.",
  examples: [
    "Teachers marched peacefully in Nairobi on Monday, watched by police, to demand higher pay.",
    "Nurses staged a peaceful march in Kampala on Monday as police looked on.",
  ],
} as const satisfies Rule;

export const ASSOC_PARTY = {
  id: "code/assoc/party",
  kind: "resolver",
  description: "A party named in a crowd's words is its associated actor, as ACLED names it.",
  examples: [
    "Supporters of the Awami League marched in Dhaka on Sunday to protest against the verdict.",
    "PTI supporters rallied in Lahore on Sunday to demand the release of Imran Khan.",
  ],
} as const satisfies Rule;

export const ASSOC_IDENTITY = {
  id: "code/assoc/identity",
  kind: "resolver",
  description: 'Who a crowd or its civilian victims are ("striking teachers", "students") is its associated actor.',
  examples: [
    "Striking teachers protested outside parliament in Nairobi on Monday.",
    "University students protested in Dhaka on Sunday against a rise in fees.",
  ],
} as const satisfies Rule;

export const TERRITORY_BY_TAKER = {
  id: "code/type/territory-taker",
  kind: "override",
  description: "Who takes territory decides the sub-type: state forces regain it, anyone else overtakes it.",
  examples: [
    "Malian soldiers recaptured the town of Léré from JNIM fighters on Friday.",
    "Al-Shabaab fighters captured the town of Mahas from government forces on Sunday.",
  ],
} as const satisfies Rule;

export const ACTOR_RULES: readonly Rule[] = [
  ACTOR1_NAMED_SUBJECT,
  ACTOR1_AGENT,
  ACTOR1_CLAIMED,
  ACTOR1_SUBJECT,
  ACTOR1_EARLIER_SUBJECT,
  ACTOR1_EITHER_GROUP,
  ACTOR1_FIRST_SIDE,
  ACTOR1_STATE_FIRST,
  ACTOR1_CROWD_BY_ACT,
  ACTOR1_UNIDENTIFIED,
  ACTOR1_GOVERNMENT,
  ACTOR1_FRONT_LINE,
  ACTOR_CROWD_POLICE,
  ACTOR2_CIVILIAN_VICTIMS,
  ACTOR2_OTHER_SIDE,
  ACTOR2_UNNAMED_CIVILIANS,
  ACTOR2_RIVAL_CROWD,
  ACTOR2_CROWD_ALONE,
  ACTOR2_CROWD_HIT_FORCES,
  ACTOR2_FRONT_LINE,
  ACTOR2_ONE_SIDED,
  ASSOC_PARTY,
  ASSOC_IDENTITY,
  TERRITORY_BY_TAKER,
];
