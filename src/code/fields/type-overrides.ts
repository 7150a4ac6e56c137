import type { Rule } from "../../base/rule.js";

/**
 * The ACLED codebook's decisions over what the trigger words alone point to, as rules: `decideType` applies them in
 * this order, and the ones that chose the event's type are in its evidence for `event_type` and `sub_event_type`
 * ("Attack" names `code/type/violence-against-civilians`, the rule that chose it for "killed").
 */
export interface TypeOverride extends Rule {
  readonly kind: "override";
}

// Generic violence ("attacked", "killed") and fighting words, decided by the sides they involve.

export const FIGHTING_TOLD_AS_SUCH = {
  id: "code/type/fighting-told-as-such",
  kind: "override",
  description: "Fighting told as such (a shoot-out, an exchange of fire) makes the killing around it the clash's.",
  examples: ["An intense shoot-out broke out between police and gunmen in Culiacan, and a man was killed."],
} as const satisfies TypeOverride;

export const TWO_ARMED_SIDES_CLASH = {
  id: "code/type/two-armed-sides-clash",
  kind: "override",
  description: "Violence between two armed sides, with no civilians among its victims, is an armed clash.",
  examples: ["Soldiers attacked Al-Shabaab militants near Kismayo on Monday."],
} as const satisfies TypeOverride;

export const VIOLENCE_AGAINST_PROTESTERS = {
  id: "code/type/violence-against-protesters",
  kind: "override",
  description: "Violence against protesters, where no two armed sides fight, is excessive force against protesters.",
  examples: ["Police killed two protesters in Nairobi on Tuesday."],
} as const satisfies TypeOverride;

export const VIOLENCE_AGAINST_CIVILIANS = {
  id: "code/type/violence-against-civilians",
  kind: "override",
  description: "Violence with one armed side and no protesters is an attack: armed men on civilians.",
  examples: ["Gunmen killed five villagers in Tanwa on Sunday."],
} as const satisfies TypeOverride;

export const ONE_SIDE_FIRING_ON_CIVILIANS = {
  id: "code/type/one-side-firing-on-civilians",
  kind: "override",
  description: "Shooting by one armed side at civilians is an attack on them, not a clash.",
  examples: ["Gunmen fired at worshippers in a church in Owo on Sunday."],
} as const satisfies TypeOverride;

export const CROWD_CLASHES_WITH_POLICE = {
  id: "code/type/crowd-clashes-with-police",
  kind: "override",
  description: "People who clash with the police or the army, no armed group among them, are mob violence.",
  examples: ["Street vendors clashed with municipal police in Lagos on Monday."],
} as const satisfies TypeOverride;

export const CROWD_VIOLENCE = {
  id: "code/type/crowd-violence",
  kind: "override",
  description: "Violence a crowd does, or done to people it takes for criminals, is mob violence.",
  examples: ["Villagers beat a suspected thief to death in Kano on Friday."],
} as const satisfies TypeOverride;

export const BRAWL_OVER_DISPUTE = {
  id: "code/type/brawl-over-dispute",
  kind: "override",
  description: "Fighting over a quarrel, with no armed group in it, is a brawl between people: mob violence.",
  examples: ["Fighting over a land dispute broke out in Jos on Sunday, leaving three people dead."],
} as const satisfies TypeOverride;

export const DEMONSTRATORS_WHO_ATTACK = {
  id: "code/type/demonstrators-who-attack",
  kind: "override",
  description:
    "Demonstrators who attack, or a crowd that demonstrates and then attacks, riot: a violent demonstration.",
  examples: ["Traders demonstrated over new levies in Kano and attacked the tax officers."],
} as const satisfies TypeOverride;

export const AGREEMENT_AS_SETTING = {
  id: "code/type/agreement-as-setting",
  kind: "override",
  description: 'A deal told as the setting ("after the peace deal was signed") is not what happened.',
  examples: ["Militants burned homes in Tanwa after the peace deal was signed."],
} as const satisfies TypeOverride;

// Protests: force against them, and protests that turn violent.

export const INTERVENTION_IN_PROTEST = {
  id: "code/type/intervention-in-protest",
  kind: "override",
  description: "A protest broken up by force is a protest with intervention: the protest's words count for it.",
  examples: ["Police fired tear gas to disperse protesters in Conakry on Thursday."],
} as const satisfies TypeOverride;

