import { wordList, words } from "../../../base/words.js";
import type { TriggerEntry, TriggerRule } from "../coding-language.js";

/**
 * Words that say what happened, as rules: each names the ACLED sub-event type it points to and a weight
 * (`TriggerRule`). "violence" triggers (attacked, killed, ambushed) are decided later between Attack and Armed clash
 * by who the victims are.
 */

/** Handing out food or aid: an armed group's change of activity, anyone else's no event (NON_CONFLICT_CUES); the trigger and the cue share these words. */
export const HANDOUT_WORDS = String.raw`(deliver(ed|ing)|distribut(ed|ing)|hand(ed|ing) out|g(ave|iving) out|donat(ed|ing)) (\S+ ){0,3}(food|aid|supplies|packages|boxes|groceries|pantries)`;

export const AIR_STRIKE = {
  id: "en/trigger/air-strike",
  kind: "trigger",
  description: "Aircraft and drones striking: air strikes, warplanes, bombs dropped, a named air force's strikes.",
  examples: [
    "A drone strike hit a market in Kidal on Tuesday, killing four people.",
    "Warplanes bombed the outskirts of Maarat al-Numan overnight, residents said.",
    "Regime helicopters hit the town with barrel bombs, killing nine.",
  ],
  pattern: words(
    /\b(air ?strikes?|airstrikes?|drones?|air raids?|aerial (bombardment|attack|strike)s?|warplanes?|fighter jets?|jets?|bombed from the air|helicopter gunships?|dropped (\w+ ){0,2}bombs?|bombs? (was |were )?dropped|(barrel|cluster|vacuum|thermobaric|guided|glide) bombs?|(israeli|russian|us|u\.s\.|turkish|saudi-led|coalition|army|military|junta) strikes?|strikes? (killed|kills|hit|hits|struck|targeted)|(choppers?|helicopters?|aircraft|planes|air force|warplanes|jets) (\w+ ){0,3}(bombed|fired|struck|strafed|raided|destroyed|pounded|targeted)|(raids?|strikes?|attacks?) by (\S+ ){0,4}(choppers|helicopters|aircraft|planes)|(missiles?|rockets?|bombs?) (\w+ ){0,4}(fired|launched|dropped) (\w+ ){0,4}by (\w+ ){0,2}(jets|warplanes|planes|aircraft|drones|helicopters))\b/i,
  ),
  points: "Air/drone strike",
  weight: 3,
} as const satisfies TriggerRule;

export const SHELLING = {
  id: "en/trigger/shelling",
  kind: "trigger",
  description: "Fire from afar: shelling, artillery, mortars, rockets, missiles.",
  examples: [
    "Rebels shelled the town of Kibati on Friday, wounding two children.",
    "Mortar rounds landed near the airport in Mogadishu on Sunday.",
  ],
  pattern: words(
    /\b(shell(ing|ed|s)|artillery|mortars?|rockets?|missiles?|ballistic|howitzers?|bombard(ed|ment)|RPGs?|recoilless rifles?|heavy (and medium )?weapons|\d+(\.\d+)?mm)\b/i,
  ),
  points: "Shelling/artillery/missile attack",
  weight: 3,
} as const satisfies TriggerRule;

export const SUICIDE_BOMB = {
  id: "en/trigger/suicide-bomb",
  kind: "trigger",
  description: "An attacker who blows himself up: suicide bombers, suicide car bombs, kamikazes.",
  examples: [
    "A suicide bomber blew himself up at a checkpoint in Maiduguri on Monday.",
    "Militants drove a suicide car bomb into an army base near Bosaso.",
  ],
  pattern: words(
    /\b(suicide (bomb(er|ers|ing)?|attack(er|ers)?|blast|explosion|vest|car bomb|(car|truck|vehicle)(-borne)?)|s-?vbieds?|blew (himself|herself|themselves) up|self-detonat|kamikazes?)/i,
  ),
  points: "Suicide bomb",
  weight: 4,
} as const satisfies TriggerRule;

export const IED = {
  id: "en/trigger/ied",
  kind: "trigger",
  description: "A planted or remote explosive going off: IEDs, roadside bombs, landmines, car bombs, blasts.",
  examples: [
    "A roadside bomb exploded under a police truck near Kandahar on Thursday.",
    "Two soldiers died when their vehicle hit a landmine outside Djibo.",
    "A bomb planted by the Taliban wounded two policemen in Lashkargah on Monday.",
    "Militants set off explosives under a bridge near Songho on Friday.",
    "Rebels used a remote-controlled bomb against an army convoy near Gode.",
  ],
  pattern: words(
    /\b(ieds?|improvised explosive|roadside bombs?|landmines?|land mines?|ground mines?|limpet (mines?|blasts?|bombs?)|hit an? (\w+ )?mine|explosive devices?|car bombs?|bomb (exploded|blast|went off)|(\S+-)?planted (an? |the )?(bombs?|explosives?)|bombs? (was |were )?planted|set off (an? |the |two |several )?(bombs?|explosives?|explosive devices?)|remote[- ]control(led)? (explosives?|bombs?|devices?)|(motorcycle|motorbike|bicycle|parcel|letter|sticky|magnetic|time|pipe) bombs?|(blast|explosion) (hit|ripped|struck|killed)|mine (blast|explosion|exploded)|stepped on (a )?mines?|(explosions?|blasts?) (at|in|near|outside|targeting) (a|an|the) (\w+ ){0,2}(mosques?|church(es)?|imambargahs?|temples?|shrines?|madrass?as?|checkpoints?|police stations?|rall(y|ies)|processions?|funerals?)|detonated|exploded|explosions?|blasts?)\b/i,
  ),
  points: "Remote explosive/landmine/IED",
  weight: 2.5,
} as const satisfies TriggerRule;

/** Bombs of other rules (thrown, suicide, car, air-dropped) or none at all (a time bomb, a bomb threat). */
const OTHER_BOMBS =
  "petrol|crude|hand|smoke|stink|gasoline|fire|molotov|water|atomic|nuclear|dirty|time|car|roadside|suicide|letter|parcel|pipe|barrel|cluster|vacuum|thermobaric|guided|glide|country|native|homemade";

export const BOMB_WORD = {
  id: "en/trigger/bomb-word",
  kind: "trigger",
  description:
    'A bomb told with no more detail ("a bomb fell on the roof", "wounded by a bomb planted by insurgents"): a planted or remote explosive, its kind left to weightier words. Not "bombing", which names what other words already tell (the arrests over it, a raid).',
  examples: [
    "A bomb fell on the market of Beni on Sunday, damaging several stalls.",
    "Three policemen were wounded by a bomb planted by insurgents near Khost.",
    "Bomb attack on a bus kills four passengers near Quetta",
  ],
  counterexamples: [
    "Rioters threw petrol bombs at the police in Belfast on Monday.",
    "The air force bombed rebel hideouts in the forest on Monday.",
    "Helicopters dropped barrel bombs on the outskirts of Daraya.",
    "Police arrested two men over the bombing of the church in Jolo.",
  ],
  pattern: words(
    new RegExp(
      String.raw`\b((?<!\b(${OTHER_BOMBS}) )bombs?(?! (threats?|scares?|hoax(es)?|squads?|disposal|sniffing|shelters?|experts?|making|-making|factory)))\b`,
      "i",
    ),
  ),
  points: "Remote explosive/landmine/IED",
  weight: 1.5,
} as const satisfies TriggerRule;

export const BOMBED = {
  id: "en/trigger/bombed",
  kind: "trigger",
  description:
    'Forces that "bombed" a place or a group, or flew bombing raids: the verb of an air force, an air strike unless weightier words say otherwise.',
  examples: [
    "The air force bombed rebel hideouts in the forest on Monday.",
    "Government forces bomb villages along the river",
    "The army launched three bombing raids on rebel posts near Laiza.",
  ],
  counterexamples: [
    "A bomb fell on the market of Beni on Sunday.",
    "A bomb planted by the Taliban killed two soldiers.",
  ],
  pattern: words(
    /\b((?<!\b(were|was|been|being|is|are|had|have|has) )bombed (?!(by|on|in|at|near|outside|from|with|during|after|and|or|but|as|while|when|[\d,]+)\b)\w+|(forces|troops|army|military|jets|planes|aircraft|warplanes|air ?force) bomb \w+|bombing (raids?|runs?|campaigns?|sorties))\b/i,
  ),
  points: "Air/drone strike",
  weight: 2,
} as const satisfies TriggerRule;

