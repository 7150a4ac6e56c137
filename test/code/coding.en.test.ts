import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { codeEvents } from "../../src/code/index.js";
import { extractMentions } from "../../src/extract/index.js";
import { defaultSources } from "../../src/sources/index.js";

function code(text: string, published: string | null = "2024-08-25") {
  return codeEvents(extractMentions({ text, published_at: published, language: "en" }, defaultSources()));
}

// [report, event type, sub-event type, actor1, fatalities]
const CODED: [string, string, string, string | null, number | null][] = [
  // A heavy machine gun is a gun, not artillery: an ambush with one is a clash.
  [
    "Militants ambushed a gendarmerie patrol with heavy machine guns near Abala, Niger, on Friday, killing five gendarmes.",
    "Battles",
    "Armed clash",
    null,
    5,
  ],
  // Demonstrators who then attack riot; a relative clause about the person a protest is about is not the crowd's.
  [
    "Market women demonstrated in Warri, Nigeria, over new levies and attacked the revenue officers on Monday.",
    "Riots",
    "Violent demonstration",
    "Rioters (Nigeria)",
    0,
  ],
  [
    "Pupils held a march in Sampang, Indonesia, on Monday, demanding punishment for a classmate, who beat a teacher.",
    "Protests",
    "Peaceful protest",
    "Protesters (Indonesia)",
    0,
  ],
  [
    "Suspected JNIM militants abducted and killed two villagers near Boni, Burkina Faso, on Friday.",
    "Violence against civilians",
    "Attack",
    "JNIM: Group for Support of Islam and Muslims",
    2,
  ],
  [
    "JNIM militants ordered the villagers of Tansila, Burkina Faso, to leave and banned farming in the area on Tuesday.",
    "Strategic developments",
    "Other",
    "JNIM: Group for Support of Islam and Muslims",
    0,
  ],
  [
    "Unknown men hurled two crude bombs at a party office in Narayanganj, Bangladesh, on Monday, injuring three people.",
    "Explosions/Remote violence",
    "Grenade",
    "Unidentified Armed Group (Bangladesh)",
    0,
  ],
  [
    "Gang violence between rival groups in Port-au-Prince, Haiti, left at least nine gang members dead on Friday.",
    "Battles",
    "Armed clash",
    null,
    9,
  ],
  [
    "Gunmen killed 12 villagers in Seytenga, Burkina Faso, on Sunday.",
    "Violence against civilians",
    "Attack",
    "Unidentified Armed Group (Burkina Faso)",
    12,
  ],
  [
    "JNIM fighters ambushed a convoy of soldiers near Djibo in Burkina Faso on Tuesday, killing at least 20 soldiers.",
    "Battles",
    "Armed clash",
    "JNIM: Group for Support of Islam and Muslims",
    20,
  ],
  [
    "A drone strike hit a wedding near Tinzaouaten in Mali on Sunday, killing 15 civilians.",
    "Explosions/Remote violence",
    "Air/drone strike",
    null,
    15,
  ],
  [
    "A suicide bomber blew himself up at a railway station in Quetta, Pakistan, on Saturday, killing 26 people.",
    "Explosions/Remote violence",
    "Suicide bomb",
    null,
    26,
  ],
  [
    "Hundreds of people protested peacefully in Niamey, Niger, on Tuesday against rising fuel prices.",
    "Protests",
    "Peaceful protest",
    "Protesters (Niger)",
    0,
  ],
  [
    "Police fired tear gas to disperse protesters in Kano, Nigeria, on Thursday.",
    "Protests",
    "Protest with intervention",
    "Protesters (Nigeria)",
    0,
  ],
  [
    "Gunmen abducted 20 passengers from a bus near Kaduna, Nigeria, on Thursday.",
    "Violence against civilians",
    "Abduction/forced disappearance",
    "Unidentified Armed Group (Nigeria)",
    0,
  ],
  [
    // (To lynch is to kill: the suspect counts one, as ACLED counts him.)
    "An angry mob lynched a suspected thief in Kisumu, Kenya, on Monday.",
    "Riots",
    "Mob violence",
    "Rioters (Kenya)",
    1,
  ],
  [
    "Russian missiles struck a military institute in Poltava, Ukraine, on Tuesday, killing 51 people.",
    "Explosions/Remote violence",
    "Shelling/artillery/missile attack",
    null,
    51,
  ],
  [
    "Residents of a village near Meru, Kenya, beat and injured two suspected cattle thieves on Monday.",
    "Riots",
    "Mob violence",
    "Rioters (Kenya)",
    0,
  ],
  [
    "Supporters of two rival candidates clashed with sticks and stones in Sylhet, Bangladesh, on Friday, injuring 12.",
    "Riots",
    "Mob violence",
    "Rioters (Bangladesh)",
    0,
  ],
  [
    "Angry relatives of a man who died in custody beat two guards outside the jail in Khulna, Bangladesh, on Sunday.",
    "Riots",
    "Mob violence",
    "Rioters (Bangladesh)",
    0,
  ],
  [
    "Market sellers protesting their eviction burned a tire on the main road in Medan, Indonesia, on Friday.",
    "Riots",
    "Violent demonstration",
    "Rioters (Indonesia)",
    0,
  ],
  [
    "Suspected jihadists seized about forty head of cattle from herders near Ouallam, Niger, on Monday.",
    "Strategic developments",
    "Looting/property destruction",
    "Unidentified Armed Group (Niger)",
    0,
  ],
  [
    "Security forces opened fire on protesters in Basra, Iraq, on Friday, killing six of them.",
    "Protests",
    "Excessive force against protesters",
    null,
    6,
  ],
  [
    "Two kamikazes blew up near a market in Maiduguri, Nigeria, on Sunday, killing four people.",
    "Explosions/Remote violence",
    "Suicide bomb",
    null,
    4,
  ],
  [
    "One farmer died on Friday when villagers fought with sticks and machetes over grazing land near Kenema, Sierra Leone.",
    "Riots",
    "Mob violence",
    "Rioters (Sierra Leone)",
    1,
  ],
  [
    "Dozens of taxi drivers blocked two main roads into Oaxaca, Mexico, on Monday over new fares.",
    "Protests",
    "Peaceful protest",
    "Protesters (Mexico)",
    0,
  ],
  [
    "Fighters fired 14.5mm machine guns at homes on the edge of Hays, Yemen, on Tuesday.",
    "Explosions/Remote violence",
    "Shelling/artillery/missile attack",
    null,
    0,
  ],
  [
    "Thousands of garment workers demonstrated in Gazipur, Bangladesh, on Sunday for higher wages and vandalized a factory.",
    "Riots",
    "Violent demonstration",
    "Rioters (Bangladesh)",
    0,
  ],
  [
    "Eighteen of those killed were women.\n\nOfficials said the city had been hit before. A car bomb exploded on the outskirts of Manbij, Syria, on Monday, killing at least 19 people.",
    "Explosions/Remote violence",
    "Remote explosive/landmine/IED",
    null,
    19,
  ],
  [
    "Clashes broke out between riot police and protesters opposing fee increases in Nairobi, Kenya, on Tuesday.",
    "Riots",
    "Violent demonstration",
    null,
    0,
  ],
  [
    "Police detained dozens of protesters who marched against the new tax law in Minsk, Belarus, on Sunday.",
    "Protests",
    "Protest with intervention",
    null,
    0,
  ],
  [
    "Two demonstrators died in a crackdown on Friday as thousands marched through Lima, Peru, against the new government.",
    "Protests",
    "Excessive force against protesters",
    null,
    2,
  ],
  [
    "Soldiers found a cache of weapons and two improvised explosive devices in a hideout near Gao, Mali, on Monday.",
    "Strategic developments",
    "Disrupted weapons use",
    null,
    0,
  ],
  [
    "Eighteen fighters of the armed group surrendered to the army in Beni, Democratic Republic of Congo, on Thursday.",
    "Strategic developments",
    "Agreement",
    null,
    0,
  ],
  [
    "The army set up a new observation post near Saraqib, Syria, on Wednesday.",
    "Strategic developments",
    "Headquarters or base established",
    null,
    0,
  ],
  [
    "Nigerien troops freed three villages from Islamic State fighters near Tillaberi, Niger, on Saturday.",
    "Battles",
    "Government regains territory",
    null,
    0,
  ],
  ["Gunmen attacked a military checkpoint near Kidal, Mali, on Monday.", "Battles", "Armed clash", null, 0],
  [
    "A rocket-propelled grenade hit a car in Aden, Yemen, on Sunday, killing one man.",
    "Explosions/Remote violence",
    "Shelling/artillery/missile attack",
    null,
    1,
  ],
  [
    "Army helicopters struck rebel positions near Kidal, Mali, on Friday.",
    "Explosions/Remote violence",
    "Air/drone strike",
    null,
    0,
  ],
  [
    "Clashes between herders and farmers near Dano, Burkina Faso, left two people dead on Sunday.",
    "Battles",
    "Armed clash",
    null,
    2,
  ],
  [
    "Gunmen fired at villagers near Dano, Burkina Faso, on Sunday, killing two.",
    "Violence against civilians",
    "Attack",
    null,
    2,
  ],
  [
    "Villagers protested over a land dispute in Dano, Burkina Faso, on Monday and destroyed property belonging to a neighbour.",
    "Riots",
    "Violent demonstration",
    null,
    0,
  ],
  [
    "Members of a party youth wing vandalized the office of a rival candidate in Bogra, Bangladesh, on Monday.",
    "Riots",
    "Mob violence",
    null,
    0,
  ],
  [
    "Residents staged a peaceful protest in Rosario, Argentina, on Monday against the release of prisoners after the riots in the city's jails.",
    "Protests",
    "Peaceful protest",
    null,
    0,
  ],
  [
    "Soldiers detained two herders near Diffa, Niger, on Monday and executed them.",
    "Violence against civilians",
    "Attack",
    null,
    null,
  ],
  [
    "Police seized twenty fire arms at a checkpoint in Bangoula, Niger, on Monday.",
    "Strategic developments",
    "Disrupted weapons use",
    null,
    0,
  ],
  [
    "Members of the Jubo League assaulted two rival activists in Feni, Bangladesh, on Monday.",
    "Riots",
    "Mob violence",
    "Rioters (Bangladesh)",
    0,
  ],
  [
    "A clash broke out between the army and rebels near Kyaukme, Myanmar, on Tuesday, and artillery shells landed near two villages.",
    "Battles",
    "Armed clash",
    null,
    0,
  ],
  [
    "Shelling killed twelve people at a market in Omdurman, Sudan, on Saturday amid intensified clashes.",
    "Explosions/Remote violence",
    "Shelling/artillery/missile attack",
    null,
    12,
  ],
  [
    "Residents protested outside the central bank in Beirut, Lebanon, on Monday, demanding the return of looted funds.",
    "Protests",
    "Peaceful protest",
    "Protesters (Lebanon)",
    0,
  ],
  [
    "Teachers barricaded themselves inside the ministry in Hinche, Haiti, on Monday to protest unpaid salaries.",
    "Protests",
    "Peaceful protest",
    "Protesters (Haiti)",
    0,
  ],
  [
    "An explosion caused by a landmine killed four children near Spin Boldak, Afghanistan, on Monday.",
    "Explosions/Remote violence",
    "Remote explosive/landmine/IED",
    null,
    4,
  ],
  [
    "Government forces fired heavy and medium weapons at villages near Taizz, Yemen, on Thursday.",
    "Explosions/Remote violence",
    "Shelling/artillery/missile attack",
    null,
    0,
  ],
  [
    "Residents burned debris on a main road in Barquisimeto, Venezuela, on Tuesday to demand fuel.",
    "Riots",
    "Violent demonstration",
    "Rioters (Venezuela)",
    0,
  ],
  [
    "A guard was wounded in an explosion at a mosque in Parachinar, Pakistan, on Friday.",
    "Explosions/Remote violence",
    "Remote explosive/landmine/IED",
    null,
    0,
  ],
  [
    "Two bodies were found bound and shot on a road outside Celaya, Mexico, on Sunday.",
    "Violence against civilians",
    "Attack",
    null,
    2,
  ],
  [
    "Near Puebla, Mexico, a man and a woman found dead on Monday had been killed and burned.",
    "Violence against civilians",
    "Attack",
    null,
    2,
  ],
  [
    "Dock workers set fire to tyres in Mombasa, Kenya, on Monday, ten days after being told of layoffs. They demanded their jobs back.",
    "Riots",
    "Violent demonstration",
    null,
    0,
  ],
  [
    "Soldiers detained three herders in Ayorou, Niger, on Monday; their whereabouts remain unknown.",
    "Violence against civilians",
    "Abduction/forced disappearance",
    null,
    0,
  ],
  [
    "Unknown men carried out an arson attack on a bus depot in Kumasi, Ghana, on Friday.",
    "Strategic developments",
    "Looting/property destruction",
    null,
    0,
  ],
  [
    "Soldiers found an unexploded landmine near a well in Kidal, Mali, on Tuesday.",
    "Strategic developments",
    "Disrupted weapons use",
    null,
    0,
  ],
  [
    "Government troops shot down a rebel drone over Marib, Yemen, on Friday.",
    "Strategic developments",
    "Disrupted weapons use",
    null,
    0,
  ],
  [
    "Unknown men torched three lorries parked outside a depot in Beitbridge, Zimbabwe, on Sunday night.",
    "Strategic developments",
    "Looting/property destruction",
    null,
    0,
  ],
  [
    "Turkish jets destroyed ammunition depots used by PKK fighters near Zakho, Iraq, on Friday.",
    "Explosions/Remote violence",
    "Air/drone strike",
    null,
    0,
  ],
  [
    "Troops uncovered two caches containing rifles and mortar rounds near Ansongo, Mali, on Monday.",
    "Strategic developments",
    "Disrupted weapons use",
    null,
    0,
  ],
  [
    "Rebel fighters captured two People's Defence Force (PDF) camps near Hpakant, Myanmar, on Sunday.",
    "Battles",
    "Non-state actor overtakes territory",
    null,
    0,
  ],
  [
    "Militants rammed a suicide vehicle-borne bomb into an army post in Kismayo, Somalia, on Tuesday, killing four soldiers.",
    "Explosions/Remote violence",
    "Suicide bomb",
    null,
    4,
  ],
  [
    "Police officers beat and dispersed a small student demonstration in Dhaka, Bangladesh, on Monday.",
    "Protests",
    "Excessive force against protesters",
    null,
    0,
  ],
  [
    "A soldier of the Storm Brigade was killed in a mine blast near Avdiivka, Ukraine, on Thursday.",
    "Explosions/Remote violence",
    "Remote explosive/landmine/IED",
    null,
    1,
  ],
];