export const FORCE_AGAINST_PROTEST = {
  id: "code/type/force-against-protest",
  kind: "override",
  description: "Force against a protest, in words that say so, is the protest's event: excessive force.",
  examples: ["Three people died in a protest crackdown in Khartoum on Thursday."],
} as const satisfies TypeOverride;

export const INJURED_IN_INTERVENTION = {
  id: "code/type/injured-in-intervention",
  kind: "override",
  description:
    "Protesters only told injured or wounded where forces intervened (tear gas, rubber bullets), with no one killed, shot, stabbed or beaten, were met with intervention, not excessive force (the codebook keeps lethal force for that).",
  examples: [
    "Residents protested in Kimpese against insecurity on Monday. Police intervened and some protesters were injured.",
    "Teachers protested in Goma on Monday over unpaid salaries. Police intervened and several protesters were wounded.",
  ],
  counterexamples: ["Traders protested in Kimpese on Monday. Police intervened and shot dead two protesters."],
} as const satisfies TypeOverride;

export const GRAVE_HARM_TO_PROTESTERS = {
  id: "code/type/grave-harm-to-protesters",
  kind: "override",
  description:
    "Protesters killed, shot or gravely hurt by the force sent against them: excessive force, however the protest is told.",
  examples: [
    "Students protested in Fincha on Monday. Security forces shot and killed three of the protesters.",
    "Protesters blocked a road in Wajaale on Thursday; police shot two of them dead.",
    "Farmers demonstrated outside the district office in Bako on Friday; soldiers killed two protesters.",
  ],
  counterexamples: ["Farmers demonstrated outside the district office in Bako on Friday; police dispersed them."],
} as const satisfies TypeOverride;

export const ARRESTS_AT_PROTEST = {
  id: "code/type/arrests-at-protest",
  kind: "override",
  description: "Arrests where a protest is told are the force that met it: a protest with intervention.",
  examples: [
    "About forty people protested in Gomel on Thursday against new taxes. Police detained twelve of them.",
    "Nurses staged a sit-in outside the ministry in Lusaka on Monday; police arrested five of them.",
    "Police arrested three women who were demonstrating against evictions in Mandalay on Sunday.",
  ],
  counterexamples: ["Hundreds protested in Gomel on Thursday against the arrest of a blogger."],
} as const satisfies TypeOverride;

export const NO_INTERVENTION_WITHOUT_PROTEST = {
  id: "code/type/no-intervention-without-protest",
  kind: "override",
  description: "Crowd-control words (tear gas, batons) with no protest named are no protest with intervention.",
  examples: ["Police fired tear gas in the market of Kumasi on Monday."],
} as const satisfies TypeOverride;

export const LOOTING_IN_PROTEST = {
  id: "code/type/looting-in-protest",
  kind: "override",
  description: "Looting or destruction by a protest makes it a violent demonstration.",
  examples: ["Protesters marched through Kisumu on Tuesday and looted shops."],
} as const satisfies TypeOverride;

export const ARMED_MEN_DO_NOT_RIOT = {
  id: "code/type/armed-men-do-not-riot",
  kind: "override",
  description:
    "Armed men who burn or vandalise with no crowd around are no riot: their attack, their clash, or property destruction.",
  examples: ["Gunmen torched a police car in Tillaberi on Monday."],
} as const satisfies TypeOverride;

export const DAMAGE_WITHOUT_DEMONSTRATION = {
  id: "code/type/damage-without-demonstration",
  kind: "override",
  description:
    "Vandalism and arson with no demonstration named are mob violence when a crowd does it or people are hurt, property destruction otherwise.",
  examples: ["Youths vandalised a police station in Sokoto on Sunday."],
} as const satisfies TypeOverride;

export const CROWD_ASSAULT_WITHOUT_DEMONSTRATION = {
  id: "code/type/crowd-assault-without-demonstration",
  kind: "override",
  description:
    "A crowd that stones or fights people (the police, officials, soldiers) with no demonstration told is mob violence: the codebook's rioters outside a demonstration.",
  examples: [
    "A group of motorbike taxi drivers threw stones at two soldiers in Nzerekore on Monday.",
    "Street vendors pelted municipal officers with stones in Manila on Tuesday.",
    "Villagers fought with the police at a checkpoint near Tamale on Friday.",
  ],
  counterexamples: ["Students protested in Nzerekore on Monday and threw stones at the soldiers."],
} as const satisfies TypeOverride;