export const SHELL_VERB = {
  id: "en/trigger/shell-verb",
  kind: "trigger",
  description:
    'Shelling told with the plain verb "shell" and its target ("forces shell civilian areas"); lower case only, never the oil company.',
  examples: ["Government forces shell civilian areas near the border"],
  counterexamples: [
    "Militants attacked a Shell pipeline in Rivers state.",
    "Gunmen fired several shells at the city on Monday.",
  ],
  pattern: words(
    /\b(forces|troops|army|soldiers|militias?|rebels|militants|insurgents|fighters|separatists|they|to|continue to|began to) shells? (\w+ ){0,2}(areas?|villages?|towns?|positions?|neighbou?rhoods?|homes|houses|districts?|cit(y|ies)|camps?|bases?|outskirts)\b/,
  ),
  points: "Shelling/artillery/missile attack",
  weight: 3,
} as const satisfies TriggerRule;

export const GRENADE = {
  id: "en/trigger/grenade",
  kind: "trigger",
  description: "Grenades and other thrown explosives, not the stun, smoke or tear-gas grenades of crowd control.",
  examples: [
    "A man hurled a grenade into a bar in Bujumbura on Saturday night.",
    "Unknown men threw crude bombs at a party office in Kolkata.",
  ],
  counterexamples: [
    "Police used stun grenades to break up a march in Lima.",
    "Separatists fired grenade launchers at army positions near Avdiivka on Monday.",
  ],
  pattern: words(
    /\b(grenades?(?<!(?:smoke|stun|flash|tear[- ]gas|teargas|sound|rocket[- ]propelled) grenades?)(?![- ]launch)|crude bombs?|hand bombs?|(threw|hurled|lobbed) (\w+ ){0,2}(bombs?|explosives))\b/i,
  ),
  points: "Grenade",
  weight: 3.5,
} as const satisfies TriggerRule;

export const CHEMICAL = {
  id: "en/trigger/chemical",
  kind: "trigger",
  description: "Chemical weapons: chlorine, sarin, poison gas.",
  examples: ["Chlorine gas was dropped on a neighbourhood of Douma, rescuers said."],
  pattern: words(
    /\b(chemical (weapons?|attack)|chlorine|sarin|(toxic|poisonous|poison) gas(es)?|toxic chemicals|nerve agent|mustard gas)\b/i,
  ),
  points: "Chemical weapon",
  weight: 4,
} as const satisfies TriggerRule;

export const CLASH = {
  id: "en/trigger/clash",
  kind: "trigger",
  description: "Fighting that takes two sides: clashes, battles, exchanges of fire, gunfire, an attack repelled.",
  examples: [
    "Fighting broke out between the army and rebels near Beni on Monday.",
    "Soldiers repelled an assault on their base in Menaka on Friday.",
    "Troops battled militiamen for the hills above Kitchanga on Sunday.",
    "Special forces carried out operations against militants near Muidumbe on Tuesday.",
    "The troops at the outpost responded by firing towards the hills near Dhusamareb.",
  ],
  counterexamples: ["The army paraded new infantry fighting vehicles in Harare."],
  pattern: words(
    /\b(clash(es|ed|ing)?|fighting(?! vehicles?)|fought|(fresh )?conflict between|(gang|inter-?communal|communal|ethnic|tribal|sectarian) violence|(?<!drive-by )shoot(s|ing)?(?!-?outs?\b)|gunfire|gunshots?|fired ([\w,]+ ){0,4}(at|on|into)|battl(e|es|ed|ing)|firefights?|gunfights?|exchang(e|ed|ing) (of )?fire|return(ed|ing)? fire|fired back|responded (to (the )?(fire|gunfire|shelling)|by firing(?! (tear|teargas|rubber|warning|water|into the air|in the air)))|gun ?battles?|shoot-?outs?|repel(s|led|ling)?|repelled|repuls(e|es|ed|ing)|(thwarted|foiled) (an? |the )?(\S+ ){0,2}(attack|incursion|offensive|advance|assault|infiltration)s?|counter-?attack(s|ed|ing)?|skirmish(es|ed|ing)?|engaged|confrontations?|fired (\w+ ){0,4}(on|at|upon) (the )?positions|shot at|in both directions|(launched|carried out|conducted|led) (an? |new |joint |military |special |several )*(operations?|offensives?) (against|on))\b/i,
  ),
  points: "Armed clash",
  weight: 2,
} as const satisfies TriggerRule;

export const OBSERVED_BLASTS = {
  id: "en/trigger/observed-blasts",
  kind: "trigger",
  description:
    "Explosions or projectiles a monitor observed or heard and counted: shelling, whoever fired it (a ceasefire monitor's report).",
  examples: [
    "On 4 March 2021, the monitoring mission recorded 14 explosions of undetermined origin near Avdiivka.",
    "Monitors heard at least six blasts south-east of Svitlodarsk on Sunday.",
    "The mission observed a total of 25 projectiles and impacts near Zaitseve on 2 June 2019.",
  ],
  counterexamples: ["Residents heard a loud explosion when a gas tank blew up in Kharkiv on Monday."],
  pattern: words(
    /\b(observed|recorded|heard|registered|counted|reported) ((a total of|at least|about|around|some|over|more than) )?(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|several|many|numerous) ([\w-]+ ){0,2}(explosions?|projectiles?|impacts?|blasts?|detonations?|bursts? of fire)\b/i,
  ),
  points: "Shelling/artillery/missile attack",
  weight: 4,
} as const satisfies TriggerRule;

export const HEAVY_GUN_FIRE = {
  id: "en/trigger/heavy-gun-fire",
  kind: "trigger",
  description:
    "Fire from heavy weapons platforms (heavy machine guns, grenade launchers, anti-aircraft guns, fighting vehicles): shelling.",
  examples: [
    "Separatists fired grenade launchers and heavy machine guns at army positions near Avdiivka on Monday.",
    "Rebels fired anti-aircraft guns at the outskirts of Kadugli overnight.",
    "The militia opened fire with infantry fighting vehicles on the positions near Marinka.",
  ],
  counterexamples: ["Militants ambushed a gendarmerie patrol with heavy machine guns near Abala on Friday."],
  pattern: words(
    /\b(fired|firing|fire (from|of|with)) ([\w,/-]+ ){0,8}(heavy machine[- ]?guns?|anti-aircraft (guns?|cannons?)|(automatic )?grenade[- ]launchers?|AGLs?|IFVs?|infantry fighting vehicles?|BMPs?)\b/i,
  ),
  points: "Shelling/artillery/missile attack",
  weight: 3,
} as const satisfies TriggerRule;

export const DIRECT_FIRE = {
  id: "en/trigger/direct-fire",
  kind: "trigger",
  description:
    "Direct fire from small arms between sides: shots counted, small arms, light machine guns, rifles, sniper fire.",
  examples: [
    "On 2 June 2019, the monitors counted 40 shots near Pisky.",
    "Separatists fired light machine guns and small arms at army positions near Marinka on Tuesday.",
    "Government troops fired automatic rifles at rebel trenches near Kibati on Friday.",
  ],
  counterexamples: ["The army paraded new infantry fighting vehicles in Harare."],
  pattern: words(
    /\b((\d[\d,]*|several|many|numerous|dozens of) (single )?shots|small[- ]arms(?! (trade|trafficking|dealers?|smuggl\w*))|light (weapons|machine[- ]?guns?)|(?<!heavy |\d\.\dmm |\dmm )machine[- ]?guns?|assault rifles|automatic (weapons|rifles)|sniper (fire|rifles?))\b/i,
  ),
  points: "Armed clash",
  weight: 2,
} as const satisfies TriggerRule;