describe("English event coding", () => {
  for (const [report, type, subType, actor1, fatalities] of CODED) {
    test(report, () => {
      const [event] = code(report);
      assert.ok(event, "no event");
      assert.deepEqual([event.event_type, event.sub_event_type], [type, subType]);
      if (actor1) assert.equal(event.actor1, actor1);
      assert.equal(event.fatalities, fatalities);
      assert.ok(event.evidence.sub_event_type?.length, "the type has evidence");
      assert.match(event.notes ?? "", /^On \d+ \w+ \d{4}, /);
    });
  }
});

describe("English event coding: no event, and no blame by proximity", () => {
  test("people killed and injured by a tsunami are no crowd doing violence", () =>
    assert.deepEqual(code("A tsunami killed 80 people and injured 300 more along the coast on Saturday."), []));
  test("a bus that plunged off a bridge, a furnace that exploded are accidents", () => {
    assert.deepEqual(code("A bus plunged off a bridge into a frozen river on Sunday, killing 19 people."), []);
    assert.deepEqual(code("Seven workers were hurt when a furnace exploded at a steel plant on Thursday."), []);
  });
  test("expelling diplomats over protests is diplomacy, not a protest event", () =>
    assert.deepEqual(code("Moscow expelled three diplomats for joining unauthorised protests last week."), []));
  test("floods are not an ACLED event", () =>
    assert.deepEqual(code("Floods killed 12 people in Niamey, Niger, on Monday."), []));
  test("an industrial explosion is not an ACLED event", () =>
    assert.deepEqual(
      code("A storage tank exploded at a gas plant near Port Harcourt, Nigeria, on Thursday, injuring four workers."),
      [],
    ));
  test("a diplomatic visit is not an ACLED event", () =>
    assert.deepEqual(code("The foreign minister visited Bamako on Monday for talks with the junta."), []));
  test("an unclaimed attack by gunmen is not blamed on a group merely active in the area", () => {
    const [event] = code(
      "Gunmen ambushed a convoy near Djibo, Burkina Faso, on Tuesday, killing 12 soldiers.\nNo group has claimed the attack, but JNIM fighters are active in the area.",
    );
    assert.equal(event?.actor1, "Unidentified Armed Group (Burkina Faso)");
  });
  test("the dateline's city is where the story was filed, not where the event happened", () => {
    const [event] = code(
      "OUAGADOUGOU, Burkina Faso (AP) — Gunmen killed 15 worshippers in the village of Seytenga on Sunday, church officials said.",
    );
    assert.equal(event?.evidence.location?.[0]?.text, "Seytenga");
    assert.notEqual(event?.location, "Ouagadougou");
  });
  test("a yearly toll in the same report never becomes the event's fatalities", () => {
    const [event] = code(
      "Gunmen killed five villagers in Seytenga, Burkina Faso, on Sunday.\nIn 2023, attacks across the Sahel killed more than 7,000 people, according to a monitoring group.",
    );
    assert.deepEqual([event?.fatalities, event?.fatalities_low, event?.fatalities_high], [5, 5, 5]);
  });
  test("figures that add up to the toll are its parts, not a lower count", () => {
    const [event] = code(
      "Gunmen killed at least 20 villagers in Seytenga, Burkina Faso, on Sunday.\nSeventeen died on the spot. Three others died of their wounds in hospital.",
    );
    assert.deepEqual([event?.fatalities, event?.fatalities_low, event?.fatalities_high], [20, 20, null]);
  });
  test("a list of victims adds up ('nine women and two men')", () => {
    const [event] = code(
      "Eleven farmers were killed on Monday by a roadside bomb near Manbij, Syria.\nThe blast killed nine women and two men, rescuers said.",
    );
    assert.deepEqual([event?.fatalities, event?.fatalities_low], [11, 11]);
  });
});

