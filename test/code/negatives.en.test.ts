import { describe } from "node:test";
import { type Row, runTable } from "../helpers/coding.js";

/**
 * What English reports must NOT yield: no event at all for what is no political violence or demonstration, and no
 * figure, actor, place or date taken from the background (a yearly toll, a claim, a dateline, a caption, a group
 * merely active in the area). Each row that yields an event says what it must not take (`not`) and what it takes
 * instead.
 */

/** A report that yields no event, or an event with the value it must not take. */
type NegativeRow = Row & ({ events: 0 } | { not: NonNullable<Row["not"]> });

const ROWS: NegativeRow[] = [
  {
    text: "A tsunami killed 80 people and injured 300 more along the coast on Saturday.",
    why: "people killed and injured by a tsunami are no crowd doing violence",
    events: 0,
  },
  {
    text: "A bus plunged off a bridge into a frozen river on Sunday, killing 19 people.",
    why: "a bus that plunged off a bridge is an accident",
    events: 0,
  },
  {
    text: "Seven workers were hurt when a furnace exploded at a steel plant on Thursday.",
    why: "a furnace that exploded is an accident",
    events: 0,
  },
  {
    text: "Moscow expelled three diplomats for joining unauthorised protests last week.",
    why: "expelling diplomats over protests is diplomacy, not a protest event",
    events: 0,
  },
  {
    text: "The new sanctions list two generals and a militia commander said to be responsible for the shelling of Kadugli last year.",
    why: "violence named only as what sanctions are over is no report of it",
    events: 0,
  },
  {
    text: "Quito expelled the envoy of a neighbouring state on Friday following the bombing of its consulate.",
    why: "an expulsion over an attack is diplomacy",
    events: 0,
  },
  {
    text: "Survivors laid flowers in Garissa on Tuesday to mark the fifth anniversary of the massacre in which 147 students were killed.",
    why: "an anniversary remembers a past attack; it reports none",
    events: 0,
  },
  {
    text: "Floods killed 12 people in Niamey, Niger, on Monday.",
    why: "floods are not an ACLED event",
    events: 0,
  },
  {
    text: "A storage tank exploded at a gas plant near Port Harcourt, Nigeria, on Thursday, injuring four workers.",
    why: "an industrial explosion is not an ACLED event",
    events: 0,
  },
  {
    text: "The foreign minister visited Bamako on Monday for talks with the junta.",
    why: "a diplomatic visit is not an ACLED event",
    events: 0,
  },
  {
    text: "On 2 May 2020, the Red Cross distributed food packages to families in Kaya.",
    why: "a handout by anyone but an armed group is no event",
    events: 0,
  },
  {
    text: "Lightning killed three herders and 40 cattle near Dori, Burkina Faso, on Friday.",
    why: "a death by lightning is no event",
    events: 0,
  },
  {
    text: "A cholera outbreak has killed 30 people in Maiduguri, Nigeria, since January.",
    why: "an epidemic's toll is no event",
    events: 0,
  },
  {
    text: "Two people died when a truck collided with a bus near Kaolack, Senegal, on Saturday.",
    why: "a road accident is no event",
    events: 0,
  },
  {
    text: "The UN envoy met opposition leaders in Bamako, Mali, on Tuesday to discuss the elections.",
    why: "a meeting about elections is no event",
    events: 0,
  },
  {
    text: "A fire destroyed about 200 shops at the central market in Kano, Nigeria, on Monday.",
    why: "a fire no one is said to have set is no property destruction",
    events: 0,
    knownFailures: {
      events: "'destroyed about 200 shops' is read as property destruction by an unidentified armed group",
    },
  },
  {
    text: "Gunmen ambushed a convoy near Djibo, Burkina Faso, on Tuesday, killing 12 soldiers.\nNo group has claimed the attack, but JNIM fighters are active in the area.",
    why: "an unclaimed attack by gunmen is not blamed on a group merely active in the area",
    actor1: "Unidentified Armed Group (Burkina Faso)",
    actor2: "Military Forces of Burkina Faso",
    not: { actor1: "JNIM: Group for Support of Islam and Muslims" },
  },
  {
    text: "OUAGADOUGOU, Burkina Faso (AP) — Gunmen killed 15 worshippers in the village of Seytenga on Sunday, church officials said.",
    why: "the dateline's city is where the story was filed, not where the event happened",
    country: "Burkina Faso",
    admin1: "Sahel",
    location: "Sitenga",
    spans: { location: ["Seytenga"] },
    not: { location: "Ouagadougou" },
  },
  {
    text: "Gunmen killed five villagers in Seytenga, Burkina Faso, on Sunday.\nIn 2023, attacks across the Sahel killed more than 7,000 people, according to a monitoring group.",
    why: "a yearly toll in the same report never becomes the event's fatalities",
    fatalities: 5,
    fatalities_low: 5,
    fatalities_high: 5,
    not: { fatalities: 7000 },
  },
  {
    text: "On Monday, a car bomb killed at least 15 people in Manbij, Syria, the seventh such attack in just over a month.",
    published: "2025-02-03",
    why: "'in just over a month' is not a yearly rate: the event's sentence still counts",
    event_date: "2025-02-03",
    fatalities: 15,
    fatalities_low: 15,
    fatalities_high: null,
    not: { fatalities: null },
  },
  {
    text: "On 3 May 2021, four soldiers were killed in an ambush near Kiunga, Kenya. Al Shabaab claimed that it had killed 25 soldiers.",
    why: "a plain toll wins over a party's claim",
    fatalities: 4,
    fatalities_low: 4,
    fatalities_high: 4,
    not: { fatalities: 25 },
  },
  {
    text: "On 3 May 2021, students marched in Eldoret, Kenya, against the release of two men who had killed a rider.",
    why: "the deaths a protest is about are not its toll",
    sub_event_type: "Peaceful protest",
    fatalities: 0,
    fatalities_low: null,
    fatalities_high: null,
    not: { fatalities: 1 },
  },
  {
    text: "In the deadliest strike since the 2019 Pulwama attack, gunmen killed 26 tourists near Pahalgam, India, on Tuesday.",
    published: "2025-04-23",
    why: "a town named for a past attack is not the scene",
    country: "India",
    admin1: "Jammu and Kashmir",
    location: "Pahlgām",
    event_date: "2025-04-22",
    not: { location: "Pulwama" },
  },
  {
    text: "Vigilantes killed 16 hunters travelling to Kano at Uromi, in Edo state, Nigeria, on Thursday.",
    published: "2025-03-29",
    why: "where the victims were travelling to is not the scene",
    country: "Nigeria",
    admin1: "Edo",
    location: "Uromi",
    not: { location: "Kano" },
  },
  {
    text: "The Bamako government said on Tuesday that jihadists had killed nine soldiers near Douentza.",
    published: "2024-05-14",
    why: "a capital named for the government that speaks is not the scene",
    country: "Mali",
    location: "Douentza",
    not: { location: "Bamako" },
  },
  {
    text: "Members of the Garissa Teachers Union staged a sit-in outside the county offices in Wajir on Monday.",
    published: "2024-02-13",
    why: "a town that begins an organisation's name is where the organisation is, not the scene",
    country: "Kenya",
    location: "Wajir",
    not: { location: "Garissa" },
  },
  {
    text: "Police in Maiduguri said on Sunday that insurgents had burned houses in Gubio, killing three.",
    published: "2024-06-02",
    why: "where the police who speak are is not the scene",
    country: "Nigeria",
    location: "Gubio",
    not: { location: "Maiduguri" },
  },
  {
    text: "Missiles hit a military academy in Poltava, Ukraine.\n\nThe president speaks in Kyiv, Ukraine, Monday Sept. 2, 2024.\n(AP Photo/Staff)\n\nThe missiles struck the academy in Poltava on Tuesday, officials said.",
    published: "2024-09-03",
    why: "a photo caption's date and place are not the event's",
    country: "Ukraine",
    admin1: "Poltava",
    location: "Poltava",
    event_date: "2024-09-03",
    not: { event_date: "2024-09-02", location: "Kyiv" },
  },
  {
    text: "Gunmen killed 12 villagers in Arbinda, Burkina Faso, on Sunday. In another attack on 2 March, militants killed 30 people in Djibo.",
    why: "a separate attack told as history is no event of this report",
    country: "Burkina Faso",
    admin1: "Sahel",
    location: "Aribinda",
    event_date: "2024-08-25",
    fatalities: 12,
    fatalities_low: 12,
    fatalities_high: 12,
    not: { location: "Djibo" },
  },
];

describe("English negatives: no event, and nothing from the background", () => runTable(ROWS));
