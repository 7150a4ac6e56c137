/**
 * Words that say what happened, as rules: each names the ACLED sub-event type it points to, with an example and a
 * weight. "violence" triggers (attacked, killed, ambushed) are decided later between Attack and Armed clash by who
 * the victims are.
 */
export interface Trigger {
  name: string;
  example: string;
  pattern: RegExp;
  points: string;
  weight: number;
}

/** Handing out food or aid: an armed group's change of activity, anyone else's no event (NON_CONFLICT_CUES). */
const HANDOUT = String.raw`(deliver(ed|ing)|distribut(ed|ing)|hand(ed|ing) out|g(ave|iving) out|donat(ed|ing)) (\S+ ){0,3}(food|aid|supplies|packages|boxes|groceries|pantries)`;

export const EN_TRIGGERS: Trigger[] = [
  {
    name: "air-strike",
    example: "a drone strike hit the market",
    pattern:
      /\b(air ?strikes?|airstrikes?|drones?|air raids?|aerial (bombardment|attack|strike)s?|warplanes?|fighter jets?|jets?|bombed from the air|helicopter gunships?|dropped (a |two |several )?bombs?|bombs? (was |were )?dropped|(israeli|russian|us|u\.s\.|turkish|saudi-led|coalition|army|military|junta) strikes?|strikes? (killed|kills|hit|hits|struck|targeted)|(choppers?|helicopters?|aircraft|planes|air force|warplanes|jets) (\w+ ){0,3}(bombed|fired|struck|strafed|raided|destroyed|pounded|targeted)|(raids?|strikes?|attacks?) by (\S+ ){0,4}(choppers|helicopters|aircraft|planes)|(missiles?|rockets?|bombs?) (\w+ ){0,4}(fired|launched|dropped) (\w+ ){0,4}by (\w+ ){0,2}(jets|warplanes|planes|aircraft|drones|helicopters))\b/i,
    points: "Air/drone strike",
    weight: 3,
  },
  {
    name: "shelling",
    example: "the army shelled the town",
    pattern:
      /\b(shell(ing|ed|s)|artillery|mortars?|rockets?|missiles?|ballistic|howitzers?|bombard(ed|ment)|RPGs?|recoilless rifles?|heavy (and medium )?weapons|\d+(\.\d+)?mm)\b/i,
    points: "Shelling/artillery/missile attack",
    weight: 3,
  },
  {
    name: "suicide-bomb",
    example: "a suicide bomber blew himself up",
    pattern:
      /\b(suicide (bomb(er|ers|ing)?|attack(er|ers)?|blast|explosion|vest|car bomb|(car|truck|vehicle)(-borne)?)|s-?vbieds?|blew (himself|herself|themselves) up|self-detonat|kamikazes?)/i,
    points: "Suicide bomb",
    weight: 4,
  },
  {
    name: "ied",
    example: "a roadside bomb exploded",
    pattern:
      /\b(ieds?|improvised explosive|roadside bombs?|landmines?|land mines?|ground mines?|limpet (mines?|blasts?|bombs?)|hit an? (\w+ )?mine|explosive devices?|car bombs?|bomb (exploded|blast|went off)|(blast|explosion) (hit|ripped|struck|killed)|mine (blast|explosion|exploded)|stepped on (a )?mines?|(explosions?|blasts?) (at|in|near|outside|targeting) (a|an|the) (\w+ ){0,2}(mosques?|church(es)?|imambargahs?|temples?|shrines?|madrass?as?|checkpoints?|police stations?|rall(y|ies)|processions?|funerals?)|detonated|exploded|explosions?|blasts?)\b/i,
    points: "Remote explosive/landmine/IED",
    weight: 2.5,
  },
  {
    name: "grenade",
    example: "a grenade was thrown into the crowd",
    pattern:
      /\b(grenades?(?<!(?:smoke|stun|flash|tear[- ]gas|teargas|sound|rocket[- ]propelled) grenades?)|crude bombs?|hand bombs?|(threw|hurled|lobbed) (\w+ ){0,2}(bombs?|explosives))\b/i,
    points: "Grenade",
    weight: 3.5,
  },
  {
    name: "chemical",
    example: "chlorine gas was dropped",
    pattern:
      /\b(chemical (weapons?|attack)|chlorine|sarin|(toxic|poisonous|poison) gas(es)?|toxic chemicals|nerve agent|mustard gas)\b/i,
    points: "Chemical weapon",
    weight: 4,
  },
  {
    name: "clash",
    example: "fighting broke out between the army and rebels",
    pattern:
      /\b(clash(es|ed)?|fighting(?! vehicles?)|fought|(fresh )?conflict between|(gang|inter-?communal|communal|ethnic|tribal|sectarian) violence|(?<!drive-by )shoot(s|ing)?(?!-?outs?\b)|gunfire|gunshots?|fired ([\w,]+ ){0,4}(at|on|into)|battles?|firefights?|gunfights?|exchang(e|ed|ing) (of )?fire|return(ed|ing)? fire|fired back|gun ?battles?|shoot-?outs?|repell?ed|repulsed|(thwarted|foiled) (an? |the )?(\S+ ){0,2}(attack|incursion|offensive|advance|assault|infiltration)s?|counter-?attack(ed)?|skirmish(es)?|engaged|confrontations?|fired (\w+ ){0,4}(on|at|upon) (the )?positions|shot at)\b/i,
    points: "Armed clash",
    weight: 2,
  },
  {
    name: "violence",
    example: "gunmen attacked the village and killed 12",
    pattern:
      /\b((?<!arson )attack(s|ed|ing)?|drive-by( shootings?)?|kill(ed|ing|s)?|ambush(ed|es)?|raid(s|ed)?|storm(ed)?|open(ed)? fire|shot( dead)?|gunned down|massacre(d|s)?|slaughter(ed)?|murder(ed|s)?|execut(ed|ions?)|behead(ed|ing)|assault(ed)?|offensive|stabbed|hacked to death|torched|set (fire|ablaze)|killings?|dead|died|deaths?|beat(en|ing)?|tortur(ed|e|ing)|injur(ed|ing)|wound(ed|ing)|bod(y|ies) (of|was|were) (\w+ ){0,8}(found|discovered|recovered)|(found|discovered) dead|found (\w+ ){0,3}(wrapped|bound|tied|handcuffed|blindfolded|mutilated|dismembered|half[- ]burned|with (gunshot|bullet|stab) wounds)|assassinat(ed|ion)|set (\w+ ){0,3}(alight|on fire)|abus(ed|ing)|hack(ed)?|lynch(ed)?)\b/i,
    points: "violence",
    weight: 1.5,
  },
  {
    name: "overtake",
    example: "militants seized control of the town",
    pattern:
      /\b(seized|seizing|took|taking|taken|captured|capturing|overran|overrun|gained) (full |total )?(control of |over )?(the )?((?!(in|at|to|into|from|near|outside|around|for|with) )\S+ ){0,5}(town|city|village|base|camp|district|locality|localities|area|commune|positions?|outpost|prison|capital|headquarters|oil ?fields?|airport)s?\b|\b(took|taken|take) (control|over)\b/i,
    points: "Non-state actor overtakes territory",
    weight: 3,
  },
  {
    name: "regain",
    example: "the army recaptured the town",
    pattern:
      /\b(recaptured|retook|regained|reclaimed|liberated|retaken|back under (army|government) control|(recovered|restored|re-?established) control|freed (\w+ ){0,3}(villages?|towns?|areas?|city|district|neighbou?rhoods?) from|(pushed|drove|driven|beaten) back (\S+ ){0,3}from)\b/i,
    points: "Government regains territory",
    weight: 3.5,
  },
  {
    name: "abduction",
    example: "gunmen abducted 20 passengers",
    pattern:
      /\b(abduct(ed|ion|ions|s|ing)?|kidnap(ped|ping|pings|s)?|taken hostage|held hostage|hostages?|held captive|hijack(ed|ing)|forced disappearance|disappeared|whereabouts (are|is|remain|remains) unknown)\b/i,
    points: "Abduction/forced disappearance",
    weight: 3,
  },
  {
    name: "sexual-violence",
    example: "soldiers raped women",
    pattern: /\b(rap(ed|es|ing)|rape|sexual(ly)? (violence|assault(ed)?|abuse)|molest(ed|ing|ation)?)\b/i,
    points: "Sexual violence",
    weight: 4,
  },
  {
    name: "protest",
    example: "hundreds protested in the capital",
    // "march" only as a verb or a protest noun, never the month ("March 15").
    pattern:
      /\b(protest(s|ed|ers|ors|ing)?|demonstrat(e|es|ion|ions|ors|ed|ing)|demand(ed|s)|to demand|march(ed|es|ing)|(a|the|peaceful|protest|solidarity) march|rall(y|ies|ied)|sit-in|picket(ed)?|strike by (workers|teachers|doctors|traders)|went on strike|on strike|striking (\w+ ){0,2}(workers|doctors|nurses|teachers|lecturers|employees|miners|drivers|staff)|took to the streets|chanting|gathered (\S+ ){0,20}(demanding|to demand|in demand|against|to protest|calling for|condemned|to (file|press|pressure|denounce|condemn|commemorate))|demanding|petitioned|boycott(ed)?|blocked (\S+ ){0,4}(roads?|highways?|streets?)|held a (protest|rally|demonstration|march|sit-in)|staged a)\b/i,
    points: "Peaceful protest",
    weight: 3,
  },
  {
    name: "intervention",
    example: "police fired tear gas to disperse protesters",
    pattern:
      /\b(tear ?gas|dispers(ed|e)|stand-?off|water cannons?|rubber bullets|baton|broke up|intervened|intervention|riot police|chased|police (charged|clashed)|(arrested|detained|detain|detaining|arresting) (dozens|scores|several|hundreds|thousands|\d+)? ?(of )?(the )?(protesters|demonstrators|marchers|activists)|(protesters|demonstrators|marchers) (were )?(arrested|detained)|(arrested|detained) (\w+ ){0,4}(during|at) (a|an|the) (\w+ ){0,3}(protest|demonstration|rally|march)|pepper[- ]?spray(ed)?|pepper (balls|canisters)|(smoke|stun|flash) grenades|non-?lethal rounds|(suppressed|repressed) (a |the )?(peaceful )?(demonstration|protest|rally|march|sit-in)s?)\b/i,
    points: "Protest with intervention",
    weight: 2,
  },
  {
    name: "excessive-force",
    example: "three die in protest crackdown",
    pattern:
      /\b(crackdown|violently (suppressed|dispersed|broke up|repressed)|(attacked|beat|assaulted) (\w+ ){0,5}(demonstration|protest|protesters|demonstrators|marchers)|fired (live )?(rounds|bullets|ammunition) (at|on|into) (the )?(protesters|demonstrators|crowd)|open(ed)? fire (at|on) (\w+ ){0,2}(protesters|demonstrators|marchers|crowds?)|shot (dead )?(\w+ )?(protesters|demonstrators)|(protesters|demonstrators) (were )?(shot|killed))\b/i,
    points: "Excessive force against protesters",
    weight: 3.5,
  },
  {
    name: "riot",
    example: "rioters burned tyres and stoned police",
    pattern:
      /\b(riot(?<!(anti-|(after|during|following|amid|since|in) (the )?(\w+ ){0,4})riot)(s|ed|ers|ing)?(?! (police|gear|control|squad|units?|officers))|burn(ed|t|ing) (a |old )?(tyres?|tires?|debris|rubbish|garbage|trash)|clash(es|ed)? (\w+ ){0,6}(with|between) (\w+ ){0,4}(protesters|demonstrators|rioters)|(protesters|demonstrators) clash(ed)?|(protesters|protestors|demonstrators|marchers) (\w+ ){0,2}(destroyed|damaged|wrecked|looted|stormed|forced (their|its) way)|(tried|attempted) to force (their|its) way|forc(ed|e|ing) themselves into|(beaten|beaten up|attacked|assaulted|stoned|injured) (\w+ ){0,2}by (the )?(protesters|protestors|demonstrators|marchers)|(projectiles|objects|fireworks|firecrackers|flares) (were )?(thrown|hurled|fired)|(threw|throws|throwing|hurled) (\w+ ){0,3}(projectiles|objects|fireworks|firecrackers|flares|into (a|the) fire)|smash(ed|ing)? (\w+ ){0,3}(windows|shops|cars|vehicles|storefronts)|scuffles?|street (violence|fighting)|violent (demonstrations?|protests?)|physical confrontations?|(pulled|pull|pulls|tore|tear) down (\w+ ){0,3}(walls?|fences?|barriers|gates?|statues?)|running battles?|set fire (on|to) (a |the )?(road|street|vehicles?|buses|bus|cars?|tyres|tires|mattresses)|burn(ed|t|ing) (\w+ ){0,2}mattresses|(threw|hurled|pelted|throwing|hurling) (\w+ ){0,2}(stones|rocks|brick ?bats|bricks|brick chips|bottles|petrol bombs|molotov cocktails)|brickbats|stone-?pelting|vandali[sz](ed|ism|ing)|barricad(?<!(police|forces|troops|soldiers|authorities) barricad)(es|ed)(?! (themselves|himself|herself))|ransacked|(on|went on) (the|a) rampage|(clashed|fought|scuffled) with (the )?(police|security forces|riot police)|torched|set (\w+ ){0,3}(on fire|ablaze|alight)|set fire to)\b/i,
    points: "Violent demonstration",
    weight: 2.5,
  },
  {
    name: "mob",
    example: "a mob lynched a suspected thief",
    pattern:
      /\b(mob|lynch(ed|ing)?|jungle justice|vigilantes?(?!-style)|angry (crowd|residents|youths)|irate (youths|residents|mob)|set upon)\b/i,
    points: "Mob violence",
    weight: 3,
  },
  {
    name: "arrest",
    example: "police arrested three suspects",
    pattern: /\b(arrest(ed|ing)?|detain(ed|ing)?|apprehend(ed)?|taken into custody|rounded up)\b/i,
    points: "Arrests",
    weight: 1.8,
  },
  {
    name: "looting",
    example: "the attackers stole an ambulance",
    pattern:
      /\b(loot(ed|ing|ers)?(?! (public |state )?(funds|money|assets|wealth))|pillag(ed|ing)|plunder(ed)?|st(ole|olen)(?! (public |state )?(funds|money|assets|wealth))|ransack(ed)?|burn(ed|t) (down )?([\w'’-]+ ){0,2}(houses|homes|shops|church|mosque|market|vehicles?|property)|destroy(ed|ing)? (\w+ ){0,2}(houses|homes|property|shops|crops|vehicles?)|demolish(ed|ing)|vandali[sz]ed|cut down (\w+ ){0,3}trees|forcibly (demanded|took|seized)|extort(ed|ion)|property destruction|arson( attacks?)?|robb(ed|ing|ery)|confiscat(ed|ing)|seized (\w+ ){0,4}(livestock|cattle|goats|sheep|camels|vehicles?|motorbikes?|motorcycles?|tricycles?|ambulances?|goods|crops|food)|rustl(ed|ing)|burn(ed|t) (down )?([\w'’-]+ ){0,2}(schools?|camps?|granar(y|ies)|health (centre|center)s?|town hall|offices?|huts?))\b/i,
    points: "Looting/property destruction",
    weight: 1.5,
  },
  {
    name: "disrupted",
    example: "soldiers defused a bomb",
    pattern:
      /\b(defus(ed|ing)|dismantl(ed|ing) (an? )?(explosive|bomb|ied)|(foiled|thwarted) (\w+ ){0,3}(bomb|bombing|plot|explosive|ied|suicide|attempt to (plant|detonate))|intercepted (\w+ ){0,3}(missiles?|rockets?|drones?|projectiles?|weapons|arms|explosives|(shipments?|consignments?) of (arms|weapons))|bomb disposal|(weapons?|arms|ammunitions?|explosives?) (caches?|depots?|stash(es)?|hideouts?)|(caches?|stash(es)?) (of|containing|with) (\w+ ){0,4}(weapons|arms|firearms|ammunitions?|explosives|projectiles|rifles|guns|rounds|grenades|(land)?mines)|(hideout|depot|cache|stash)s? (\w+ ){0,4}(to (store|depot|hide|keep) )?(arms|weapons|ammunitions?|explosives)|(destroyed|neutrali[sz]ed|cleared) (\w+ ){0,3}(caches?|mines|landmines|ieds|improvised explosive devices|explosive devices)|(seized|confiscated|recovered) (\S+ ){0,3}(\w+-)?(fire ?arms|revolvers|pistols|rifles|rounds|cartridges|landmines|mines|grenades|detonators)|accidentally (activated|detonated|triggered|exploded)|(premature|accidental) (explosion|detonation)|(seized|confiscated|recovered) (\w+ ){0,2}(weapons|arms|explosives|ammunition|rifles|guns)|(find|finds|found|located|locate|discovered|uncovered) (\S+ ){0,4}(grenades?|bombs?|ieds?|explosives?|explosive devices?|(land)?mines?)|(shot|shoot|shooting|shut) down (\S+ ){0,3}(drones?|missiles?|rockets?|projectiles?)|(pistols|revolvers|weapons|arms|firearms|guns|rifles|cartridges|ammunition|explosives|bombs?|grenades?|ieds?|explosive devices?|(land)?mines?) (\w+ ){0,2}(were |was |have been |had been )?(found|discovered|seized|recovered|confiscated|defused|neutrali[sz]ed))(?! by (the )?(assailants|attackers|militants|gunmen|insurgents|jihadists|terrorists|fighters|rebels))\b/i,
    points: "Disrupted weapons use",
    weight: 3.5,
  },
  {
    name: "agreement",
    example: "the parties signed a ceasefire",
    pattern:
      /\b(agreement|ceasefire|cease-fire|truce|peace (deal|accord|talks)|signed|prisoners? (swaps?|exchanges?)|exchange (process )?of (prisoners|detainees|bodies)|exchanged (\w+ ){0,2}(prisoners|detainees|captives)|in exchange for (the release of )?(\w+ ){0,3}(soldiers|prisoners|hostages|detainees|fighters)|surrender(ed|s)?|laid down (their|his) (arms|weapons)|evacuation deal|deal to evacuate)\b/i,
    points: "Agreement",
    weight: 2,
  },
  {
    name: "base",
    example: "the group set up a base",
    pattern:
      /\b(set up|sets up|established|establish(ed|es)?|built|opened) (\w+ ){0,5}(bases?|camps?|headquarters|outposts?|checkpoints?|observation (posts?|points?)|military (posts?|points?))\b|\b(observation |military )?(posts?|points?|bases?) (was |were |have been |has been )?(established|set up)\b/i,
    points: "Headquarters or base established",
    weight: 2.5,
  },
  {
    name: "withdrawal",
    example: "troops withdrew from the town, handing it to",
    pattern: /\b(withdr(ew|awn|awal)|handed over|pulled out|retreated)\b/i,
    points: "Non-violent transfer of territory",
    weight: 1.5,
  },
  {
    name: "group-change",
    example: "a convoy of military trucks headed for the town",
    pattern:
      /\b(recruit(ed|ment|ing)|deploy(ed|ment)|reinforcements|defect(ed|ion)|joined forces|merg(ed|er)|split|training camps?|movement of (forces|troops)|convoy of (military )?(trucks|vehicles|troops)|(troops|forces|soldiers) (moved|arrived|were sent|were stationed)|expand(ed|ing) (its|their) (military|presence|base)|patrols?|patroll?(ed|ing)|military build-?up|security measures|reinforc(ed|ing)|mobili[sz](ed|ing|es) (alongside|its|their|his|fighters|troops|forces|members|men|militias?)|(sent|forwarded|dispatched) (\w+ ){0,3}(fighters|troops|reinforcements|(military )?equipment))\b/i,
    points: "Change to group/activity",
    weight: 1.3,
  },
  {
    name: "handout",
    example: "members of the cartel delivered food packages to families",
    pattern: new RegExp(`\\b${HANDOUT}\\b`, "i"),
    points: "Change to group/activity",
    weight: 1.3,
  },
  {
    name: "non-violent-coercion",
    example: "militants ordered villagers to leave and banned farming",
    pattern:
      /\b((banned|prohibited|forbade|barred) (\w+ ){0,3}(from|farming|cultivation|movement|gatherings|motorbikes|motorcycles|markets?)|ordered (\w+ ){0,2}(residents|villagers|inhabitants|people|population|families) to (leave|evacuate|vacate|abandon)|imposed (a |an )?(curfew|ban|blockade|taxe?s?|zakat|levy)|collect(ed|ing) (taxes|zakat|levies)|preach(ed|ing)|(set up|ran|manned|erected|mounted) (a |an |several |illegal )*checkpoints?)\b/i,
    points: "Other",
    weight: 1.5,
  },
  // A heading that names the kind of event ("Property destruction: militants burned …", "Movement of forces: …"),
  // as monitors' digests and coders' notes open: it says what the report is, over the words of the story.
  ...labelled([
    ["Change to group/activity", "movement of forces|security measures|troop (?:movements?|deployments?)"],
    ["Looting/property destruction", "property destruction|looting"],
    ["Disrupted weapons use", "defusal|weapons? seizures?|interceptions?|disrupted weapons use"],
    ["Arrests", "arrests?"],
    ["Headquarters or base established", "headquarters or base established"],
    ["Other", "other|displacement"],
  ]),
];