describe("English event coding: where and when, not where people travel or what a caption shows", () => {
  test("a town named for a past attack is not the scene", () => {
    const [event] = code(
      "In the deadliest strike since the 2019 Pulwama attack, gunmen killed 26 tourists near Pahalgam, India, on Tuesday.",
      "2025-04-23",
    );
    assert.equal(event?.location, "Pahlgām");
    assert.equal(event?.event_date, "2025-04-22");
  });
  test("where the victims were travelling to is not the scene", () => {
    const [event] = code(
      "Vigilantes killed 16 hunters travelling to Kano at Uromi, in Edo state, Nigeria, on Thursday.",
      "2025-03-29",
    );
    assert.equal(event?.location, "Uromi");
  });
  test("a photo caption's date is not the event's", () => {
    const [event] = code(
      "Missiles hit a military academy in Poltava, Ukraine.\n\nThe president speaks in Kyiv, Ukraine, Monday Sept. 2, 2024.\n(AP Photo/Staff)\n\nThe missiles struck the academy in Poltava on Tuesday, officials said.",
      "2024-09-03",
    );
    assert.equal(event?.event_date, "2024-09-03");
    assert.equal(event?.location, "Poltava");
  });
  test("the day of a statement bounds the event at week precision", () => {
    const [event] = code(
      "Human Rights Watch said Friday that militias massacred dozens of civilians near Solenzo, Burkina Faso.",
      "2025-03-15",
    );
    assert.deepEqual([event?.event_date, event?.time_precision], ["2025-03-14", 2]);
  });
  test("'in just over a month' is not a yearly rate: the event's sentence still counts", () => {
    const [event] = code(
      "On Monday, a car bomb killed at least 15 people in Manbij, Syria, the seventh such attack in just over a month.",
      "2025-02-03",
    );
    assert.equal(event?.fatalities, 15);
    assert.equal(event?.event_date, "2025-02-03");
  });
});