export const VIOLENCE = {
  id: "en/trigger/violence",
  kind: "trigger",
  description:
    "Violence whose type its sides decide: attacks, killings, ambushes, raids, bodies found; each verb in all its forms.",
  examples: [
    "Gunmen attacked the village of Tanwa and killed twelve people.",
    "The bodies of three farmers were found near Bambari on Sunday.",
    "Militiamen raiding farms near Djugu on Monday were seen torching granaries.",
    "A witness saw men stabbing a trader outside the mosque in Maiduguri.",
  ],
  pattern: words(
    /\b((?<!arson )attack(s|ed|ing)?|drive-by( shootings?)?|kill(ed|ing|s)?|ambush(ed|es|ing)?|raid(s|ed|ing)?|storm(ed|ing)|open(ed)? fire|shot( dead)?|gun(s|ned|ning)? down|massacr(e|ed|es|ing)|slaughter(ed)?|murder(ed|s|ing)?|execut(ed|ions?)|behead(s|ed|ing)?|assault(s|ed|ing)?|offensive|stab(s|bed|bing)|hacked to death|torch(ed|ing)|set (fire|ablaze)|killings?|dead|died|deaths?|beat(en|ing)?|tortur(ed|e|ing)|injur(ed|ing)|wound(ed|ing)|bod(y|ies) (of|was|were) (\w+ ){0,8}(found|discovered|recovered)|(found|discovered) dead|found (\w+ ){0,3}(wrapped|bound|tied|handcuffed|blindfolded|mutilated|dismembered|half[- ]burned|with (gunshot|bullet|stab) wounds)|assassinat(ed|ion)|set (\w+ ){0,3}(alight|on fire)|abus(ed|ing)|hack(ed)?|lynch(es|ed|ing)?)\b/i,
  ),
  points: "violence",
  weight: 1.5,
} as const satisfies TriggerRule;

export const OVERTAKE = {
  id: "en/trigger/overtake",
  kind: "trigger",
  description: "A group takes control of a place: a town, a base, a district.",
  examples: [
    "Militants seized control of the town of Mocimboa da Praia on Wednesday.",
    "Insurgents assumed full control over three districts of Badakhshan on Monday.",
    "The rebels overran an army outpost near Walikale and now control the town.",
    "Insurgents seize two districts in northern Badakhshan",
    "Rebels captured the border post of Kitagoma on Monday.",
    "Militants took a hilltop overlooking the road to Palma.",
    "Soldiers stormed and occupied a rebel base in the hills above Sabe.",
  ],
  counterexamples: [
    "Rebels briefly seized control of Kanyabayonga before soldiers drove them off.",
    "Soldiers fought off gunmen who tried to overrun their post near Menaka.",
    "Fighting took place along the mountain range north of Lashio on Monday.",
  ],
  pattern: words(
    /(?<!\b(tried|trying|attempted|attempting|attempt|failed|bid|sought|seeking|plan(ned)?|aim(ed|ing)?) to )\b(seiz(e|es|ed|ing)|took|tak(e|es|en|ing)|captur(e|es|ed|ing)|overran|overruns?|gain(s|ed)|occup(y|ies|ied|ying)) (?!(place|part|refuge|shelter|note|aim|advantage)\b)(full |total )?(control of |over )?(the )?((?!(in|at|to|into|from|near|outside|around|for|with) )\S+ ){0,5}(town|city|village|base|camp|district|locality|localities|area|commune|positions?|outpost|prison|capital|headquarters|oil ?fields?|airport|(border |military |police )?posts?|hill(top)?|garrison|barracks|stronghold|(district|provincial|regional) (centre|center|seat)|palace|border crossing|territory|neighbou?rhood|settlement|island|port|bridge|highway|ridge|mountain|valley|dam|suburb|quarter|compound|frontline|trench)s?\b|\b(took|tak(e|es|en|ing)) (control|over)\b|(?<!\bbriefly )\b(took|tak(e|es|en|ing)|seiz(e|es|ed|ing)|gain(s|ed)|assum(e|es|ed)|wrest(s|ed)?|establish(es|ed)) (full |total |effective )?control (of|over)\b|(?<!\b(tried|trying|attempted|attempting|attempt|failed|bid|sought|seeking|plan(ned)?|aim(ed|ing)?) to )\b(overtook|overtakes?|overtaken|overran|overruns?)\b|\b(controls?|in control of) the (town|city|village|district|area|locality)\b/i,
  ),
  points: "Non-state actor overtakes territory",
  weight: 3,
} as const satisfies TriggerRule;

export const OVERTAKE_NAMED_PLACE = {
  id: "en/trigger/overtake-named-place",
  kind: "trigger",
  description: 'A named place seized or occupied: its takers hold it now ("seized Qoryooley", "occupied Bilibiza").',
  examples: [
    "Al Shabaab fighters seized Bulo Burte on Sunday after the army left.",
    "An Islamist militia occupied the village of Bilibiza on 6 April 2020.",
    "Soldiers occupied Dimbelenge on Tuesday, a week after the militia sacked it.",
  ],
  counterexamples: ["Police seized AK-47 rifles in a house in Mombasa on Friday."],
  pattern: words(
    /\b([Ss]eiz(e|es|ed)|[Oo]ccup(y|ies|ied)|[Oo]vert(ook|akes?)|[Oo]ver(ran|runs?)) (the (town|city|village|district|locality|area) of )?\p{Lu}\p{Ll}{2,}/u,
  ),
  points: "Non-state actor overtakes territory",
  weight: 3,
} as const satisfies TriggerRule;

export const REGAIN = {
  id: "en/trigger/regain",
  kind: "trigger",
  description: "A place retaken or freed: recaptured, retook, liberated, pushed back from.",
  examples: [
    "The army recaptured the town of Kamituga from the rebels on Monday.",
    "Troops retake the port town of Mocimboa da Praia from insurgents",
    "Soldiers drove the rebels out of the town of Kiwanja on Friday.",
    "Troops cleared the village of Ngala of insurgents and restored state control.",
    "The army dislodged the militia from three localities of the highlands on Tuesday.",
    "Soldiers gained several villages back from the rebels near Kitshanga.",
  ],
  pattern: words(
    /\b(re-?captur(e|es|ed|ing)|re-?took|regain(s|ed|ing)?|reclaim(s|ed)|liberat(es|ed)|re-?tak(e|es|en|ing)|back under (army|government) control|(gained|took|won) back (full )?control|(took|taken|won) back (the )?(\w+ ){0,2}(towns?|villages?|city|district|areas?|bases?|positions?|territory)|cleared (\S+ ){0,8}from|cleared (a |the )?(\w+ )?(camps?|hideouts?|enclaves?|bases?|strongholds?|towns?|villages?|city|district|areas?) of|(recovered|restored|re-?established) (\w+ )?control|freed (\w+ ){0,3}(villages?|towns?|areas?|city|district|neighbou?rhoods?) (\S+ ){0,4}from|(pushed|drove|driven|beaten) back (\S+ ){0,3}from|(pushed|drove|driven|forced|chased|flushed|expelled|dislodg(ed|es|e|ing)) (out )?(the )?(\S+ ){0,2}(militants|rebels|insurgents|fighters|jihadists|terrorists|militia(men|s)?|gunmen|extremists|enemy|them|(armed )?groups?) (back )?(out of|from)|dislodg(ed|es|e|ing)|(gained|won|got) (\w+ ){0,2}(territor(y|ies)|ground|areas?|villages?|towns?|localities|positions?) back|clearance operations?)\b/i,
  ),
  points: "Government regains territory",
  weight: 3.5,
} as const satisfies TriggerRule;

export const ABDUCTION = {
  id: "en/trigger/abduction",
  kind: "trigger",
  description: "People abducted, kidnapped, taken hostage or made to disappear.",
  examples: ["Gunmen abducted twenty bus passengers on the road to Kaduna on Friday."],
  pattern: words(
    /\b(abduct(ed|ion|ions|s|ing)?|kidnap(ped|ping|pings|s)?|taken hostage|held hostage|hostages?|held captive|hijack(ed|ing)|forced disappearance|disappeared|whereabouts (are|is|remain|remains) unknown)\b/i,
  ),
  points: "Abduction/forced disappearance",
  weight: 3,
} as const satisfies TriggerRule;

export const SEXUAL_VIOLENCE = {
  id: "en/trigger/sexual-violence",
  kind: "trigger",
  description: "Rape and sexual assault.",
  examples: ["Soldiers raped three women in a village near Bunia, a local group said."],
  pattern: words(/\b(rap(ed|es|ing)|rape|sexual(ly)? (violence|assault(ed)?|abuse)|molest(ed|ing|ation)?)\b/i),
  points: "Sexual violence",
  weight: 4,
} as const satisfies TriggerRule;

