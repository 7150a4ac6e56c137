import { describe } from "node:test";
import { type RowAsserting, runTable } from "../helpers/coding.js";

/**
 * The toll of English reports: every row asserts the fatalities and their lowest and highest reading (`null`: not
 * told). Tolls the report gives for something else (a yearly count, a claim) are in negatives.en.test.ts.
 */
const ROWS: RowAsserting<"fatalities" | "fatalities_low" | "fatalities_high">[] = [
  {
    text: "Gunmen killed at least 20 villagers in Seytenga, Burkina Faso, on Sunday.\nSeventeen died on the spot. Three others died of their wounds in hospital.",
    why: "figures that add up to the toll are its parts, not a lower count",
    fatalities: 20,
    fatalities_low: 20,
    fatalities_high: null,
  },
  {
    text: "Eleven farmers were killed on Monday by a roadside bomb near Manbij, Syria.\nThe blast killed nine women and two men, rescuers said.",
    why: "a list of victims adds up ('nine women and two men')",
    fatalities: 11,
    fatalities_low: 11,
    fatalities_high: 11,
  },
  {
    text: "On 2 May 2020, militants ambushed an army convoy near Damasak, Nigeria, and killed several soldiers. Several fatalities coded as 3.",
    why: "a toll the report says it coded stands over vague words and other figures",
    fatalities: 3,
    fatalities_low: 3,
    fatalities_high: 3,
    spans: { fatalities: ["several", "Several", "fatalities coded as 3"] },
  },
  {
    text: "On 25 March 2021, rangers exchanged fire with militants near Seri, Benin. One militant was wounded and arrested. Some reports state that three militants were killed.",
    why: "a toll only ever told as unverified confirms no death (ACLED codes the most conservative report); it is the highest reading",
    fatalities: 0,
    fatalities_low: 0,
    fatalities_high: 3,
  },
  {
    text: "On 5 May 2020, rebels attacked an army post near Yei, South Sudan. The rebels claimed to have killed four soldiers.",
    why: "a party's claim alone stands, as ACLED codes it",
    fatalities: 4,
    fatalities_low: 4,
    fatalities_high: 4,
  },
  {
    text: "On 4 May 2021, soldiers and JNIM militants exchanged fire near Boni, Mali. No casualties were reported.",
    why: "'no casualties reported' is a toll of 0, not an unknown one",
    fatalities: 0,
    fatalities_low: null,
    fatalities_high: null,
    spans: { fatalities: null },
  },
  {
    text: "Shelling killed at least 35 people in Omdurman, Sudan, on Saturday. One hospital received 40 injuries and 30 deaths, while another received 10 injuries and five deaths.",
    why: "figures a hospital gives per ward are parts of the toll, not a lower count",
    fatalities: 35,
    fatalities_low: 35,
    fatalities_high: null,
  },
  {
    text: "Ten people, including eight Al Shabaab fighters, were killed in fighting near Jowhar, Somalia, on Sunday.",
    why: "'ten people, including eight fighters, were killed' counts ten",
    fatalities: 10,
    fatalities_low: 10,
    fatalities_high: 10,
  },
  {
    text: "Gunmen killed between 10 and 15 villagers near Gusau, Nigeria, on Friday.",
    why: "a range counts its lower end, as ACLED does, and keeps the upper one",
    fatalities: 10,
    fatalities_low: 10,
    fatalities_high: 15,
    spans: { fatalities: ["between 10 and 15"] },
  },
  {
    text: "Clashes between soldiers and militants near Djibo, Burkina Faso, on Friday left 14 militants and three soldiers dead.",
    why: "the dead of both sides add up",
    fatalities: 17,
    fatalities_low: 17,
    fatalities_high: 17,
    spans: { fatalities: ["14", "three"] },
  },
  {
    text: "A soldier was killed and two others were wounded in an ambush near Kidal, Mali, on Friday.",
    why: "the wounded are no fatalities",
    fatalities: 1,
    fatalities_low: 1,
    fatalities_high: 1,
    tags: ["wounded: 2"],
  },
  {
    text: "Gunmen wounded four passengers on a bus near Kaduna, Nigeria, on Friday.",
    why: "an attack that kills no one has a toll of 0",
    fatalities: 0,
    fatalities_low: null,
    fatalities_high: null,
    spans: { fatalities: null },
  },
  {
    text: "Militants killed a teacher and his two sons in Mopti, Mali, on Friday.",
    why: "a victim and those named with him are all counted",
    fatalities: 3,
    fatalities_low: 3,
    fatalities_high: 3,
    knownFailures: {
      fatalities: "'his two sons' are killed too (today 1)",
      fatalities_low: "'his two sons' are killed too (today 1)",
      fatalities_high: "'his two sons' are killed too (today 1)",
    },
  },
];

describe("English fatalities: the toll", () => runTable(ROWS));
