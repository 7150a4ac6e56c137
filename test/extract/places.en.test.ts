import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { distanceToLineKm, haversineKm } from "../../src/base/geo.js";
import {
  EN_PLACE_DONBAS_FRONT_PARTIES,
  EN_PLACE_MONITORED_AREA_UKRAINE,
} from "../../src/extract/locales/en/places/rules.js";
import { defaultSources } from "../../src/sources/index.js";
import { mentionsOf } from "../helpers/mentions.js";

// [sentence, span text, start, country, admin1, latitude, longitude, within km]
const RESOLVED: [string, string, number, string, string | null, number, number, number][] = [
  [
    "The offensive happened in the Barsalogho district on Saturday.",
    "Barsalogho district",
    30,
    "Burkina Faso",
    "Centre-Nord",
    13.41389,
    -1.05583,
    10,
  ],
  [
    "Gunmen attacked a convoy near Djibo in northern Burkina Faso.",
    "Djibo",
    30,
    "Burkina Faso",
    "Sahel",
    14.1,
    -1.63,
    10,
  ],
  ["Soldiers were killed in Tillabery region, Niger.", "Tillabery region", 24, "Niger", "Tillaberi", 14.21, 1.45, 60],
  ["Attacks in Arbinda have displaced thousands.", "Arbinda", 11, "Burkina Faso", "Sahel", 14.23, -0.87, 10],
  // A possessive inside a name: "Cox's Bazar" is one place, not "Cox" and a stray "Bazar".
  ["Journalists protested in Cox's Bazar on Monday.", "Cox's Bazar", 25, "Bangladesh", "Chittagong", 21.45, 91.97, 15],
  // The admin areas in brackets after an unknown village are places, not stray words.
  [
    "Traders protested in Nilganj union (Patuakhali, Barisal) on Monday.",
    "Patuakhali",
    36,
    "Bangladesh",
    "Barisal",
    22.36,
    90.33,
    25,
  ],
  ["A drone strike hit Tinzaouaten, in Mali, close to the border.", "Tinzaouaten", 19, "Mali", null, 19.95, 2.93, 40],
  ["A fire broke out in Athens, Ga., on Monday.", "Athens", 20, "United States", "Georgia", 33.96, -83.38, 30],
  [
    "A mine collapsed near Charleston, W. Va., on Monday.",
    "W. Va.",
    34,
    "United States",
    "West Virginia",
    38.6,
    -80.6,
    200,
  ],
  ["Insurgents attacked Maiduguri, the Borno State capital.", "Maiduguri", 20, "Nigeria", "Borno", 11.85, 13.16, 10],
  // The Sahel's initial N written apart is the same name as elided or joined.
  ["A merchant was wounded in N Guigmi on Friday.", "N Guigmi", 26, "Niger", "Diffa", 14.25, 13.11, 10],
  // A facility named after its town puts the event there, with no preposition before the name.
  ["Rockets struck the Diffa airport overnight.", "Diffa airport", 19, "Niger", "Diffa", 13.31, 12.61, 10],
  // A town followed by its own name as department and region vouches for nothing else, but points to no other country.
  ["Students held a sit-in in Diffa (Diffa, Diffa).", "Diffa", 26, "Niger", "Diffa", 13.32, 12.61, 10],
  // A chain of areas after a town: the widest one may vouch for it where a middle one has a namesake abroad.
  [
    "Farmers blocked a road in El Baul, Girardot municipality, Cojedes state.",
    "El Baul",
    26,
    "Venezuela",
    "Cojedes",
    8.96,
    -68.3,
    10,
  ],
  // South Asian papers abbreviate a few regions after a district, as AP style does US states.
  ["Shells fell on Uri (Baramulla district, J&K) overnight.", "J&K", 40, "India", "Jammu and Kashmir", 33.5, 75.3, 250],
  // A governorate that is also its city's name is in Syria either way, and vouches for the town before it.
  [
    "Russian military police drove through Darbasiyah in Al-Hasakeh.",
    "Darbasiyah",
    38,
    "Syria",
    "Al-Hasakeh",
    37.07,
    40.65,
    10,
  ],
];