export const PROTEST = {
  id: "en/trigger/protest",
  kind: "trigger",
  description: "People protesting: protests, demonstrations, marches, rallies, strikes, sit-ins, roads blocked.",
  examples: [
    "Hundreds of teachers protested in Nairobi on Monday over unpaid salaries.",
    "Traders staged a sit-in outside the town hall of Bouake on Tuesday.",
    "Crowds chanted slogans outside the electoral commission in Lusaka on Friday.",
    "Climate activists were blocking a bridge over the river in Bristol on Saturday.",
    "Families held a candlelight vigil outside the prison in Kigali for the detained journalists.",
    "The crowd was dispersed by the police outside the electoral commission in Lusaka on Friday.",
    "Police fired tear gas to disperse students outside the university of Nairobi on Monday.",
  ],
  counterexamples: ["The army shelled Kibati on 4 March."],
  // "march" only as a verb or a protest noun, never the month ("March 15").
  pattern: words(
    /\b(protest(s|ed|ers?|ors?|ing)?|demonstrat(e|es|ion|ions|ors?|ed|ing)|demand(ed|s)|to demand|march(ed|es|ing)|(a|the|peaceful|protest|solidarity) march|rall(y|ies|ied)|sit-in|picket(ed)?|strike by (workers|teachers|doctors|traders)|went on strike|on strike|striking (\w+ ){0,2}(workers|doctors|nurses|teachers|lecturers|employees|miners|drivers|staff)|t(ook|ake|akes|aking) to the streets|chant(ed|ing)|gathered (\S+ ){0,20}(demanding|to demand|in demand|against|to protest|calling for|condemned|to (file|press|pressure|denounce|condemn|commemorate|oppose|voice|express|show))|demanding|petitioned|boycott(ed)?|block(ed|ing) (\S+ ){0,4}(roads?|highways?|streets?|bridges?|railways?|rail lines?|thoroughfares?|junctions?|intersections?|traffic)|held a (protest|rally|demonstration|march|sit-in)|(candlelight |silent |prayer )?vigils?|human chains?|walk(ed)? off the job|walkouts?|staged a|(dispers(e|ed|ing)|broke up|tear ?gas (at|on|into)) (a |the )?(\w+ )?(crowds?|gatherings?)|(crowds?|gatherings?) (was |were )?(dispersed|broken up)|(tear ?gas|water cannons?|rubber bullets|stun grenades|pepper[- ]?spray) (\w+ ){0,3}to (disperse|break up|scatter))\b/i,
  ),
  points: "Peaceful protest",
  weight: 3,
} as const satisfies TriggerRule;

export const INTERVENTION = {
  id: "en/trigger/intervention",
  kind: "trigger",
  description:
    "Force that breaks up a protest short of killing: tear gas, water cannon, rubber bullets, protesters beaten or detained (the codebook's intervention: no serious or lethal harm).",
  examples: [
    "Police fired tear gas to disperse protesters in Conakry on Thursday.",
    "Riot police beat and manhandled marchers outside the ministry in Lilongwe on Tuesday.",
    "Police dispersed the crowd outside the court in Harare with tear gas on Monday.",
    "Police were dispersing students who marched to the ministry in Dhaka when the rain began on Monday.",
    "Police prevented the marchers from reaching the presidential palace in Dakar on Friday.",
  ],
  pattern: words(
    /\b(tear ?gas|dispers(ed|e|ing)|stand-?off|water cannons?|rubber bullets|baton|broke up|intervened|(prevented|stopped|blocked|barred|refused to allow|did not allow) (\w+ ){0,3}(protesters|protestors|demonstrators|marchers|crowds?) (from|to)|(control|contain) the (crowds?|protesters|demonstrators|marchers)|intervention|riot police|chased|police (charged|clashed)|(arrested|detained|detain|detaining|arresting) (dozens|scores|several|hundreds|thousands|\d+)? ?(of )?(the )?(protesters|demonstrators|marchers|activists)|(protesters|demonstrators|marchers) (were )?(arrested|detained)|(arrested|detained) (\w+ ){0,4}(during|at) (a|an|the) (\w+ ){0,3}(protest|demonstration|rally|march)|(beat|assaulted|manhandled|roughed up) (\w+ ){0,5}(protesters|demonstrators|marchers)|pepper[- ]?spray(ed)?|pepper (balls|canisters)|(smoke|stun|flash) grenades|non-?lethal rounds|(suppressed|repressed) (a |the )?(peaceful )?(demonstration|protest|rally|march|sit-in)s?)\b/i,
  ),
  points: "Protest with intervention",
  weight: 2,
} as const satisfies TriggerRule;

export const EXCESSIVE_FORCE = {
  id: "en/trigger/excessive-force",
  kind: "trigger",
  description: "Grave force against protesters: a crackdown, live fire on a crowd, protesters shot.",
  examples: [
    "Three people died in a protest crackdown in Khartoum on Thursday.",
    "Soldiers opened fire on demonstrators in Mandalay on Sunday.",
  ],
  counterexamples: ["Police beat several demonstrators outside the court in Blantyre on Monday."],
  pattern: words(
    /\b(crackdown|violently (suppressed|dispersed|broke up|repressed)|attacked (\w+ ){0,5}(demonstration|protest|protesters|demonstrators|marchers)|fired (live )?(rounds|bullets|ammunition) (at|on|into) (the )?(protesters|demonstrators|crowd)|open(ed)? fire (at|on) (\w+ ){0,2}(protesters|demonstrators|marchers|crowds?)|shot (dead )?(\w+ )?(protesters|demonstrators)|(protesters|demonstrators) (were )?(shot|killed))\b/i,
  ),
  points: "Excessive force against protesters",
  weight: 3.5,
} as const satisfies TriggerRule;

export const LIVE_FIRE = {
  id: "en/trigger/live-fire",
  kind: "trigger",
  description:
    "Live ammunition or lethal force used where a protest is told: force beyond intervention, though weaker than people shot, so a crowd that riots stays a violent demonstration.",
  examples: [
    "Security forces used live ammunition to disperse the protesters in Basra on Monday.",
    "Police resorted to lethal force against the marchers in Conakry on Thursday.",
  ],
  counterexamples: ["Soldiers held a live-fire exercise near Basra on Monday."],
  pattern: words(/\b(live|real|lethal) (ammunition|rounds|bullets|fire|force)\b/i),
  points: "Excessive force against protesters",
  weight: 2,
} as const satisfies TriggerRule;

export const MOB = {
  id: "en/trigger/mob",
  kind: "trigger",
  description:
    "A crowd's violence: mobs, lynchings, jungle justice, vigilantes, angry residents, brawls and fistfights.",
  examples: [
    "A mob lynched a suspected thief at a market in Kampala on Friday.",
    "A brawl broke out between traders at the market in Abeche on Monday.",
    "A councillor got into a fight with a rival's supporter outside the polling station in Bangued.",
  ],
  pattern: words(
    /\b(mob|lynch(ed|ing)?|jungle justice|vigilantes?(?!-style)|angry (crowd|residents|youths)|irate (youths|residents|mob)|set upon|brawls?|got into a fight|fist ?fights?)\b/i,
  ),
  points: "Mob violence",
  weight: 3,
} as const satisfies TriggerRule;

export const ARREST = {
  id: "en/trigger/arrest",
  kind: "trigger",
  description: "People arrested, detained or rounded up.",
  examples: ["Police arrested three opposition activists in Harare on Friday."],
  pattern: words(/\b(arrest(ed|ing)?|detain(ed|ing)?|apprehend(ed)?|taken into custody|rounded up)\b/i),
  points: "Arrests",
  weight: 1.8,
} as const satisfies TriggerRule;

/** Property an attack can be on with no one there to hurt: buildings, works and goods, not markets, vehicles or places of worship. */
const PROPERTY =
  "(houses|homes|huts|offices?|buildings?|propert(y|ies)|oil ?fields?|oil (wells?|installations?|facilit(y|ies))|pipelines?|equipment|machinery|machines|(telecom(munications?)?|phone|mobile|network|relay) (towers?|masts?|antennas?)|(optical )?fib(er|re)s?( cables?)?|power (lines?|stations?|plants?|pylons?)|pylons?|warehouses?|factor(y|ies)|plants?|farms?|plantations?|crops|granar(y|ies)|shops|stores|infrastructure|installations?)";