describe("where: a town outside the region its sentence names", () => {
  test("a group that fights in one country vouches for it against a namesake abroad", () => {
    const [event] = code(
      "Islamic State cells attacked a QSD post near Daman, in the countryside of Deir ez-Zor, on Sunday.",
      "2021-03-08",
    );
    assert.equal(event?.country, "Syria");
  });
  test("a village read as a namesake in another country than the province its sentence names is not the scene", () => {
    const [event] = code(
      "Gunmen ambushed a patrol near the village of Gariba, in Deir ez-Zor province, on Monday.",
      "2024-05-08",
    );
    assert.deepEqual([event?.country, event?.admin1], ["Syria", "Deir-ez-Zor"]);
  });
  test("a neighbourhood read as a namesake elsewhere in the country does not beat the town and state named", () => {
    const [event] = code("In Playa del Carmen, Quintana Roo, gunmen shot two men in Colonia El Pedregal on Monday.");
    assert.deepEqual([event?.location, event?.admin1], ["Playa del Carmen", "Quintana Roo"]);
  });
  test("the department and region in brackets after a village are not the scene", () => {
    const [event] = code("On 2 March 2021, gunmen shot a trader in Toumour (Diffa, Diffa).");
    assert.deepEqual([event?.location, event?.admin1], ["Toumour", "Diffa"]);
  });
  test("a town followed by its state is the scene, not the state's capital of the same name", () => {
    const [event] = code("On 9 June 2020, in Belford Roxo, Rio de Janeiro, police clashed with drug traffickers.");
    assert.deepEqual([event?.location, event?.admin1], ["Belford Roxo", "Rio de Janeiro"]);
  });
  test("a country named as an army's owner is not the scene where the report names a finer place", () => {
    const [event] = code(
      "On 2 June 2021, soldiers of the Kenya Defence Forces fought Al Shabaab at Kiunga, Lamu County.",
    );
    assert.deepEqual([event?.country, event?.admin1], ["Kenya", "Lamu"]);
    const [alone] = code(
      "On 2 June 2021, the army of Benin arrested a deserter over a mutiny of peacekeepers in Mali.",
    );
    assert.equal(alone?.country, "Benin");
  });
  test("a village named as part of its district, or of a governorate's countryside, is the scene", () => {
    const [village] = code(
      "On 9 March 2021, a roadside bomb wounded two soldiers in Dogankoy village of Pervari, Siirt.",
    );
    assert.equal(village?.location, "Doğanköy");
    const [countryside] = code(
      "On 3 April 2021, gunmen shot a farmer in the village of Hajin in the eastern countryside of Deir ez-Zor.",
    );
    assert.equal(countryside?.location, "Hajīn");
  });
  test("an event placed only in a region or a country is located at its seat, at precision 3, as ACLED does", () => {
    const [region] = code("On 4 May 2021, the army shelled rebel posts somewhere in Kachin State.");
    assert.deepEqual(
      [region?.location, region?.admin1, region?.geo_precision, region?.evidence.location?.[0]?.text],
      ["Myitkyina", "Kachin", 3, "Kachin State"],
    );
    const [country] = code("On 4 May 2021, teachers in Benin went on strike over unpaid wages.");
    assert.deepEqual([country?.location, country?.admin1, country?.geo_precision], ["Cotonou", "Littoral", 3]);
  });
  test("countries acting as states are no scene where a finer place is named", () => {
    const [patrol] = code("On 2 June 2020, Turkey and Russia conducted a joint patrol on a highway in Idlib province.");
    assert.deepEqual([patrol?.country, patrol?.admin1], ["Syria", "Idleb"]);
  });
  test("a sentence that also tells background still places the event when no other sentence does", () => {
    const [event] = code(
      "Bandits shot dead two farmers in Kitui County on Sunday, a week after a similar attack in the same area. Both were ambushed on their farms.",
      "2021-05-16",
    );
    assert.deepEqual([event?.country, event?.admin1], ["Kenya", "Kitui"]);
  });
  test("a toll the report says it coded stands over vague words and other figures", () => {
    const [event] = code(
      "On 2 May 2020, militants ambushed an army convoy near Damasak, Nigeria, and killed several soldiers. Several fatalities coded as 3.",
    );
    assert.deepEqual([event?.fatalities, event?.evidence.fatalities?.at(-1)?.text], [3, "fatalities coded as 3"]);
  });
  test("'no casualties reported' is a toll of 0, not an unknown one", () => {
    const [event] = code(
      "On 4 May 2021, soldiers and JNIM militants exchanged fire near Boni, Mali. No casualties were reported.",
    );
    assert.deepEqual([event?.fatalities, event?.evidence.fatalities], [0, undefined]);
  });
  test("a plain toll wins over a party's claim, and the deaths a protest is about are not its toll", () => {
    const [ambush] = code(
      "On 3 May 2021, four soldiers were killed in an ambush near Kiunga, Kenya. Al Shabaab claimed that it had killed 25 soldiers.",
    );
    assert.equal(ambush?.fatalities, 4);
    const [protest] = code(
      "On 3 May 2021, students marched in Eldoret, Kenya, against the release of two men who had killed a rider.",
    );
    assert.deepEqual([protest?.sub_event_type, protest?.fatalities], ["Peaceful protest", 0]);
  });
  test("the country a protest is about is not where it was", () => {
    const [event] = code("On 3 November 2023, students rallied in Dhaka condemning the bombardment of Gaza by Israel.");
    assert.deepEqual([event?.location, event?.country], ["Dhaka", "Bangladesh"]);
  });
  test("the country attackers came from is not the scene: their victims' army names it", () => {
    const [event] = code("On 4 March 2021, gunmen from Somalia shot two KDF soldiers on patrol.");
    assert.equal(event?.country, "Kenya");
  });
  test("an area in brackets behind a town is the reading that holds the town", () => {
    const [event] = code("On 6 May 2021, farmers protested in Amritsar (Punjab) over crop prices.");
    assert.deepEqual([event?.country, event?.admin1, event?.location], ["India", "Punjab", "Amritsar"]);
  });
  test("a neighbourhood after 'Colonia' is no place of its own: its city is the scene", () => {
    const [event] = code("On 4 May 2020, in Tonala, Jalisco, gunmen shot a shopkeeper in Colonia La Jauja.");
    assert.equal(event?.location, "Tonalá");
  });
});