describe("English places: found, resolved, located", () => {
  for (const [sentence, span, start, country, admin1, lat, lon, km] of RESOLVED) {
    test(sentence, () => {
      const place = mentionsOf("place", sentence).find((m) => m.text === span);
      assert.ok(place, `no place "${span}" in ${JSON.stringify(mentionsOf("place", sentence).map((m) => m.text))}`);
      assert.equal(place.start, start);
      assert.equal(place.value.country, country);
      if (admin1) assert.equal(place.value.admin1, admin1);
      assert.ok(
        haversineKm(lat, lon, place.value.latitude ?? 0, place.value.longitude ?? 0) < km,
        `${place.value.name} is ${place.value.latitude},${place.value.longitude}`,
      );
      assert.ok(place.value.candidates.length > 0);
    });
  }
});

describe("English places: relative locations", () => {
  test("some 40 kilometres (25 miles) north of Kaya → a point near Barsalogho", () => {
    const text =
      "The offensive happened in the district, some 40 kilometres (25 miles) north of Kaya, a strategic town.";
    const relative = mentionsOf("place", text).find((m) => m.rule === "en/place/distance-bearing-from-town");
    assert.ok(relative);
    assert.equal(relative.text, "some 40 kilometres (25 miles) north of Kaya");
    assert.equal(relative.value.relative?.distance_km, 40);
    assert.ok(haversineKm(13.41389, -1.05583, relative.value.latitude ?? 0, relative.value.longitude ?? 0) < 10);
    assert.equal(relative.value.precision, 2);
  });

  test("a derived point takes its admin areas from the boundaries it falls in, not from its anchor", () => {
    const point = mentionsOf("place", "Soldiers were killed 60 km south of Djibo, in Burkina Faso.").find(
      (p) => p.value.relative,
    );
    assert.deepEqual(
      [point?.value.admin1, point?.value.admin2, point?.value.admin_source],
      ["Centre-Nord", "Bam", "boundaries"],
    );
    const djibo = mentionsOf("place", "Soldiers were killed in Djibo, in Burkina Faso.")[0];
    assert.deepEqual([djibo?.value.admin1, djibo?.value.admin_source], ["Sahel", "gazetteer"]);
  });
  test("near a town widens precision to 2", () => {
    const [near] = mentionsOf("place", "Fighters ambushed troops near Djibo on Tuesday.");
    assert.equal(near?.rule, "en/place/vicinity-of-town");
    assert.equal(near?.value.precision, 2);
  });

  test("between two towns is their midpoint", () => {
    const between = mentionsOf("place", "The convoy was attacked between Djibo and Namssiguia on Tuesday.").find(
      (m) => m.rule === "en/place/between-towns",
    );
    assert.ok(between);
    assert.equal(between.text, "between Djibo and Namssiguia");
  });
});

// [sentence, place, whether it is named for an organisation or a speaker rather than for itself]
const INSTITUTIONS: [string, string, boolean][] = [
  ["The Niamey government said troops repelled an attack near Ayorou.", "Niamey", true],
  ["Members of the Kisumu Traders Association marched on Monday.", "Kisumu", true],
  ["The Kampala Capital City Authority evicted vendors in Gulu.", "Kampala", true],
  ["Officials in Maiduguri said insurgents burned Kukawa.", "Maiduguri", true],
  ["Gunmen stormed the Kaya regional hospital on Monday.", "Kaya", false],
  ["Insurgents burned houses in Kukawa, officials said.", "Kukawa", false],
];
describe("English places: named for an organisation or a speaker", () => {
  for (const [sentence, name, institution] of INSTITUTIONS)
    test(`${name} in: ${sentence}`, () => {
      const place = mentionsOf("place", sentence).find((m) => m.text === name);
      assert.ok(place, `no place ${name}`);
      assert.equal(place.value.institution === true, institution);
    });
});