export const PROPERTY_ATTACK = {
  id: "en/trigger/property-attack",
  kind: "trigger",
  description:
    "An attack told on property (offices, houses, an oil field, a pipeline, equipment) or a place razed: with no one hurt, the codebook's property destruction (`code/type/property-only`).",
  examples: [
    "Militants attacked and destroyed the local administration offices in the village on Monday.",
    "The pipeline near Saravena was attacked by unidentified armed men on Friday.",
    "Rebels fired upon and burned equipment of a road contractor near Bacuag.",
    "The village of Ipene was razed by militiamen on Tuesday.",
  ],
  counterexamples: ["Gunmen attacked a market in Zurmi on Monday."],
  pattern: words(
    new RegExp(
      String.raw`\b((attacked|raided|stormed|targeted|fired (up)?on|pounded|burn(ed|t) down)( and (destroyed|burn(ed|t)( down)?|torched|looted|set fire to|vandali[sz]ed|damaged))? (the |a |an |two |three |several |some |many |dozens of |\d+ )?([\w'’-]+ ){0,3}${PROPERTY}|${PROPERTY} (\w+ ){0,3}(was|were|had been|have been) (\w+ )?(attacked|targeted|razed|destroyed|torched|burn(ed|t)( down)?)|razed)\b`,
      "i",
    ),
  ),
  points: "Looting/property destruction",
  weight: 3,
} as const satisfies TriggerRule;

export const LOOTING = {
  id: "en/trigger/looting",
  kind: "trigger",
  description: "Property looted, stolen, burned or destroyed; cattle rustled; extortion.",
  examples: [
    "The attackers looted shops and stole an ambulance in Tillaberi.",
    "Herders said bandits rustled forty cows near Zurmi on Monday.",
  ],
  counterexamples: ["The former minister was charged with looting public funds."],
  pattern: words(
    /\b(loot(ed|ing|ers)?(?! (public |state )?(funds|money|assets|wealth))|pillag(ed|ing)|plunder(ed)?|st(ole|olen)(?! (public |state )?(funds|money|assets|wealth))|ransack(ed)?|burn(ed|t) (down )?([\w'’-]+ ){0,2}(houses|homes|shops|church|mosque|market|vehicles?|property)|destroy(ed|ing)? (\w+ ){0,2}(houses|homes|property|shops|crops|vehicles?)|demolish(ed|ing)|vandali[sz]ed|cut down (\w+ ){0,3}trees|forcibly (demanded|took|seized)|extort(ed|ion)|property destruction|arson( attacks?)?|robb(ed|ing|ery)|confiscat(ed|ing)|seized (\w+ ){0,4}(livestock|cattle|goats|sheep|camels|vehicles?|motorbikes?|motorcycles?|tricycles?|ambulances?|goods|crops|food)|rustl(ed|ing)|burn(ed|t) (down )?([\w'’-]+ ){0,2}(schools?|camps?|granar(y|ies)|health (centre|center)s?|town hall|offices?|huts?))\b/i,
  ),
  points: "Looting/property destruction",
  weight: 1.5,
  tag: "looting",
} as const satisfies TriggerRule;

export const DISRUPTED = {
  id: "en/trigger/disrupted",
  kind: "trigger",
  description:
    "Weapons defused, seized, found or intercepted before use; an explosion that went off by accident or early, in the hands of those planting or carrying it.",
  examples: [
    "Soldiers defused a bomb planted near a school in Mogadishu on Friday.",
    "Police found three grenades in a house in Mombasa.",
    "Two militants died when the bomb they were assembling exploded in a house near Kandahar.",
    "A roadside bomb exploded prematurely near Ghazni on Monday, killing the two men who were burying it.",
    "An IS fighter was killed while planting an IED near Tikrit on Monday.",
    "Troops raided a hideout and retrieved improvised bombs near Datu Piang on Friday.",
  ],
  counterexamples: ["Militants planted a bomb that exploded under an army truck near Gao on Monday."],
  pattern: words(
    /\b(defus(ed|ing)|dismantl(ed|ing) (an? )?(explosive|bomb|ied)|(foiled|thwarted) (\w+ ){0,3}(bomb|bombing|plot|explosive|ied|suicide|attempt to (plant|detonate))|intercepted (\w+ ){0,3}(missiles?|rockets?|drones?|projectiles?|weapons|arms|explosives|(shipments?|consignments?) of (arms|weapons))|bomb disposal|(weapons?|arms|ammunitions?|explosives?) (caches?|depots?|stash(es)?|hideouts?)|(caches?|stash(es)?) (of|containing|with) (\w+ ){0,4}(weapons|arms|firearms|ammunitions?|explosives|projectiles|rifles|guns|rounds|grenades|(land)?mines)|(hideout|depot|cache|stash)s? (\w+ ){0,4}(to (store|depot|hide|keep) )?(arms|weapons|ammunitions?|explosives)|(destroyed|neutrali[sz]ed|cleared) (\w+ ){0,3}(caches?|mines|landmines|ieds|improvised explosive devices|explosive devices)|(seized|confiscated|recovered) (\S+ ){0,3}(\w+-)?(fire ?arms|revolvers|pistols|rifles|rounds|cartridges|landmines|mines|grenades|detonators)|accidentally (activated|detonated|triggered|exploded)|(premature|accidental) (explosion|detonation)|(exploded|detonated|went off|blew up) (\w+ ){0,2}(prematurely|accidentally|by accident)|(while|when) (\w+ ){0,2}(planting|placing|laying|assembling|making|building|preparing|handling|transporting|burying) (an? |the |their |his |her )?(\w+ ){0,2}(bombs?|ieds?|explosives?|explosive devices?|(land)?mines?)|(bombs?|ieds?|explosives?|explosive devices?|(land)?mines?) (they|he|she) (were|was|had been) (planting|placing|laying|assembling|making|building|preparing|handling|transporting|burying)|(seized|confiscated|recovered) (\w+ ){0,2}(weapons|arms|explosives|ammunition|rifles|guns)|(find|finds|found|located|locate|discovered|uncovered|retrieved|recovered|transporting|in possession of) (\S+ ){0,4}(grenades?|bombs?|ieds?|explosives?|explosive devices?|(land)?mines?)|(shot|shoot|shooting|shut) down (\S+ ){0,3}(drones?|missiles?|rockets?|projectiles?)|(pistols|revolvers|weapons|arms|firearms|guns|rifles|cartridges|ammunition|explosives|bombs?|grenades?|ieds?|explosive devices?|(land)?mines?) (\w+ ){0,2}(were |was |have been |had been )?(found|discovered|seized|recovered|confiscated|defused|neutrali[sz]ed))(?! by (the )?(assailants|attackers|militants|gunmen|insurgents|jihadists|terrorists|fighters|rebels))\b/i,
  ),
  points: "Disrupted weapons use",
  weight: 3.5,
} as const satisfies TriggerRule;

export const AGREEMENT = {
  id: "en/trigger/agreement",
  kind: "trigger",
  description: "An agreement: a ceasefire, a truce, a peace deal, a prisoner exchange, a surrender.",
  examples: [
    "The two militias signed a ceasefire in Juba on Sunday.",
    "The government and the rebels began indirect talks in Doha on Monday.",
    "The rebels withdrew from the peace accord with the government on Thursday.",
    "The two clans agreed to stop fighting over the wells near Galkayo on Sunday.",
    "Elders brokered a deal between the herders and the farmers of Djugu on Tuesday.",
  ],
  pattern: words(
    /\b(agreement|ceasefire|cease-fire|truce|peace (deal|accord|talks|process|negotiations)|(held|hold|holds|began|begin|started|resumed|opened|launched) (\w+ ){0,2}(talks|negotiations)|(indirect|direct|ceasefire|truce) (talks|negotiations)|(treaty|accord|pact)|signed|prisoners? (swaps?|exchanges?)|exchange (process )?of (prisoners|detainees|bodies)|exchanged (\w+ ){0,2}(prisoners|detainees|captives)|in exchange for (the release of )?(\w+ ){0,3}(soldiers|prisoners|hostages|detainees|fighters)|surrender(ed|s)?|laid down (their|his) (arms|weapons)|evacuation deal|deal to evacuate|agreed (to|on|upon|a|an)|(struck|reached|clinched|brokered|sealed|concluded) (a |an |the )?([\w-]+ ){0,2}(deal|accord|agreement|truce|pact|understanding)|(deal|accord|truce|pact) (was |has been |had been )?(reached|struck|brokered|sealed|concluded))\b/i,
  ),
  points: "Agreement",
  weight: 2,
} as const satisfies TriggerRule;