export const PROTEST_TURNED_VIOLENT = {
  id: "code/type/protest-turned-violent",
  kind: "override",
  description:
    "A demonstration whose participants riot, however peaceful its start, is a violent demonstration, even met with live fire.",
  examples: [
    "Protesters marched in Kisumu on Tuesday and threw stones at the police.",
    "Police used live ammunition to disperse a march in Blantyre on Friday. The marchers hurled stones at the officers.",
  ],
} as const satisfies TypeOverride;

// Weapons: what was disrupted, and the weapon that decides the event.

export const AIR_STRIKE_ON_WEAPONS = {
  id: "code/type/air-strike-on-weapons",
  kind: "override",
  description: "An air strike on a depot or cache of weapons is an air strike, not disrupted weapons use.",
  examples: ["A drone strike destroyed a weapons depot of the rebels near Idlib on Friday."],
} as const satisfies TypeOverride;

export const WEAPONS_DISRUPTED = {
  id: "code/type/weapons-disrupted",
  kind: "override",
  description: "Weapons seized, defused or intercepted where the event is told are disrupted, not an attack with them.",
  examples: ["Soldiers defused a roadside bomb near Kandahar on Friday."],
} as const satisfies TypeOverride;

export const GROUND_WEAPONS_IN_CLASH = {
  id: "code/type/ground-weapons-in-clash",
  kind: "override",
  description:
    "Ground weapons used in fighting told as such, or answered with fire anywhere in the event, are the clash's (not aircraft, suicide or chemical ones).",
  examples: [
    "Rebels and soldiers exchanged fire and used mortars near Beni on Monday.",
    "Militants fired mortar shells at the army base near Jowhar on Monday. The soldiers returned fire.",
  ],
} as const satisfies TypeOverride;

export const MIXED_WEAPONS_CLASH = {
  id: "code/type/mixed-weapons-clash",
  kind: "override",
  description:
    "Heavy weapons fired together with small arms are an exchange of fire, not shelling: by one armed side at another anywhere in the event, or in a ceasefire monitor's count of blasts and shots (no civilians told).",
  examples: [
    "On 3 May 2020, separatists fired 82mm mortars, machine guns and small arms at army positions near Marinka.",
    "On 4 June 2021, rebels fired 120mm mortars at army positions near Shchastia. Monitors counted 12 shots of small arms there.",
    "On 8 June 2021, the monitoring mission recorded 30 explosions and shots involving small arms near Zaitseve.",
    "Government troops fired mortars and automatic rifles at the rebels near Kibati on Friday.",
    "Soldiers fired artillery and assault rifles at the militia's positions outside Kadugli on Sunday.",
  ],
  counterexamples: [
    "On 3 May 2020, separatists fired 82mm mortars at army positions near Marinka.",
    "On 8 June 2021, the monitoring mission recorded 30 explosions involving unknown weapons near Zaitseve.",
  ],
} as const satisfies TypeOverride;

export const WEAPON_DECIDES = {
  id: "code/type/weapon-decides",
  kind: "override",
  description: "A weapon named in the event decides its type over generic violence words; a bombed rally is a bombing.",
  examples: ["A roadside bomb killed four soldiers near Kandahar on Friday."],
} as const satisfies TypeOverride;

// Territory: taken with or without a fight.

export const TAKEN_WITHOUT_FIGHT = {
  id: "code/type/taken-without-fight",
  kind: "override",
  description:
    "A place taken as its holders withdrew, or with no fighting told, changed hands without violence: a non-violent transfer of territory.",
  examples: [
    "Al Shabaab took control of Jana Cabdalle village on Wednesday after government forces withdrew from it.",
    "Government forces retook Quissanga on Monday without a fight.",
    "The militia occupied Kitutu village on Friday, unopposed, as the army had left.",
  ],
  counterexamples: ["Militants seized the town of Mocimboa da Praia on Wednesday after fierce clashes with the army."],
} as const satisfies TypeOverride;

export const PROPERTY_ONLY = {
  id: "code/type/property-only",
  kind: "override",
  description:
    "An attack on property (offices, houses, an oil field, equipment) that hurts no one, with no fighting told, is property destruction, the codebook's rule; anyone killed, hurt or taken in it makes it the attack on them.",
  examples: [
    "Militants attacked and destroyed the local administration offices in the village on Monday. The group claimed the attack.",
    "The oil field near Saravena was attacked by unidentified armed men on Friday.",
  ],
  counterexamples: ["Gunmen attacked houses in the village of Tanwa on Monday, killing four residents."],
} as const satisfies TypeOverride;