const NOT_PLACES: [string, string][] = [
  ["Al Jazeera's Nicholas Haque, reporting from Dakar, said the army withdrew.", "Nicholas"],
  ["According to Haque, the army was aware of the threat.", "Haque"],
  ["The European Investment Bank funded the road.", "Bank"],
  ["Following the raid, soldiers went missing.", "Following"],
  // A weapon named after a place (the Grad, a town in Slovenia) is no place.
  ["Militants fired Grad rockets at the camp.", "Grad"],
  // A small town's name ending an institution's name, and a city's former name before a noun, are no places.
  ["Nurses marched to the Supreme Court of Justice on Monday.", "Justice"],
  ["Youths threw a Molotov cocktail at the bank.", "Molotov"],
  // A hamlet's other name (a village in Indiana was once "Corporation") in a text about somewhere else.
  ["Sweepers rallied in front of Corporation offices in Chittagong on Monday.", "Corporation"],
  // A street or a bridge named after a town is not that town ("Raju" is also a Syrian village).
  ["A fuel truck burned on Raju street in the city of Afrin.", "Raju"],
  // An acronym in mixed-case text is an agency or a group, not the small town it spells.
  ["Soldiers of the national army (FAMA) patrolled the road to Douentza.", "FAMA"],
];
describe("English places: names that are not places", () => {
  for (const [sentence, word] of NOT_PLACES) {
    test(sentence, () => assert.ok(!mentionsOf("place", sentence).some((m) => m.text.includes(word))));
  }
  test("a sentence's capitalised first adjective is not part of the place after it", () => {
    const places = mentionsOf("place", "Suburban Nairobi residents blocked a road on Monday.");
    assert.deepEqual(
      places.map((p) => [p.text, p.value.country]),
      [["Nairobi", "Kenya"]],
    );
  });
  test("a country named by the word that is also its adjective is a place, unless a noun follows it", () => {
    assert.deepEqual(
      mentionsOf("place", "The army clashed with rebels near Laiza, Myanmar, on Sunday.").map((p) => p.value.country),
      ["Myanmar"],
    );
    // (The report is still in Myanmar, by the country of its actors: that mention names no place in the text.)
    const named = mentionsOf("place", "The Myanmar army shelled the hills.").filter(
      (p) => p.rule !== "place/country-of-actors",
    );
    assert.deepEqual(named.length, 0);
  });
  test("a place written in capitals stays one in a dateline, and as a country or a city", () => {
    const names = (text: string) => mentionsOf("place", text).map((p) => p.value.name);
    assert.ok(names("Herders clash over wells. DJIBO, Burkina Faso — Two herders were killed.").includes("Djibo"));
    assert.ok(names("Talks between the DPRK and its neighbours resumed on Monday.").includes("North Korea"));
    assert.ok(names("Traders marched in LAGOS on Monday.").includes("Lagos"));
  });
  test("a town's three-letter alias counts only when it spells the town's own name ('Tyr', Tyre)", () => {
    assert.deepEqual(
      mentionsOf("place", "Fishermen blocked the port road in Tyr on Friday.").map((p) => [p.text, p.value.name]),
      [["Tyr", "Tyre"]],
    );
  });
  test("a city after a preposition is where a speaker is, not a speaker ('police in Cotonou said')", () => {
    assert.deepEqual(
      mentionsOf("place", "Police in Cotonou said the march was banned.").map((p) => [p.text, p.value.admin1]),
      [["Cotonou", "Littoral"]],
    );
  });
  test("a city a preposition introduces is a place even where the text is mostly about another country", () => {
    const places = mentionsOf("place", "Lorry drivers from Turkey blocked the border road in Batumi.");
    assert.deepEqual(
      places.map((p) => p.value.country),
      ["Turkey", "Georgia"],
    );
  });
  test("a site the gazetteer gives no admin area takes it from the boundaries it lies in", () => {
    const [airport] = mentionsOf("place", "Rockets struck the Diffa airport overnight.");
    assert.equal(airport?.value.admin1, "Diffa");
  });
  test("a name in brackets behind a place is its area; behind a place the gazetteer lacks, it stands at its seat", () => {
    const [town, area] = mentionsOf("place", "Shopkeepers protested in Bahia Blanca (Buenos Aires) on Friday.");
    assert.deepEqual([town?.text, town?.value.admin1], ["Bahia Blanca", "Buenos Aires"]);
    assert.equal(area?.value.feature_code, "ADM1");
    const [seat] = mentionsOf("place", "Artillery shells fell on Hay Zanbaq (Tripoli), Libya.");
    assert.deepEqual([seat?.value.feature_code?.startsWith("PPL"), seat?.value.precision], [true, 2]);
  });
  test("a possessive is not part of the name", () => {
    const places = mentionsOf("place", "It shows the desperation of Burkina Faso's forces.");
    assert.deepEqual(
      places.map((p) => p.text),
      ["Burkina Faso"],
    );
  });
});