export const BASE = {
  id: "en/trigger/base",
  kind: "trigger",
  description: "A base, camp, outpost or checkpoint set up.",
  examples: [
    "The armed group set up a base in the forest near Beni, residents said.",
    "A new army outpost was built on the hill above Djibo last week.",
    "Insurgents installed a command post in a school near Macomia on Monday.",
  ],
  pattern: words(
    /\b(set(s|ting)? up|established|establish(es|ing)?|buil(t|ds|ding)|open(ed|s|ing)|install(ed|s|ing)|erect(ed|s|ing)|construct(ed|s|ing)|mov(ed|es|ing) (its|their) (\w+ )?headquarters to) (\w+ ){0,5}(bases?|camps?|headquarters|outposts?|checkpoints?|observation (posts?|points?)|military (posts?|points?)|garrisons?|strongholds?|command (posts?|centres?|centers?))\b|\b(observation |military )?(posts?|points?|bases?|camps?|outposts?|garrisons?|headquarters) (was |were |have been |has been |had been |is being |are being )?(established|set up|built|installed|erected|constructed|opened)\b|\bset up camp\b/i,
  ),
  points: "Headquarters or base established",
  weight: 2.5,
} as const satisfies TriggerRule;

export const WITHDRAWAL = {
  id: "en/trigger/withdrawal",
  kind: "trigger",
  description: "Forces withdraw or hand a place over, or a place changes hands with no fighting told.",
  examples: [
    "Troops withdrew from the town of Tessit on Saturday, handing it to a militia.",
    "Government forces retook Quissanga on Monday without a fight.",
    "The militia occupied Kitutu village on Friday, unopposed, as the army had left.",
    "Peacekeepers withdraw from their base in Kidal and hand it over to the army",
  ],
  counterexamples: ["The soldiers were forced to withdraw from Kalambo when the rebels shelled their camp."],
  pattern: words(
    /\b((?<!(forced|compelled) to )withdr(aw|aws|awing|ew|awn|awal)|hand(s|ed|ing)? (\w+ )?over|pull(s|ed|ing)? out|retreat(ed|ing)|were absent|unopposed|vacated|without (a |any )?(fight|fighting|resistance|clash(es)?|violence|engagement)|(with )?no (engagement|clash(es)?|fighting|resistance)( was| were)?( reported)?|no fatalities or violence)\b/i,
  ),
  points: "Non-violent transfer of territory",
  weight: 1.5,
} as const satisfies TriggerRule;

export const GROUP_CHANGE = {
  id: "en/trigger/group-change",
  kind: "trigger",
  description: "A group's change of activity: recruitment, deployments, reinforcements, defections, patrols, convoys.",
  examples: [
    "A convoy of military trucks headed for the town of Kidal, witnesses said.",
    "Troops were redeployed from Gao to the Menaka region on Monday.",
    "A new militia was formed in the hills above Bunia last month.",
    "The army massed tanks and troops along the border near Kassala on Sunday.",
  ],
  pattern: words(
    /\b(recruit(ed|ment|ing|s)?|(re)?deploy(ed|ment|ments|ing|s)?|reinforcements|defect(ed|ion|s)?|switched sides|(was|were|has been|have been) (newly )?formed|formation of (a |an |the )?(new )?(\w+ )?(group|militia|movement|force|brigade|coalition|alliance)|dissol(ved|ution)|join(ed|ing) (the |a )?(\w+ )?(militia|rebels|rebel group|armed group|insurgents|army|ranks)|mass(ed|ing) (\w+ ){0,3}(troops|forces|soldiers|fighters|near|along|on the)|(troops|forces|soldiers|fighters) massed|(mobili[sz](ed|ing)|mobili[sz]ation of) (\w+ )?(reservists|troops|forces|fighters|volunteers|militias?)|roadblocks?|(warships?|troops|jets|warplanes|forces|vessels) (entered|crossed into|violated)|joined forces|merg(ed|er)|split|training camps?|movement of (forces|troops)|convoy of (military )?(trucks|vehicles|troops)|(troops|forces|soldiers) (moved|arrived|were sent|were stationed)|expand(ed|ing) (its|their) (military|presence|base)|patrols?|patroll?(ed|ing)|military build-?up|security measures|reinforc(ed|ing)|mobili[sz](ed|ing|es) (alongside|its|their|his|fighters|troops|forces|members|men|militias?)|(sent|forwarded|dispatched) (\w+ ){0,3}(fighters|troops|reinforcements|(military )?equipment))\b/i,
  ),
  points: "Change to group/activity",
  weight: 1.3,
} as const satisfies TriggerRule;

export const EMERGENCY_MEASURES = {
  id: "en/trigger/emergency-measures",
  kind: "trigger",
  description:
    "Authorities imposing, extending or lifting emergency rule (a curfew, a state of emergency, martial law, a lockdown or quarantine, a ban on gatherings) or closing a border: the codebook's change to group/activity (security measures).",
  examples: [
    "On 10 September, the government extended the state of emergency in the Sila region by four months.",
    "The governor of Hadramawt closed the border crossings and instituted a curfew on Saturday.",
    "Authorities imposed a ban on motorbikes in the Tillaberi region from 1 January.",
    "The authorities declared a lockdown on the capital and prohibited travel between cities.",
  ],
  counterexamples: [
    "Residents said the curfew made it hard to reach the market in Sila.",
    "Hundreds protested in Lagos on Monday against the lockdown.",
    "A police team enforcing a curfew in Auchi was attacked by gunmen.",
  ],
  pattern: words(
    /\b((impos(ed|es|e|ing)|reimpos(ed|es|ing)|declar(ed|es|ing)|extend(ed|s|ing)|order(ed|s|ing)|institut(ed|es|ing)|reinstated|announc(ed|es|ing)|lift(ed|s)|enforced) (a |an |the )?([\w-]+ ){0,3}(curfews?|state of (emergency|siege)|martial law|lockdowns?|quarantines?|ban on (motorbikes|motorcycles|gatherings|public gatherings|demonstrations|protests))|(clos(ed|es|ing)|shut|closure of|sealed) (its |the |all )?([\w-]+ ){0,2}(borders?|border crossings?))\b/i,
  ),
  points: "Change to group/activity",
  weight: 2,
} as const satisfies TriggerRule;

export const HANDOUT = {
  id: "en/trigger/handout",
  kind: "trigger",
  description: "An armed group handing out food or aid: a change of its activity.",
  examples: ["Members of the cartel handed out food packages to families in Culiacan."],
  pattern: words(new RegExp(`\\b${HANDOUT_WORDS}\\b`, "i")),
  points: "Change to group/activity",
  weight: 1.3,
} as const satisfies TriggerRule;

export const DISPLACEMENT = {
  id: "en/trigger/displacement",
  kind: "trigger",
  description:
    "People driven from their homes, told as such: the codebook's other strategic development when nothing else happened in the event.",
  examples: [
    "Some 4,000 villagers have fled the area around Djibo because of repeated raids, aid agencies said.",
    "Hundreds of families were displaced from the outskirts of Beni this week.",
  ],
  counterexamples: ["Gunmen killed five farmers near Djibo on Sunday and the villagers fled."],
  pattern: words(
    /\b((thousands|hundreds|dozens|\d[\d,]*) (of )?(people|civilians|residents|families|villagers|households) (have |had |are |were )?(fled|fleeing|been displaced|displaced|forced to flee)|(have|had|has) fled (their )?(homes|villages|the (area|town|city|region))|(were|have been|had been) (forcibly )?displaced)\b/i,
  ),
  points: "Other",
  weight: 1.5,
} as const satisfies TriggerRule;

const PEOPLE_COUNTED = String.raw`(\d[\d,.]*|hundreds|thousands|dozens) (of )?([\w-]+ ){0,2}(people|persons|civilians|residents|families|villagers|households|individuals|refugees|migrants|citizens|returnees|idps)`;