describe("several events in one report", () => {
  test("a separate attack elsewhere is its own event, with its own place, date and toll", () => {
    const events = code(
      "Gunmen killed 12 villagers in Arbinda, Burkina Faso, on Sunday. Residents said the attackers came on motorbikes. " +
        "In a separate attack on Friday, militants killed five soldiers near Djibo.",
    );
    assert.deepEqual(
      events.map((e) => [e.location, e.event_date, e.fatalities]),
      [
        ["Aribinda", "2024-08-25", 12],
        ["Djibo", "2024-08-23", 5],
      ],
    );
    assert.match(events[1]?.evidence.fatalities?.[0]?.text ?? "", /five/);
    assert.equal(events[1]?.actor1, "Unidentified Armed Group (Burkina Faso)");
  });
  test("a 'separate' incident at the same place and day adds to the one event", () => {
    const events = code(
      "Gunmen killed 12 villagers in Arbinda, Burkina Faso, on Sunday. In a separate incident in Arbinda on Sunday, a shop was looted.",
    );
    assert.equal(events.length, 1);
  });
  test("a separate attack told as history is no event of this report", () => {
    const events = code(
      "Gunmen killed 12 villagers in Arbinda, Burkina Faso, on Sunday. In another attack on 2 March, militants killed 30 people in Djibo.",
    );
    assert.deepEqual(
      events.map((e) => e.location),
      ["Aribinda"],
    );
  });
});

describe("who did it", () => {
  test("a group an aside about the attackers names is not the attacker", () => {
    const [event] = code(
      "On 9 June 2021, near Niono, Mali, Dozo hunters, who had fought JNIM for months, ambushed a convoy of traders.",
    );
    assert.notEqual(event?.actor1, "JNIM: Group for Support of Islam and Muslims");
  });
  test("people killed in a passive clause are victims; the subject of the sentence's other verb attacked", () => {
    const [event] = code(
      "At least 30 soldiers were killed when JNIM fighters attacked an army base in Djibo, Burkina Faso, on Sunday.",
    );
    assert.equal(event?.actor1, "JNIM: Group for Support of Islam and Muslims");
    assert.equal(event?.fatalities, 30);
  });
  test("a civilian vehicle burned in a fight between militants and police makes no civilian victims", () => {
    const [event] = code(
      "JNIM militants attacked a police post in Torodi, Niger, on Sunday; two policemen died and a civilian car was burned.",
    );
    assert.deepEqual(
      [event?.sub_event_type, event?.actor1, event?.actor2],
      ["Armed clash", "JNIM: Group for Support of Islam and Muslims", "Police Forces of Niger"],
    );
  });
  test("two groups either of which did it are one side, and a people's camp holds civilians", () => {
    const [event] = code("Suspected ISWAP or Boko Haram fighters raided a Fulani camp near Bosso, Niger, on Friday.");
    assert.deepEqual([event?.sub_event_type, event?.actor2], ["Attack", "Civilians (Niger)"]);
  });
  test("men the army only suspected of being militants are civilians", () => {
    const [event] = code("Soldiers shot dead three men suspected of being jihadists near Kandi, Benin, on Monday.");
    assert.deepEqual([event?.sub_event_type, event?.actor2], ["Attack", "Civilians (Benin)"]);
  });
  test("a drive-by shooting is an attack", () => {
    const [event] = code(
      "Two armed men on a motorbike wounded a teenager in a drive-by shooting in Recife, Brazil, on Sunday.",
    );
    assert.equal(event?.sub_event_type, "Attack");
  });
  test("a group ambushed by the army is not the attacker", () => {
    const [event] = code("Islamic State militants were ambushed by soldiers near Ansongo, Mali, on Sunday.");
    assert.equal(event?.actor1, "Military Forces of Mali");
  });
  test("two peoples' militias that clash are both sides, named as ACLED names them, the first named first", () => {
    const [event] = code(
      "Tiv and Jukun militias clashed over farmland near Wukari, Nigeria, on Sunday, killing six people.",
    );
    assert.deepEqual(
      [event?.sub_event_type, event?.actor1, event?.actor2],
      ["Armed clash", "Tiv Ethnic Militia (Nigeria)", "Jukun Ethnic Militia (Nigeria)"],
    );
  });
  test("state forces told fighting another side are listed first, as ACLED lists them", () => {
    const [event] = code("The KIA and the Myanmar army clashed near Laiza, Myanmar, on Sunday.");
    assert.deepEqual(
      [event?.sub_event_type, event?.actor1, event?.actor2],
      [
        "Armed clash",
        "Military Forces of Myanmar",
        "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
      ],
    );
  });
  test("the Saudi-led coalition in Yemen is named as ACLED names it", () => {
    const [event] = code("Saudi-led coalition jets bombed a market in Saada, Yemen, on Monday.");
    assert.deepEqual([event?.sub_event_type, event?.actor1], ["Air/drone strike", "Operation Restoring Hope"]);
  });
  test("farmers a report arms are a communal militia, and their victims civilians", () => {
    const [event] = code("Farmers armed with rifles killed two herders near Kalale, Benin, on Sunday.");
    assert.deepEqual(
      [event?.sub_event_type, event?.actor1, event?.actor2],
      ["Attack", "Unidentified Communal Militia (Benin)", "Civilians (Benin)"],
    );
  });
  test("members of a community who assault someone are a crowd", () => {
    const [event] = code("Members of the Bariba community assaulted a herder in Nikki, Benin, on Monday.");
    assert.deepEqual([event?.sub_event_type, event?.actor1], ["Mob violence", "Rioters (Benin)"]);
  });
  test("'armed militias' and a country's militia are no named people's militia", () => {
    const [event] = code("Armed militias attacked a village near Bunia, DR Congo, on Sunday, killing nine civilians.");
    assert.equal(event?.actor1, "Unidentified Armed Group (Democratic Republic of Congo)");
  });
  test("figures a hospital gives per ward are parts of the toll, not a lower count", () => {
    const [event] = code(
      "Shelling killed at least 35 people in Omdurman, Sudan, on Saturday. One hospital received 40 injuries and 30 deaths, while another received 10 injuries and five deaths.",
    );
    assert.deepEqual([event?.fatalities, event?.fatalities_low], [35, 35]);
  });
  test("'ten people, including eight fighters, were killed' counts ten", () => {
    const [event] = code(
      "Ten people, including eight Al Shabaab fighters, were killed in fighting near Jowhar, Somalia, on Sunday.",
    );
    assert.equal(event?.fatalities, 10);
  });
});