describe("English places: the areas a report puts a town in", () => {
  test("a name placed in an area of the same name is that area's town", () => {
    const [city] = mentionsOf("place", "Musicians protested in Durango, Durango, on Thursday.");
    assert.equal(city?.value.feature_code?.startsWith("PPL"), true, city?.value.feature_code ?? "none");
    assert.equal(city?.value.country, "Mexico");
  });
  test("a part of a city written after it with a dash is no namesake 250 km away", () => {
    const places = mentionsOf("place", "Students staged a protest in Dhaka - Rampura (Rampura) on Monday.");
    assert.deepEqual(
      places.map((p) => p.value.name),
      ["Dhaka"],
    );
  });
  test("a small town among a common name's many namesakes is found in the area named after it", () => {
    const [town] = mentionsOf("place", "Police raided a house in Barangay Capihan, San Rafael, Bulacan.");
    assert.deepEqual(
      [town?.text, town?.value.country, town?.value.admin1],
      ["San Rafael", "Philippines", "Central Luzon"],
    );
  });
  test("a town the gazetteer knows only in another country than its bracketed areas is not that town", () => {
    const places = mentionsOf("place", "Militants were seen in Karimama (Karimama, Alibori) on Monday.");
    assert.ok(places.length > 0);
    assert.ok(
      places.every((p) => p.value.country === "Benin"),
      JSON.stringify(places.map((p) => p.value.country)),
    );
  });
});