export const PEOPLE_MOVED = {
  id: "en/trigger/people-moved",
  kind: "trigger",
  description:
    "People counted as evacuated, returned, repatriated or relocated (refugees, families, residents): the codebook's other strategic development when nothing else happened in the event.",
  examples: [
    "On Monday, 300 refugees returned to their villages in the province from the camps across the border.",
    "The army started to evacuate some 2,000 residents of the island to a camp on the mainland.",
    "About 150 families from two hamlets of the municipality evacuated after a feud between two clans.",
  ],
  counterexamples: ["Gunmen killed four farmers near Djibo on Sunday; the villagers returned on Monday."],
  pattern: words(
    new RegExp(
      String.raw`\b(${PEOPLE_COUNTED} (\S+ ){0,20}?(evacuated|returned|were (forced to return|relocated|repatriated|moved))|(evacuat(e|ed|ing)|relocat(e|ed|ing)|repatriat(e|ed|ing)) (about |around |some |over |more than |nearly )?${PEOPLE_COUNTED}|displacement and evacuation)\b`,
      "i",
    ),
  ),
  points: "Other",
  weight: 1.5,
} as const satisfies TriggerRule;

export const NON_VIOLENT_COERCION = {
  id: "en/trigger/non-violent-coercion",
  kind: "trigger",
  description: "Armed men ruling by order: bans, evictions, curfews, taxes, preaching, checkpoints manned.",
  examples: ["Militants ordered villagers to leave and banned farming near Djibo."],
  pattern: words(
    /\b((banned|prohibited|forbade|barred) (\w+ ){0,3}(from|farming|cultivation|movement|gatherings|motorbikes|motorcycles|markets?)|ordered (\w+ ){0,2}(residents|villagers|inhabitants|people|population|families) to (leave|evacuate|vacate|abandon)|imposed (a |an )?(curfew|ban|blockade|taxe?s?|zakat|levy)|collect(ed|ing) (taxes|zakat|levies)|preach(ed|ing)|(set up|ran|manned|erected|mounted) (a |an |several |illegal )*checkpoints?)\b/i,
  ),
  points: "Other",
  weight: 1.5,
} as const satisfies TriggerRule;

// The riot words, by concept: matched as one trigger (a sentence counts once for rioting, at its first such word).

export const RIOT_WORD = {
  id: "en/trigger/riot-word",
  kind: "trigger",
  description:
    "Rioting named as such: riots, rioters, rioting (not riot police nor an anti-riot unit, nor a riot told as the setting).",
  examples: [
    "Rioters burned a police post in Kisumu on Tuesday.",
    "Rioting broke out in the market of Tamale after the arrest of a trader.",
  ],
  counterexamples: ["Riot police patrolled the streets of Nairobi."],
  pattern: words(
    /\b(riot(?<!(anti-|(after|during|following|amid|since|in) (the )?(\w+ ){0,4})riot)(s|ed|ers|ing)?(?! (police|gear|control|squad|units?|officers)))\b/i,
  ),
  points: "Violent demonstration",
  weight: 2.5,
} as const satisfies TriggerRule;

export const RIOT_BURNING_BARRICADES = {
  id: "en/trigger/riot-burning-barricades",
  kind: "trigger",
  description: "A crowd's burning barricades: tyres, debris, rubbish or mattresses set alight in the street.",
  examples: [
    "Youths burned tyres on the main road of Kasese on Monday.",
    "Residents burning old mattresses blocked the bridge into Gonaives.",
  ],
  pattern: words(
    /\b(burn(ed|t|ing) (a |old )?(tyres?|tires?|debris|rubbish|garbage|trash)|burn(ed|t|ing) (\w+ ){0,2}mattresses)\b/i,
  ),
  points: "Violent demonstration",
  weight: 2.5,
} as const satisfies TriggerRule;

export const RIOT_CROWD_CLASH = {
  id: "en/trigger/riot-crowd-clash",
  kind: "trigger",
  description:
    "A crowd fighting: clashes with or between protesters, protesters who clashed, people who fought the police.",
  examples: [
    "Police clashed with protesters in Lagos on Saturday.",
    "Street vendors scuffled with the police in Accra on Monday.",
    "Taxi drivers rallied outside the ministry in Lviv; clashes with the police broke out at noon.",
  ],
  pattern: words(
    /\b(clash(es|ed)? (\w+ ){0,6}(with|between) (\w+ ){0,4}(protesters|demonstrators|rioters)|(protesters|demonstrators) clash(ed)?|(clashed|clashes|fought|scuffled) with (the )?(police|security forces|riot police))\b/i,
  ),
  points: "Violent demonstration",
  weight: 2.5,
} as const satisfies TriggerRule;

export const RIOT_FORCED_ENTRY = {
  id: "en/trigger/riot-forced-entry",
  kind: "trigger",
  description: "Protesters breaking in or wrecking: they stormed, destroyed, looted or forced their way in.",
  examples: [
    "Demonstrators stormed the parliament building in Colombo on Saturday.",
    "A crowd tried to force its way into the governor's office in Kano.",
  ],
  pattern: words(
    /\b((protesters|protestors|demonstrators|marchers) (\w+ ){0,2}(destroyed|damaged|wrecked|looted|stormed|forced (their|its) way)|(tried|attempted) to force (their|its) way|forc(ed|e|ing) themselves into)\b/i,
  ),
  points: "Violent demonstration",
  weight: 2.5,
} as const satisfies TriggerRule;

export const RIOT_ATTACKED_BY_CROWD = {
  id: "en/trigger/riot-attacked-by-crowd",
  kind: "trigger",
  description: "Someone beaten, stoned or attacked by protesters.",
  examples: ["A police officer was beaten by protesters in Dhaka on Friday."],
  pattern: words(
    /\b((beaten|beaten up|attacked|assaulted|stoned|injured) (\w+ ){0,2}by (the )?(protesters|protestors|demonstrators|marchers))\b/i,
  ),
  points: "Violent demonstration",
  weight: 2.5,
} as const satisfies TriggerRule;

export const RIOT_THROWING = {
  id: "en/trigger/riot-throwing",
  kind: "trigger",
  description: "A crowd throwing things: stones, bottles, petrol bombs, fireworks, projectiles.",
  examples: [
    "Students threw stones at the police in Srinagar on Friday.",
    "Fireworks were hurled at officers outside the stadium in Belgrade.",
    "Youths pelted the traffic police with stones in Kasese on Monday.",
  ],
  pattern: words(
    /\b((projectiles|objects|fireworks|firecrackers|flares) (were )?(thrown|hurled|fired)|(threw|throws|throwing|hurled) (\w+ ){0,3}(projectiles|objects|fireworks|firecrackers|flares|into (a|the) fire)|(threw|hurled|pelted|throwing|hurling) (\w+ ){0,2}(stones|rocks|brick ?bats|bricks|brick chips|bottles|petrol bombs|molotov cocktails)|pelt(ed|ing) (\w+ ){0,3}with (stones|rocks|bricks|bottles)|brickbats|stone-?pelting)\b/i,
  ),
  points: "Violent demonstration",
  weight: 2.5,
} as const satisfies TriggerRule;

export const RIOT_VANDALISM = {
  id: "en/trigger/riot-vandalism",
  kind: "trigger",
  description: "Vandalism: windows smashed, shops ransacked, fences pulled down, barricades put up.",
  examples: [
    "Youths vandalised a police station in Sokoto on Sunday.",
    "Angry traders barricaded the road to the port of Cotonou.",
  ],
  pattern: words(
    /\b(smash(ed|ing)? (\w+ ){0,3}(windows|shops|cars|vehicles|storefronts)|vandali[sz](ed|ism|ing)|barricad(?<!(police|forces|troops|soldiers|authorities) barricad)(es|ed)(?! (themselves|himself|herself))|ransacked|(pulled|pull|pulls|tore|tear) down (\w+ ){0,3}(walls?|fences?|barriers|gates?|statues?))\b/i,
  ),
  points: "Violent demonstration",
  weight: 2.5,
} as const satisfies TriggerRule;