describe("French event coding", () => {
  const codeFr = (text: string) => {
    return codeEvents(extractMentions({ text, published_at: "2024-02-26", language: "fr" }, defaultSources()));
  };
  test("une attaque contre des fidèles est une violence contre des civils, avec son bilan", () => {
    const [event] = codeFr(
      "Des hommes armés ont attaqué une mosquée à Natiaboani dimanche, tuant au moins 14 fidèles.",
    );
    assert.deepEqual(
      [event?.event_type, event?.sub_event_type, event?.fatalities],
      ["Violence against civilians", "Attack", 14],
    );
    assert.equal(event?.event_date, "2024-02-25");
  });
  test("des jihadistes qui chassent les habitants et interdisent les cultures : « Other »", () => {
    const [event] = codeFr(
      "Mardi, des jihadistes du JNIM ont ordonné aux habitants de quitter le village et interdit les cultures.",
    );
    assert.deepEqual([event?.event_type, event?.sub_event_type], ["Strategic developments", "Other"]);
  });
  test("une frappe de drone est une frappe aérienne", () => {
    const [event] = codeFr("Une frappe de drone a touché un marché près de Tinzaouaten, faisant 21 morts.");
    assert.equal(event?.sub_event_type, "Air/drone strike");
    assert.equal(event?.fatalities, 21);
  });
});