describe("English places: renamed admin areas", () => {
  test("Burkina Faso's 2025 region name resolves to the region ACLED still names Centre-Nord", () => {
    const [region] = mentionsOf("place", "Attacks rose in the Kuilsé region this year.");
    assert.equal(region?.value.admin1, "Centre-Nord");
    assert.equal(region?.value.country, "Burkina Faso");
  });
  test("admin areas are named as on the event's day: renamed after the change, split-off ones before it", () => {
    const gazetteer = defaultSources().gazetteer;
    assert.equal(gazetteer.adminNameOn("BF", "region", "Centre-Nord", "2025-09-08"), "Kuilsé");
    assert.equal(gazetteer.adminNameOn("BF", "region", "Centre-Nord", "2024-08-24"), "Centre-Nord");
    assert.equal(gazetteer.adminNameOn("BF", "province", "Sanmatenga", "2025-07-02"), "Sandbondtenga");
    assert.equal(gazetteer.adminNameOn("ID", "region", "Highland Papua", "2021-03-03"), "Papua");
    assert.equal(gazetteer.adminNameOn("ID", "region", "Highland Papua", "2023-01-10"), "Highland Papua");
    assert.equal(gazetteer.adminNameOn("ML", "region", "Mopti", "2025-09-08"), "Mopti");
    // Burkina Faso's 2025 reform also moved four provinces into new regions named after them or their capital.
    assert.equal(gazetteer.adminNameOn("BF", "region", "Sahel", "2025-09-08", "Soum"), "Soum");
    assert.equal(gazetteer.adminNameOn("BF", "region", "Sahel", "2025-09-08", "Oudalan"), "Liptako");
    assert.equal(gazetteer.adminNameOn("BF", "region", "Est", "2025-09-08", "Gnagna"), "Sirba");
    assert.equal(gazetteer.adminNameOn("BF", "region", "Sahel", "2024-09-08", "Soum"), "Sahel");
    assert.equal(gazetteer.adminNameOn("BF", "province", "Soum", "2025-09-08"), "Djelgodji");
  });
  test("admin-1 areas carry ACLED's spelling, ASCII or its own, and answer to GeoNames' too", () => {
    for (const [sentence, admin1] of [
      ["Shelling hit Saraqib on Monday.", "Idleb"],
      ["Troops patrolled the streets in Natitingou on Monday.", "Atacora"],
      ["Police raided a house in Suruc on Monday.", "Sanliurfa"],
      ["Separatists attacked Bamenda on Monday.", "Nord-Ouest"],
      ["Fighting spread to Nyala on Monday.", "South Darfur"],
      ["Drones struck Idlib province on Monday.", "Idleb"],
      ["Houthi forces shelled Sirwah, Yemen, on Monday.", "Marib"],
      ["Farmers marched in Kutahya on Monday.", "Kutahya"],
      ["Police detained two lawyers in Diyarbakir on Monday.", "Diyarbakir"],
      ["Artillery fire hit Horadiz, Azerbaijan, on Monday.", "Fizuli"],
      ["Shopkeepers closed their shops in Gomel on Monday.", "Gomel"],
      // (Rows of data/admin-names read when the gazetteer opens, so they apply before its next build.)
      ["Teachers marched in Kut on Monday.", "Wassit"],
      ["Traders shut the market in Samarra on Monday.", "Sala al-Din"],
      ["Taliban fighters attacked a post near Tarin Kot on Monday.", "Urozgan"],
      ["Doctors marched in Abuja on Monday.", "Federal Capital Territory"],
    ] as const) {
      const place = mentionsOf("place", sentence)[0];
      assert.equal(place?.value.admin1, admin1, sentence);
    }
  });
  test("a village of a common name is the one in the heartland of the group the report names", () => {
    for (const [sentence, country] of [
      ["Boko Haram fighters killed two traders in Uba on Monday.", "Nigeria"],
      ["Boko Haram fighters killed two traders in Rann on Monday.", "Nigeria"],
      // (No group with a heartland: the larger namesake abroad, as before.)
      ["Unknown gunmen killed two traders in Uba on Monday.", "Brazil"],
    ] as const) {
      const [place] = mentionsOf("place", sentence);
      assert.equal(place?.value.country, country, sentence);
    }
  });
  test("a monitoring mission's report is about the areas it watches", () => {
    const [village] = mentionsOf("place", "The OSCE SMM heard 14 explosions near Serhiivka on Tuesday.");
    assert.equal(village?.value.country, "Ukraine");
    assert.ok(["Donetsk", "Luhansk"].includes(village?.value.admin1 ?? ""), village?.value.admin1 ?? "none");
    const [elsewhere] = mentionsOf("place", "Observers heard 14 explosions near Serhiivka on Tuesday.");
    assert.ok(!["Donetsk", "Luhansk"].includes(elsewhere?.value.admin1 ?? ""), "no mission, no front line");
  });
  test("of a mission's many villages of one name, the one on the line it watches", () => {
    const { line } = EN_PLACE_MONITORED_AREA_UKRAINE;
    const [village] = mentionsOf("place", "The SMM counted 9 explosions near Katerynivka on Friday.");
    const { latitude, longitude } = village?.value ?? {};
    assert.ok(latitude != null && longitude != null, "placed");
    assert.ok(distanceToLineKm(latitude, longitude, line) < 10, `${latitude}, ${longitude}`);
    // (Without the mission, the most populous Katerynivka of the two areas, behind Luhansk, far from the line.)
    const [town] = mentionsOf("place", "Farmers met in Katerynivka, Luhansk, on Friday.");
    assert.ok(distanceToLineKm(town?.value.latitude ?? 0, town?.value.longitude ?? 0, line) > 15);
  });
  test("the parties of the Donbas front put a report on that line; Nigeria's NAF does not", () => {
    const { line } = EN_PLACE_DONBAS_FRONT_PARTIES;
    const [village] = mentionsOf("place", "The NAF rebel forces fired mortars at positions near Katerynivka.");
    assert.equal(village?.value.country, "Ukraine");
    assert.ok(distanceToLineKm(village?.value.latitude ?? 0, village?.value.longitude ?? 0, line) < 10);
    const [town] = mentionsOf("place", "NAF jets struck a camp near Bama, Borno State, on Monday.");
    assert.equal(town?.value.country, "Nigeria");
  });
  test("Jerusalem in a report on Palestinians is East Jerusalem, in Palestine", () => {
    const [city] = mentionsOf("place", "Israeli troops detained four Palestinian youths in Jerusalem on Friday.");
    assert.equal(city?.value.country, "Palestine");
    assert.equal(city?.value.admin1, "West Bank");
    const [other] = mentionsOf("place", "Israeli police detained four tourists in Jerusalem on Friday.");
    assert.equal(other?.value.country, "Israel");
  });
  test("countries carry ACLED's name", () => {
    const [town] = mentionsOf("place", "Settlers burned olive trees near Nablus on Monday.");
    assert.equal(town?.value.country, "Palestine");
  });
  test("the Bangsamoro region is named as it was on the event's day", () => {
    const gazetteer = defaultSources().gazetteer;
    const armm = "Autonomous Region in Muslim Mindanao";
    assert.equal(gazetteer.adminNameOn("PH", "region", armm, "2018-05-01"), armm);
    assert.equal(gazetteer.adminNameOn("PH", "region", armm, "2020-05-01"), `Bangsamoro ${armm}`);
  });
  test("a Kenyan county is named without 'County', as ACLED does", () => {
    const [town] = mentionsOf("place", "Police dispersed protesters in Nyeri town.");
    assert.equal(town?.value.admin1, "Nyeri");
  });
});