export const RIOT_STREET_VIOLENCE = {
  id: "en/trigger/riot-street-violence",
  kind: "trigger",
  description:
    "Fighting in the street named as such: scuffles, street fighting, violent protests, running battles, a rampage, a gathering that turned violent, a physical clash.",
  examples: [
    "Scuffles broke out between rival supporters in Kumasi on Sunday.",
    "Youths went on the rampage in the centre of Bamenda.",
    "A sit-in by traders outside the town hall of Kara turned violent on Monday.",
    "The villagers had a physical clash with the district officials in Bengkulu.",
  ],
  pattern: wordList([
    "scuffle",
    "scuffles",
    "street violence",
    "street fighting",
    "violent demonstration",
    "violent demonstrations",
    "violent protest",
    "violent protests",
    "physical confrontation",
    "physical confrontations",
    "running battle",
    "running battles",
    "on the rampage",
    "on a rampage",
    "went on the rampage",
    "went on a rampage",
    "turned violent",
    "became violent",
    "escalated into violence",
    "degenerated into violence",
    "physical clash",
    "physical clashes",
  ]),
  points: "Violent demonstration",
  weight: 2.5,
} as const satisfies TriggerRule;

export const RIOT_ARSON = {
  id: "en/trigger/riot-arson",
  kind: "trigger",
  description: "Things set on fire: torched, set ablaze, set fire to roads, vehicles or tyres.",
  examples: [
    "Angry youths torched a police car in Kinshasa on Monday.",
    "The crowd set fire to two buses in the centre of Conakry.",
  ],
  pattern: words(
    /\b(set fire (on|to) (a |the )?(road|street|vehicles?|buses|bus|cars?|tyres|tires|mattresses)|torched|set (\w+ ){0,3}(on fire|ablaze|alight)|set fire to)\b/i,
  ),
  points: "Violent demonstration",
  weight: 2.5,
} as const satisfies TriggerRule;

/** Rioting, told by concept (matched as one trigger: see `TriggerEntry`). */
export const RIOT: readonly TriggerRule[] = [
  RIOT_WORD,
  RIOT_BURNING_BARRICADES,
  RIOT_CROWD_CLASH,
  RIOT_FORCED_ENTRY,
  RIOT_ATTACKED_BY_CROWD,
  RIOT_THROWING,
  RIOT_VANDALISM,
  RIOT_STREET_VIOLENCE,
  RIOT_ARSON,
];

// A heading that names the kind of event ("Property destruction: militants burned …", "Movement of forces: …"),
// as monitors' digests and coders' notes open: it says what the report is, over the words of the story.

export const HEADING_GROUP_CHANGE = {
  id: "en/trigger/heading-change-to-group-activity",
  kind: "trigger",
  description: 'A report opening with the heading "Change to group/activity" (or its words) is that kind of event.',
  examples: [
    "Movement of forces: a convoy of troops reached Gao on Monday.",
    "Change to armed group: twenty militiamen handed themselves in to the army in Ghor on Monday.",
  ],
  pattern: words(
    /^\W*(?:movement of forces|security measures|recruitment|troop (?:movements?|deployments?)|change to (?:armed )?group(?:\/activity)?)\s*:/i,
  ),
  points: "Change to group/activity",
  weight: 8,
  heading: true,
} as const satisfies TriggerRule;

export const HEADING_LOOTING = {
  id: "en/trigger/heading-looting-property-destruction",
  kind: "trigger",
  description: 'A report opening with the heading "Looting/property destruction" (or its words) is that kind of event.',
  examples: ["Property destruction: armed men burned a school near Kaya."],
  pattern: words(/^\W*(?:property destruction|looting|land seizure)\s*:/i),
  points: "Looting/property destruction",
  weight: 8,
  heading: true,
} as const satisfies TriggerRule;

export const HEADING_DISRUPTED = {
  id: "en/trigger/heading-disrupted-weapons-use",
  kind: "trigger",
  description: 'A report opening with the heading "Disrupted weapons use" (or its words) is that kind of event.',
  examples: [
    "Weapons seizure: soldiers took rifles from a hideout near Beni.",
    "Detonation: two fighters died when the bomb they carried went off near Gao.",
  ],
  pattern: words(/^\W*(?:defusal|detonation|weapons? seizures?|interceptions?|disrupted weapons use)\s*:/i),
  points: "Disrupted weapons use",
  weight: 8,
  heading: true,
} as const satisfies TriggerRule;

export const HEADING_ARRESTS = {
  id: "en/trigger/heading-arrests",
  kind: "trigger",
  description: 'A report opening with the heading "Arrests" (or its words) is that kind of event.',
  examples: ["Arrests: police detained two men in Goma on Tuesday."],
  pattern: words(/^\W*(?:arrests?)\s*:/i),
  points: "Arrests",
  weight: 8,
  heading: true,
} as const satisfies TriggerRule;

export const HEADING_BASE = {
  id: "en/trigger/heading-headquarters-or-base-established",
  kind: "trigger",
  description:
    'A report opening with the heading "Headquarters or base established" (or its words) is that kind of event.',
  examples: ["Headquarters or base established: rebels settled in a camp near Rutshuru."],
  pattern: words(/^\W*(?:headquarters or base established)\s*:/i),
  points: "Headquarters or base established",
  weight: 8,
  heading: true,
} as const satisfies TriggerRule;

export const HEADING_OTHER = {
  id: "en/trigger/heading-other",
  kind: "trigger",
  description: 'A report opening with the heading "Other" (or its words) is that kind of event.',
  examples: [
    "Displacement: families fled the village of Tanwa on Sunday.",
    "Non-violent activity: the rebels freed twelve captured soldiers in Kidal on Monday.",
    "Mass grave: villagers found the bodies of nine men near Djugu.",
  ],
  pattern: words(/^\W*(?:other|displacement|non-violent activity|mass graves?|coup(?:\/military takeover)?)\s*:/i),
  points: "Other",
  weight: 8,
  heading: true,
} as const satisfies TriggerRule;

export const HEADING_AGREEMENT = {
  id: "en/trigger/heading-agreement",
  kind: "trigger",
  description: 'A report opening with the heading "Agreement" (or its words) is that kind of event.',
  examples: ["Agreement: the two militias agreed to stop fighting around Tawergha on Friday."],
  pattern: words(/^\W*(?:agreement|peace agreement|ceasefire)\s*:/i),
  points: "Agreement",
  weight: 8,
  heading: true,
} as const satisfies TriggerRule;

export const HEADING_TRANSFER = {
  id: "en/trigger/heading-non-violent-transfer-of-territory",
  kind: "trigger",
  description:
    'A report opening with the heading "Non-violent transfer of territory" (or its words) is that kind of event.',
  examples: ["Non-violent transfer of territory: the rebels left the town of Kalehe to the army on Sunday."],
  pattern: words(/^\W*(?:non-violent transfer of territory|territorial transfer)\s*:/i),
  points: "Non-violent transfer of territory",
  weight: 8,
  heading: true,
} as const satisfies TriggerRule;

/** The English triggers, in order (`TriggerEntry`). */
export const EN_TRIGGERS: readonly TriggerEntry[] = [
  AIR_STRIKE,
  SHELLING,
  SHELL_VERB,
  SUICIDE_BOMB,
  IED,
  BOMB_WORD,
  BOMBED,
  GRENADE,
  CHEMICAL,
  OBSERVED_BLASTS,
  HEAVY_GUN_FIRE,
  DIRECT_FIRE,
  CLASH,
  VIOLENCE,
  OVERTAKE,
  OVERTAKE_NAMED_PLACE,
  REGAIN,
  ABDUCTION,
  SEXUAL_VIOLENCE,
  PROTEST,
  INTERVENTION,
  EXCESSIVE_FORCE,
  LIVE_FIRE,
  RIOT,
  MOB,
  ARREST,
  LOOTING,
  PROPERTY_ATTACK,
  DISRUPTED,
  AGREEMENT,
  BASE,
  WITHDRAWAL,
  GROUP_CHANGE,
  EMERGENCY_MEASURES,
  HANDOUT,
  NON_VIOLENT_COERCION,
  DISPLACEMENT,
  PEOPLE_MOVED,
  HEADING_GROUP_CHANGE,
  HEADING_LOOTING,
  HEADING_DISRUPTED,
  HEADING_ARRESTS,
  HEADING_BASE,
  HEADING_OTHER,
  HEADING_AGREEMENT,
  HEADING_TRANSFER,
];
