import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { codeEvents } from "../../src/code/index.js";
import { extractMentions } from "../../src/extract/index.js";
import { defaultSources } from "../../src/sources/index.js";
import { type RowAsserting, runTable } from "../helpers/coding.js";

/**
 * Where, in English reports: every row asserts the country, the first-level region and the location, some the
 * precision (1 the place itself, 2 near it, 3 the seat of the region named). Rows that guard against a place the
 * report names for another reason are in negatives.en.test.ts.
 */
const ROWS: RowAsserting<"country" | "admin1" | "location">[] = [
  {
    text: "An air strike flattened a house in a village in northern Lebanon on Monday, killing eleven people.",
    published: "2024-10-16",
    why: "a compass part of a country that has an admin-1 area of that name is that area (North governorate)",
    country: "Lebanon",
    admin1: "North",
    location: "Tripoli",
    geo_precision: 3,
  },
  {
    text: "Gunmen attacked a church in Essakane, in the north of Burkina Faso, on Sunday.",
    published: "2024-02-26",
    why: "a town named outside the area of that name makes the compass words loose geography (Essakane is in the Sahel region, not Nord)",
    country: "Burkina Faso",
    admin1: "Sahel",
    location: "Essakan",
  },
  {
    text: "Gunmen killed four herders in northern Mali on Monday.",
    published: "2024-02-26",
    why: "a country with no admin-1 area named for the compass stays the country",
    country: "Mali",
    admin1: "Bamako",
    location: "Bamako",
    geo_precision: 3,
  },
  {
    text: "Drones struck the town on Sunday, killing nine traders, residents in Mali said. The fighting near Tessit last year drove out most of its people.",
    published: "2024-08-26",
    why: "an event told only in its country but at 'the town' happened at the town its report names in its history",
    country: "Mali",
    admin1: "Gao",
    location: "Tessit",
  },
  {
    text: "Drones struck a market on Sunday, killing nine traders, residents in Mali said. The fighting near Tessit last year drove out most of its people.",
    published: "2024-08-26",
    why: "without 'the town', a town named only in the report's history is not the scene",
    country: "Mali",
    admin1: "Bamako",
    location: "Bamako",
    geo_precision: 3,
  },
  {
    text: "Gunmen killed four traders in Kenya on Sunday. The attack took place near Garsen, police said.",
    why: "the place a sentence gives as where the attack took place is the scene, not the country of the first",
    country: "Kenya",
    admin1: "Tana River",
    location: "Garsen",
  },
  {
    text: "Islamic State cells attacked a QSD post near Daman, in the countryside of Deir ez-Zor, on Sunday.",
    published: "2021-03-08",
    why: "a group that fights in one country vouches for it against a namesake abroad",
    country: "Syria",
    admin1: "Deir-ez-Zor",
    location: "Deir ez-Zor",
    geo_precision: 3,
    knownFailures: {
      geo_precision:
        "a village the gazetteer lacks falls back to its governorate's seat, which is not where the event was (today 1)",
    },
  },
  {
    text: "Gunmen ambushed a patrol near the village of Gariba, in Deir ez-Zor province, on Monday.",
    published: "2024-05-08",
    why: "a village read as a namesake in another country than the province its sentence names is not the scene",
    country: "Syria",
    admin1: "Deir-ez-Zor",
    location: "Deir ez-Zor",
    geo_precision: 3,
  },
  {
    text: "In Playa del Carmen, Quintana Roo, gunmen shot two men in Colonia El Pedregal on Monday.",
    why: "a neighbourhood read as a namesake elsewhere in the country does not beat the town and state named",
    country: "Mexico",
    admin1: "Quintana Roo",
    location: "Playa del Carmen",
  },
  {
    text: "On 2 March 2021, gunmen shot a trader in Toumour (Diffa, Diffa).",
    why: "the department and region in brackets after a village are not the scene",
    country: "Niger",
    admin1: "Diffa",
    location: "Toumour",
  },
  {
    text: "On 9 June 2020, in Belford Roxo, Rio de Janeiro, police clashed with drug traffickers.",
    why: "a town followed by its state is the scene, not the state's capital of the same name",
    country: "Brazil",
    admin1: "Rio de Janeiro",
    location: "Belford Roxo",
  },
  {
    text: "On 2 June 2021, soldiers of the Kenya Defence Forces fought Al Shabaab at Kiunga, Lamu County.",
    why: "a country named as an army's owner is not the scene where the report names a finer place",
    country: "Kenya",
    admin1: "Lamu",
    location: "Kiunga",
    knownFailures: { location: 'the report names the village (today "Lamu")' },
  },
  {
    text: "On 2 June 2021, the army of Benin arrested a deserter over a mutiny of peacekeepers in Mali.",
    why: "a country named alone is the scene: its capital, at precision 3",
    country: "Benin",
    admin1: "Littoral",
    location: "Cotonou",
    geo_precision: 3,
  },
  {
    text: "On 9 March 2021, a roadside bomb wounded two soldiers in Dogankoy village of Pervari, Siirt.",
    why: "a village named as part of its district is the scene",
    country: "Turkey",
    admin1: "Siirt",
    location: "Doğanköy",
  },
  {
    text: "On 3 April 2021, gunmen shot a farmer in the village of Hajin in the eastern countryside of Deir ez-Zor.",
    why: "a village named as part of a governorate's countryside is the scene",
    country: "Syria",
    admin1: "Deir-ez-Zor",
    location: "Hajīn",
  },
  {
    text: "On 4 May 2021, the army shelled rebel posts somewhere in Kachin State.",
    why: "an event placed only in a region is located at its seat, at precision 3, as ACLED does",
    country: "Myanmar",
    admin1: "Kachin",
    location: "Myitkyina",
    geo_precision: 3,
    spans: { location: ["Kachin State"] },
  },
  {
    text: "On 4 May 2021, teachers in Benin went on strike over unpaid wages.",
    why: "an event placed only in a country is located at its capital, at precision 3",
    country: "Benin",
    admin1: "Littoral",
    location: "Cotonou",
    geo_precision: 3,
  },
  {
    text: "On 2 June 2020, Turkey and Russia conducted a joint patrol on a highway in Idlib province.",
    why: "countries acting as states are no scene where a finer place is named",
    country: "Syria",
    admin1: "Idleb",
    location: "Idlib",
    geo_precision: 3,
  },
  {
    text: "Bandits shot dead two farmers in Kitui County on Sunday, a week after a similar attack in the same area. Both were ambushed on their farms.",
    published: "2021-05-16",
    why: "a sentence that also tells background still places the event when no other sentence does",
    country: "Kenya",
    admin1: "Kitui",
    location: "Kitui",
    geo_precision: 3,
  },
  {
    text: "On 3 November 2023, students rallied in Dhaka condemning the bombardment of Gaza by Israel.",
    why: "the country a protest is about is not where it was",
    country: "Bangladesh",
    admin1: "Dhaka",
    location: "Dhaka",
  },
  {
    text: "On 4 March 2021, gunmen from Somalia shot two KDF soldiers on patrol.",
    why: "the country attackers came from is not the scene: their victims' army names it",
    country: "Kenya",
    admin1: "Nairobi",
    location: "Nairobi",
    geo_precision: 3,
  },
  {
    text: "On 6 May 2021, farmers protested in Amritsar (Punjab) over crop prices.",
    why: "an area in brackets behind a town is the reading that holds the town",
    country: "India",
    admin1: "Punjab",
    location: "Amritsar",
  },
  {
    text: "On 4 May 2020, in Tonala, Jalisco, gunmen shot a shopkeeper in Colonia La Jauja.",
    why: "a neighbourhood after 'Colonia' is no place of its own: its city is the scene",
    country: "Mexico",
    admin1: "Jalisco",
    location: "Tonalá",
  },
  {
    text: "On 9 January 2008, protests called by ODM leaders turned violent as police intervened.",
    why: "a party names its country",
    country: "Kenya",
    admin1: "Nairobi",
    location: "Nairobi",
    geo_precision: 3,
  },
  {
    text: "KDF soldiers beat up two traders at a roadblock.",
    published: null,
    why: "a report with no place is in the country of an army named by its acronym",
    actor2: "Civilians (Kenya)",
    country: "Kenya",
    admin1: "Nairobi",
    location: "Nairobi",
    geo_precision: 3,
  },
  {
    text: "NPA rebels ambushed an army patrol, killing two soldiers.",
    published: null,
    why: "a report with no place is in the country of a group active in one",
    country: "Philippines",
    admin1: "National Capital Region",
    location: "Manila",
    geo_precision: 3,
  },
  {
    text: "On 29 April 2020, protesters angry at the high US dollar exchange rate blocked roads with burning tyres in Tripoli, Lebanon.",
    published: "2020-04-30",
    why: "a country abbreviation that qualifies a noun ('the US dollar') is not where the event is",
    country: "Lebanon",
    admin1: "North",
    location: "Tripoli",
  },
];

describe("English places: where the event was", () => runTable(ROWS));

describe("English places: admin areas as the gazetteer's history names them", () => {
  test("a town of a province since split from the one the report names lies in it, and is the scene", () => {
    const sources = defaultSources();
    const text = "On 5 June 2019, teachers marched in Nabire district, Papua province, over unpaid wages.";
    const [event] = codeEvents(
      extractMentions({ text, published_at: null, language: "en" }, sources),
      sources.gazetteer,
    );
    assert.deepEqual([event?.admin1, event?.location, event?.geo_precision], ["Papua", "Nabire", 2]);
  });
});