describe("English places: names as news writes them", () => {
  test("a country by its short or long news name beats a town of that name", () => {
    for (const sentence of [
      "Explosions hit a rally in eastern Congo on Thursday.",
      "Explosions hit a rally in the Democratic Republic of Congo on Thursday.",
    ]) {
      const [country] = mentionsOf("place", sentence);
      assert.equal(country?.value.country, "Democratic Republic of Congo", sentence);
      assert.equal(country?.value.precision, 3);
    }
  });
  test("a strongly cued name spelled another way is found under its gazetteer spelling", () => {
    const [town] = mentionsOf("place", "Rebels said they fought in the border town of Tinzahuaten in Mali.");
    assert.equal(town?.rule, "en/place/spelling-variant");
    assert.equal(town?.value.admin1, "Kidal");
  });
  test("a name repeated in a text about another country does not vouch for itself", () => {
    const countries = mentionsOf(
      "place",
      "A mine exploded near Tain Nyo bridge in Mrauk-U Township, Rakhine State. Soldiers then searched the Tain Nyo camp.",
    ).map((m) => m.value.country);
    assert.ok(countries.length > 0);
    assert.ok(
      countries.every((c) => c === "Myanmar"),
      countries.join(", "),
    );
  });
  test("an uncued unknown word is not looked up loosely", () => {
    assert.deepEqual(
      mentionsOf("place", "Tinzahuaten said the talks would resume.").map((m) => m.text),
      [],
    );
  });
  test("'Jammu and Kashmir' is one region, not the town of Jammu", () => {
    const [region] = mentionsOf("place", "Gunmen opened fire on tourists in Jammu and Kashmir on Tuesday.");
    assert.equal(region?.text, "Jammu and Kashmir");
    assert.equal(region?.value.precision, 3);
  });
});

describe("English places: countries and admin-1 areas at GeoNames' own points", () => {
  // (Where GeoNames-based geocoders put them: world-countries' centre of the United States is 235 km off, Canada's
  // 1,000 km; the middle of New York State's towns 230 km.)
  test("a country, and a state or province, is placed at GeoNames' point for it", () => {
    for (const [sentence, name, latitude, longitude] of [
      ["Officials in Japan condemned the attack.", "Japan", 35.68536, 139.75309],
      ["The United States condemned the attack.", "United States", 39.76, -98.5],
      ["The convoy left Canada on Monday.", "Canada", 60.10867, -113.64258],
      ["Flooding hit upstate New York on Monday.", "New York", 43.00035, -75.4999],
    ] as const) {
      const place = mentionsOf("place", sentence).find((p) => p.value.name === name);
      assert.deepEqual([place?.value.latitude, place?.value.longitude], [latitude, longitude], sentence);
    }
  });
});