export const CLASH_WON_TERRITORY = {
  id: "code/type/clash-won-territory",
  kind: "override",
  description:
    "Fighting that ends with one side taking or retaking a place is coded as the change of territory, which the codebook puts before the armed clash.",
  examples: [
    "Fierce clashes broke out between the army and militants in Mocimboa da Praia on Wednesday. The militants took control of the town.",
    "Heavy fighting erupted between soldiers and rebels near Walikale on Monday. The rebels later captured the town.",
    "Soldiers clashed with Al Shabaab near Kismayo on Monday. The soldiers regained control of the village.",
  ],
  counterexamples: ["Heavy fighting erupted between soldiers and rebels near Walikale on Monday."],
} as const satisfies TypeOverride;

// One-sided violence: what a raid was for.

export const ABDUCTED_AND_KILLED = {
  id: "code/type/abducted-and-killed",
  kind: "override",
  description:
    "People abducted and killed, wounded or mistreated, told with the abduction or after it, were attacked: an attack, not an abduction (the codebook's rule).",
  examples: [
    "Gunmen abducted two farmers near Zurmi and killed them on Sunday.",
    "Militants kidnapped four traders near Diffa on Monday. Three of them were later executed.",
    "Bandits shot and wounded a herder during an attempted kidnapping near Gusau on Friday.",
    "A teacher kidnapped in Celaya on Tuesday was found two days later, beaten and bound.",
  ],
  counterexamples: ["Gunmen abducted twenty passengers from a bus near Kaduna on Thursday."],
} as const satisfies TypeOverride;

export const DETAINED_AND_HARMED = {
  id: "code/type/detained-and-harmed",
  kind: "override",
  description: "People detained and then killed, beaten or tortured were attacked, not arrested.",
  examples: ["Soldiers detained two herders near Mopti and executed them on Monday."],
} as const satisfies TypeOverride;

export const ABDUCTION_OR_RAPE_OVER_ATTACK = {
  id: "code/type/abduction-or-rape-over-attack",
  kind: "override",
  description: "Abduction and sexual violence are what a raid was for, whatever shooting came with it.",
  examples: ["Gunmen stormed a school near Kankara and kidnapped ten girls on Friday."],
} as const satisfies TypeOverride;

export const NO_FORCE_WITHOUT_PROTEST = {
  id: "code/type/no-force-without-protest",
  kind: "override",
  description: "Force against a crowd with no protest nor protesters named is no excessive force against protesters.",
  examples: ["Soldiers opened fire on a crowd in a market of Mandalay on Sunday."],
} as const satisfies TypeOverride;

/** Every override, in the order `decideType` applies them. */
export const TYPE_OVERRIDES: readonly TypeOverride[] = [
  DEMONSTRATORS_WHO_ATTACK,
  FIGHTING_TOLD_AS_SUCH,
  TWO_ARMED_SIDES_CLASH,
  VIOLENCE_AGAINST_PROTESTERS,
  VIOLENCE_AGAINST_CIVILIANS,
  ONE_SIDE_FIRING_ON_CIVILIANS,
  CROWD_CLASHES_WITH_POLICE,
  CROWD_VIOLENCE,
  BRAWL_OVER_DISPUTE,
  AGREEMENT_AS_SETTING,
  ARRESTS_AT_PROTEST,
  INTERVENTION_IN_PROTEST,
  GRAVE_HARM_TO_PROTESTERS,
  INJURED_IN_INTERVENTION,
  FORCE_AGAINST_PROTEST,
  NO_INTERVENTION_WITHOUT_PROTEST,
  LOOTING_IN_PROTEST,
  ARMED_MEN_DO_NOT_RIOT,
  CROWD_ASSAULT_WITHOUT_DEMONSTRATION,
  DAMAGE_WITHOUT_DEMONSTRATION,
  PROTEST_TURNED_VIOLENT,
  AIR_STRIKE_ON_WEAPONS,
  WEAPONS_DISRUPTED,
  GROUND_WEAPONS_IN_CLASH,
  MIXED_WEAPONS_CLASH,
  WEAPON_DECIDES,
  TAKEN_WITHOUT_FIGHT,
  CLASH_WON_TERRITORY,
  PROPERTY_ONLY,
  ABDUCTED_AND_KILLED,
  DETAINED_AND_HARMED,
  ABDUCTION_OR_RAPE_OVER_ATTACK,
  NO_FORCE_WITHOUT_PROTEST,
];