describe("names that depend on where the report is from", () => {
  test('"Islamic State" is the Sahel province in Burkina Faso, the West Africa province in Nigeria, the core group in Syria', () => {
    const actor1 = (text: string) => code(text)[0]?.actor1;
    assert.equal(
      actor1(
        "Islamic State fighters attacked an army post near Arbinda, Burkina Faso, on Tuesday, killing 12 soldiers.",
      ),
      "Islamic State (Sahel)",
    );
    assert.equal(
      actor1(
        "Islamic State fighters attacked a military base near Monguno in Borno, Nigeria, on Tuesday, killing 9 soldiers.",
      ),
      "Islamic State (West Africa)",
    );
    assert.equal(
      actor1("Islamic State militants attacked a village near Raqqa in Syria on Tuesday, killing 5 people."),
      "Islamic State (Syria)",
    );
  });
  test("a group is named as it was then: with no publication date, as of the latest date the report states", () => {
    const text = "On 6 February 2020, ISGS militants attacked the village of Molia in Niger, killing four workers.";
    assert.equal(code(text, null)[0]?.actor1, "Islamic State (Greater Sahara)");
    assert.equal(code(text, "2024-05-01")[0]?.actor1, "Islamic State (Sahel)");
  });
  test("Libya's rival governments' forces are state forces named by period", () => {
    const [event] = code("GNA forces attacked LNA positions south of Tripoli, Libya, on Sunday.", "2020-05-04");
    assert.deepEqual(
      [event?.sub_event_type, event?.actor1, event?.actor2],
      [
        "Armed clash",
        "Military Forces of Libya (2016-) Government of National Accord",
        "Military Forces of Libya (2014-) Haftar Faction",
      ],
    );
  });
  test("two groups either of which did it are coded 'A and/or B', in the report's order", () => {
    const [event] = code(
      "On 8 August 2020, ISWAP or Boko Haram militants attacked marketgoers near Diffa, Niger.",
      null,
    );
    assert.equal(
      event?.actor1,
      "Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad",
    );
    assert.equal(event?.evidence.actor1?.length, 2);
  });
  test("unidentified armed men are a gang in Mexico only where the report shows organised crime", () => {
    const actor1 = (text: string) => code(text, "2020-05-02")[0]?.actor1;
    assert.equal(
      actor1("On 1 May 2020, in Chilpancingo, Guerrero, two armed men shot dead a shopkeeper."),
      "Unidentified Armed Group (Mexico)",
    );
    assert.equal(
      actor1(
        "On 1 May 2020, in Celaya, Guanajuato, armed men killed a man whose hands were tied and who was tortured.",
      ),
      "Unidentified Gang (Mexico)",
    );
  });
  test("in Brazil, the killers in a drive-by shooting are 'Unidentified Gang and/or Police Militia'", () => {
    const [event] = code(
      "On 3 May 2020, in Cabedelo, Paraiba, a man was killed in a drive-by shooting near the port by two armed men on a motorbike.",
      "2020-05-04",
    );
    assert.deepEqual([event?.actor1, event?.actor2], ["Unidentified Gang and/or Police Militia", "Civilians (Brazil)"]);
  });
  test("a named unit is written after its force, as ACLED writes it", () => {
    const actor1 = (text: string) => code(text, "2020-05-02")[0]?.actor1;
    assert.equal(
      actor1("On 1 May 2020, prison guards shot dead three inmates during a riot in Guanare, Venezuela."),
      "Police Forces of Venezuela Prison Guards",
    );
    assert.equal(
      actor1("On 1 May 2020, GSU officers beat up two traders in Garissa, Kenya."),
      "Police Forces of Kenya General Service Unit",
    );
  });
  test("the armed subject of the sentence before acts in the next one", () => {
    const [event] = code(
      "On 8 May 2020, in Sao Goncalo, Rio de Janeiro, the Military Police raided a favela. Two suspects were shot dead.",
      "2020-05-09",
    );
    assert.equal(event?.actor1, "Military Forces of Brazil Military Police");
  });
  test("people who suffer a passive verb in the sentence before are not the next sentence's attacker", () => {
    const [event] = code(
      "On 3 May 2020, soldiers were seen near the market of the commune of Pissila in the province of Sanmatenga. A trader was shot dead nearby.",
    );
    assert.equal(event?.actor1, "Unidentified Armed Group (Burkina Faso)");
  });
  test("a state the gazetteer lacks keeps the name the report gives it after 'forces of'", () => {
    const [event] = code(
      "On 3 May 2020, military forces of Artsakh shelled the positions of the military forces of Azerbaijan near Tovuz.",
      null,
    );
    assert.deepEqual([event?.actor1, event?.actor2], ["Military Forces of Artsakh", "Military Forces of Azerbaijan"]);
  });
  test("in Myanmar, the military is listed first in a battle whoever attacked, as ACLED's Myanmar data does", () => {
    const [event] = code(
      "On 2 March 2019, in Paletwa Township, Chin State, the Arakan Army attacked a Myanmar army column.",
    );
    assert.deepEqual(
      [event?.event_type, event?.actor1, event?.actor2],
      ["Battles", "Military Forces of Myanmar", "ULA/AA: United League of Arakan/Arakan Army"],
    );
  });
  test("a drug dealer shot by armed men is a gang's member in Mexico, a civilian in the Philippines", () => {
    const [mexico] = code("On 6 May 2020, in Tepeaca, Puebla, armed men shot an alleged drug dealer. The man died.");
    assert.deepEqual([mexico?.event_type, mexico?.actor2], ["Battles", "Unidentified Gang (Mexico)"]);
    const [philippines] = code("On 8 May 2020, police shot dead a drug dealer during a raid in Caloocan, Philippines.");
    assert.deepEqual(
      [philippines?.event_type, philippines?.actor2],
      ["Violence against civilians", "Civilians (Philippines)"],
    );
  });
  test("a side named after 'an attack on' is attacked, not the one that takes the ground", () => {
    const [event] = code(
      "On 2 May 2020, Southern Resistance fighters launched an assault on pro-Houthi forces near Qatabah and took control of three hilltops.",
    );
    assert.deepEqual(
      [event?.sub_event_type, event?.actor1],
      ["Non-state actor overtakes territory", "Southern Resistance"],
    );
  });
  test("an armed group's handout is a change to its activity; anyone else's is no event", () => {
    const [gang] = code("On 2 May 2020, members of the Gulf Cartel handed out food packages to families in Reynosa.");
    assert.deepEqual([gang?.sub_event_type, gang?.actor1], ["Change to group/activity", "Gulf Cartel"]);
    assert.equal(code("On 2 May 2020, the Red Cross distributed food packages to families in Kaya.").length, 0);
  });
  test("who a crowd or its victims are is kept as ACLED's associated actors, with the words that say it", () => {
    const [protest] = code("On 3 May 2020, teachers and nurses marched in Lagos, Nigeria, over unpaid salaries.");
    assert.deepEqual(
      [protest?.actor1, protest?.assoc_actor_1, protest?.evidence.assoc_actor_1?.map((e) => e.text)],
      ["Protesters (Nigeria)", "Teachers (Nigeria); Health Workers (Nigeria)", ["teachers", "nurses"]],
    );
    const [attack] = code("On 3 May 2020, gunmen killed three farmers in Guma, Benue, Nigeria.");
    assert.deepEqual([attack?.actor2, attack?.assoc_actor_2], ["Civilians (Nigeria)", "Farmers (Nigeria)"]);
    assert.equal(attack?.assoc_actor_1, null);
  });
  test("a party names its country and is the associated actor of the crowd it leads, never an armed side", () => {
    const [rally] = code("On 9 January 2008, protests called by ODM leaders turned violent as police intervened.");
    assert.equal(rally?.country, "Kenya");
    const [clash] = code(
      "On 19 December 2023, supporters of the Awami League clashed with rivals in Feni, Bangladesh.",
    );
    assert.deepEqual([clash?.actor1, clash?.assoc_actor_1], ["Rioters (Bangladesh)", "AL: Awami League"]);
    assert.notEqual(clash?.actor2, "AL: Awami League");
  });
  test("strikers the police disperse are protesters, named by their own words", () => {
    const [event] = code(
      "On 3 May 2020, police fired tear gas at striking doctors outside a hospital in Nairobi, Kenya.",
    );
    assert.deepEqual(
      [event?.sub_event_type, event?.actor1, event?.assoc_actor_1, event?.evidence.actor1?.[0]?.text],
      ["Protest with intervention", "Protesters (Kenya)", "Health Workers (Kenya)", "doctors"],
    );
  });
  test("a note names no second side where none is coded", () => {
    const [event] = code("On 3 May 2020, militants shelled positions near Kaya, Burkina Faso.");
    assert.equal(event?.actor2, null);
    assert.match(event?.notes ?? "", /fired shells in Kaya/);
  });
  test("a peaceful protest has no second side but counter-protesters; a group's change of activity none", () => {
    const [protest] = code("On 3 April 2018, residents of Mandera marched against recent attacks by al Shabaab.");
    assert.deepEqual([protest?.sub_event_type, protest?.actor2], ["Peaceful protest", null]);
    const [patrol] = code("On 8 May 2020, Russian forces conducted a patrol near Qamishli, Syria.");
    assert.deepEqual([patrol?.sub_event_type, patrol?.actor2], ["Change to group/activity", null]);
  });
  test("a deal told as the setting of violence is not what happened", () => {
    const [event] = code("On 3 February 2008, gangs burned shops in Naivasha, Kenya, after the peace deal was signed.");
    assert.notEqual(event?.sub_event_type, "Agreement");
    assert.equal(
      code("On 3 February 2008, the two parties signed a peace deal in Nairobi.")[0]?.sub_event_type,
      "Agreement",
    );
  });
  test("people who gather far from the words saying why still protest", () => {
    const [event] = code(
      "On 27 April 2020, about 80 parents gathered in front of a primary school in the Sen Sok district of Phnom Penh, Cambodia, to demand lower fees.",
    );
    assert.equal(event?.sub_event_type, "Peaceful protest");
  });
  test("state forces are named with the article ACLED writes before some countries", () => {
    const [clash] = code("On 8 May 2020, soldiers clashed with Abu Sayyaf militants in Patikul, Sulu, Philippines.");
    assert.equal(clash?.actor1, "Military Forces of the Philippines");
    const [raid] = code("On 8 May 2020, police raided a house in Mombasa, Kenya, and clashed with gunmen.");
    assert.equal(raid?.actor1, "Police Forces of Kenya");
  });
  test("the dead a later sentence counts after two armed sides met are among them, not civilian victims", () => {
    const [ambush] = code("On 9 May 2020, in Orizaba, Veracruz, gunmen ambushed a police patrol. Two men died.");
    assert.deepEqual(
      [ambush?.sub_event_type, ambush?.actor2, ambush?.fatalities],
      ["Armed clash", "Police Forces of Mexico", 2],
    );
  });
  test("the agent of a passive verb is the attacker, however far its subject", () => {
    const [event] = code(
      "On 8 May 2020, a police team enforcing a curfew in Auchi (Etsako West LGA, Edo) was attacked by gunmen.",
    );
    assert.deepEqual(
      [event?.actor1, event?.actor2],
      ["Unidentified Armed Group (Nigeria)", "Police Forces of Nigeria"],
    );
  });
  test("a people word capitalised inside a name ('Man Loi') is no actor", () => {
    const [event] = code(
      "On 4 December 2016, near Nam Hkai and Man Loi, Shan State, TNLA fighters ambushed army trucks.",
    );
    assert.equal(event?.event_type, "Battles");
  });
  test("a village's people who attack are its communal militia; a village's people who suffer are civilians", () => {
    const [attack] = code(
      "On 3 June 2021, youths from Kparou attacked a herders' camp near Nikki (Nikki, Borgou), Benin, wounding two men.",
    );
    assert.deepEqual(
      [attack?.actor1, attack?.event_type],
      ["Kparou Communal Militia (Benin)", "Violence against civilians"],
    );
    const [victims] = code(
      "On 3 June 2021, villagers from Kparou were killed by gunmen near Nikki (Nikki, Borgou), Benin.",
    );
    assert.deepEqual([victims?.actor1, victims?.actor2], ["Unidentified Armed Group (Benin)", "Civilians (Benin)"]);
  });
  test("herders who attack are a militia (in Benin, the Fulani's); herders who are killed are civilians", () => {
    const [attack] = code(
      "On 2 March 2021, herders attacked two farmers with machetes near Kalale (Kalale, Borgou), Benin.",
    );
    assert.deepEqual(
      [attack?.actor1, attack?.actor2, attack?.event_type],
      ["Fulani Ethnic Militia (Benin)", "Civilians (Benin)", "Violence against civilians"],
    );
    const [victims] = code(
      "On 2 March 2021, three herders were shot dead by gunmen near Kalale (Kalale, Borgou), Benin.",
    );
    assert.deepEqual([victims?.actor1, victims?.actor2], ["Unidentified Armed Group (Benin)", "Civilians (Benin)"]);
  });
  test("a victim whose criminal past the report tells is a gang's member in Brazil: the killing is a clash", () => {
    const [event] = code(
      "On 4 May 2020, in Contagem, Minas Gerais, a man was shot dead by two armed men. The victim had a criminal record for robbery.",
    );
    assert.deepEqual([event?.event_type, event?.actor2], ["Battles", "Unidentified Gang (Brazil)"]);
  });
  test("soldiers killed by no one the sentence names fought an unidentified armed group", () => {
    const [event] = code("On 12 April 2021, two soldiers were killed near Djibo (Djibo, Soum), Burkina Faso.");
    assert.deepEqual(
      [event?.sub_event_type, event?.actor1, event?.actor2],
      ["Armed clash", "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso"],
    );
  });
  test("armed men who burn a police car and clash with the police are in a battle, not a riot", () => {
    const [event] = code(
      "On 2 February 2020, Al Shabaab fighters clashed with police near Mpeketoni, Lamu, Kenya, and set a police truck ablaze.",
    );
    // (Kenya's police first: ACLED's Kenya data lists state forces first in a battle.)
    assert.deepEqual(
      [event?.sub_event_type, event?.actor1, event?.actor2],
      ["Armed clash", "Police Forces of Kenya", "Al Shabaab"],
    );
  });
  test("a heading that names the kind of event decides its type over the story's words", () => {
    const [event] = code(
      "Property destruction: On 9 January 2022, suspected JNIM militants burned a school and fired shots in the air in Sebba (Sebba, Yagha), Burkina Faso.",
    );
    assert.equal(event?.sub_event_type, "Looting/property destruction");
    assert.ok(event?.evidence.sub_event_type?.some((e) => e.text === "Property destruction:"));
  });
  test("an old name's acronym dates the group's name when the report gives no year ('ISGS' before 2022)", () => {
    const [undated] = code("On 3 June, suspected ISGS militants burned a school in Tera, Niger.", null);
    assert.equal(undated?.actor1, "Islamic State (Greater Sahara)");
    const [dated] = code("On 3 June 2023, suspected ISGS militants burned a school in Tera, Niger.", null);
    assert.equal(dated?.actor1, "Islamic State (Sahel)");
  });
  test("'A or B' names the two groups in ACLED's order, whichever the report writes first", () => {
    const [event] = code(
      "On 3 May 2020, Boko Haram or ISWAP fighters shot dead four farmers near Gajiram, Borno, Nigeria.",
    );
    assert.equal(
      event?.actor1,
      "Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad",
    );
  });
  test("the violence a protest denounces is what it is about, not its type", () => {
    const [event] = code(
      "On 14 March 2024, students formed a human chain in Sylhet, Bangladesh, demanding justice for a classmate stabbed to death by unknown men.",
    );
    assert.deepEqual([event?.sub_event_type, event?.actor1], ["Peaceful protest", "Protesters (Bangladesh)"]);
  });
  test("a report with no place is in the country of an army named by its acronym, or of a group active in one", () => {
    const [kenya] = code("KDF soldiers beat up two traders at a roadblock.", null);
    assert.deepEqual([kenya?.country, kenya?.actor2], ["Kenya", "Civilians (Kenya)"]);
    const [philippines] = code("NPA rebels ambushed an army patrol, killing two soldiers.", null);
    assert.equal(philippines?.country, "Philippines");
  });
  test("tribesmen named by their tribes are its militias, as ACLED names them", () => {
    const [event] = code(
      "On 2 June 2021, Al Awad and Bani Hassan tribesmen exchanged fire in Lawdar (Lawdar, Abyan), Yemen.",
    );
    assert.deepEqual(
      [event?.sub_event_type, event?.actor1, event?.actor2],
      ["Armed clash", "Al Awad Tribal Militia (Yemen)", "Bani Hassan Tribal Militia (Yemen)"],
    );
  });
  test("a fight over a quarrel with no armed group in it is mob violence", () => {
    const [event] = code(
      "On 4 March 2021, fighting over a land dispute left two people injured in Kandi (Kandi, Alibori), Benin.",
    );
    assert.deepEqual([event?.sub_event_type, event?.actor1], ["Mob violence", "Rioters (Benin)"]);
  });
  test("a shoot-out in a police operation is a clash even where a bystander is killed; the police are one side", () => {
    const [event] = code(
      "On 2 May 2020, in Duque de Caxias, Rio de Janeiro, the Military Police raided a favela. A shoot-out followed and a passer-by was killed. The police seized two pistols.",
    );
    assert.deepEqual(
      [event?.sub_event_type, event?.actor1, event?.actor2],
      ["Armed clash", "Military Forces of Brazil Military Police", null],
    );
  });
  test("people who clash with the police, no armed group among them, are a mob; an exchange of fire is a battle", () => {
    const [mob] = code(
      "On 4 June 2021, market traders clashed with municipal police in Surabaya, Indonesia, over an eviction.",
    );
    assert.deepEqual([mob?.sub_event_type, mob?.actor1], ["Mob violence", "Rioters (Indonesia)"]);
    const [battle] = code(
      "On 4 June 2021, gunmen and police exchanged fire in Surabaya, Indonesia, and a passer-by was killed.",
    );
    assert.equal(battle?.sub_event_type, "Armed clash");
  });
  test("villagers who kill a suspected thief are a mob however armed; gunmen who do are attackers", () => {
    const [mob] = code(
      "On 3 July 2021, villagers armed with machetes killed a suspected thief in Dassa-Zoume (Collines), Benin.",
    );
    assert.deepEqual([mob?.sub_event_type, mob?.actor1], ["Mob violence", "Rioters (Benin)"]);
    const [attack] = code("On 3 July 2021, gunmen killed a suspected thief in Dassa-Zoume (Collines), Benin.");
    assert.equal(attack?.sub_event_type, "Attack");
  });
  test("a country's people before 'forces' make them its military", () => {
    const [event] = code("On 9 March 2020, Nigerien forces burned a herders' camp near Bani Bangou, Niger.", null);
    assert.equal(event?.actor1, "Military Forces of Niger");
  });
  test("a country abbreviation that qualifies a noun ('the US dollar') is not where the event is", () => {
    const [event] = code(
      "On 29 April 2020, protesters angry at the high US dollar exchange rate blocked roads with burning tyres in Tripoli, Lebanon.",
      "2020-04-30",
    );
    assert.equal(event?.country, "Lebanon");
  });
});