/** Texts about these are not ACLED events unless an armed actor acts in them. */
export const CROWD_VIOLENCE =
  /^(attacked|assaulted|beat|beaten|lynched|clashed|fought|stabbed|hacked|torched|killed|burned|burnt|vandali[sz]ed|stoned|injured|wounded|engaged|set)$/i;

// "(AP Photo/Evgeniy Maloletka)", "Photo: Reuters", "(Photo by …)", "… Getty Images"
export const PHOTO_CAPTION =
  /\((?:[A-Z]{2,6} )?Photos?\s*[/:]|\bPhoto(?:graph)?s?\s*(?::|by\b)|\bGetty Images\b|\bAFP via Getty\b/;

// Storms only with a weather word: "Storm" alone is also a name ("Desert Storm"), and the cues are case-blind.
export const NON_CONFLICT_CUES = new RegExp(
  `\\b(${HANDOUT}|${/earthquakes?|floods?|flooding|cyclones?|hurricanes?|typhoons?|(tropical|severe|winter|snow|dust|sand|rain|thunder|ice|hail) ?storms?|storms? (surge|damage|hit|battered|lashed|warnings?)|landslides?|droughts?|tsunamis?|wildfires?|epidemic|outbreak|cholera|accident|crash(ed)?|collapsed?|capsized|derail(ed)?|fire broke out|gas leak|leak(ed|s)?|summit|visit(ed)?|talks with|bilateral|diplomatic|diplomats?|ambassador|minister (met|meets)|election results?|budget|trade deal|sanctions|security council|(nuclear|missile|rocket|weapons?) (test|launch)(es|ed)?|test-?fired|poison(ing|ed)|consum(ed|ing)|adulterated|(gas|power|chemical|nuclear|industrial) plant|factory (fire|explosion|blast|collapse)|(fire|explosion|blast) (at|in|ripped through) (a|the) (\w+ ){0,2}factory|refinery|volcan(o|ic)|eruption|avalanche|heat ?wave|lightning|stampede|drown(ed|ing)|ferry|shipwreck|plane (crash(ed)?|went down)|airliner|bus (crash|accident)|road accident|blaze|plunged|overturned|(iron|steel|cement|processing|manufacturing|treatment|bottling) plant|furnace|boiler|petroleum products|oil company|fuel (tank|depot)/.source})\\b`,
  "i",
);

/** Diplomacy, which makes even a protest word ("expelled diplomats for joining protests") no event of its own. */
export const DIPLOMACY_CUES = /\b(diplomats?|ambassadors?|expel(led|s)?|summit|bilateral|foreign minist(er|ry))\b/i;

/** Words of death or harm that, with no armed actor in the event, may as well be an accident or illness. */
export const AGENTLESS_HARM =
  /^(dead|died|deaths?|injur(ed|ing)|wound(ed|ing)|hurt|explosions?|exploded|blasts?|detonated|killed)$/i;

/** Passive and "by" phrases name the attacker after the verb: "were killed by gunmen". */
// ("was injured in a drive-by shooting in Rangel neighbourhood by armed men": up to eight words, in one clause.)
export const AGENT_AFTER =
  /^\s*(?:(?!(?:when|after|while|who|which|that|and|as|before|but)\s)[\w'’-]+\s+){0,8}?by\s+(?:(?:a|an|the|two|three|four|five|six|several|some|\d+|group of|number of|suspected|alleged|presumed|unidentified|unknown|armed)\s+)*(?:(?!(?:when|after|while|who|which|that|and|as|before|but)\s)[\w'’-]+\s+){0,2}$/i;

/** Words that attribute an attack to a group named elsewhere: "JNIM claimed", "footage of the attack". */
export const RESPONSIBILITY =
  /\b(claim(ed|s)?( responsibility)?|responsib(le|ility)|carried out|behind the (attack|ambush|raid)|footage of the (attack|raid|ambush)|video of the (attack|raid)|blamed|attributed|accused)\b/i;
export const DENIED_RESPONSIBILITY =
  /\b(no (group|one) (has )?(yet )?claimed|not (yet )?been claimed|denied (any )?(responsibility|involvement)|unclaimed)\b/i;

function labelled(kinds: [string, string][]): Trigger[] {
  return kinds.map(([points, words]) => ({
    name: `heading-${points.toLowerCase().replace(/[^a-z]+/g, "-")}`,
    example: `${points}: …`,
    pattern: new RegExp(`^\\W*(?:${words})\\s*:`, "i"),
    points,
    weight: 8,
  }));
}

/** ACLED's associated actors for who a crowd or its victims are, with the English words for each. */
export const IDENTITIES: { label: string; words: RegExp }[] = [
  { label: "Students", words: /\b(students?|pupils|schoolchildren|undergraduates)\b/i },
  { label: "Teachers", words: /\b(teachers?|lecturers?|professors)\b/i },
  {
    label: "Health Workers",
    words:
      /\b(health (?:care )?workers?|doctors?|nurses?|medics?|medical (?:staff|workers?|personnel)|clinical officers?|midwives)\b/i,
  },
  { label: "Journalists", words: /\b(journalists?|reporters?|media workers?|photojournalists?)\b/i },
  { label: "Lawyers", words: /\b(lawyers?|advocates|attorneys)\b/i },
  { label: "Farmers", words: /\b(farmers?|peasants?|growers)\b/i },
  { label: "Fishers", words: /\b(fishermen|fisherman|fishers?|fisherfolk)\b/i },
  {
    label: "Labour Group",
    words:
      /\b((?<!health |medical |aid )workers?|employees?|labou?rers?|trade unionists?|union members|miners|dock workers)\b/i,
  },
  { label: "Refugees/IDPs", words: /\b(refugees?|IDPs?|internally displaced|asylum seekers?)\b/i },
  { label: "Prisoners", words: /\b(prisoners?|inmates?|detainees)\b/i },
  { label: "Women", words: /\b(women|woman|girls?|mothers|widows)\b/i },
  { label: "Children", words: /\b(children|child|boys?|infants?|babies|baby)\b/i },
  { label: "Muslim Group", words: /\b(Muslims?|worshipp?ers at (?:a|the) mosque)\b/ },
  { label: "Christian Group", words: /\b(Christians?|churchgoers|parishioners|worshipp?ers at (?:a|the) church)\b/ },
  { label: "Hindu Group", words: /\bHindus?\b/ },
];
