import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mentionsOf } from "../helpers/mentions.js";

// [sentence, surface, canonical ACLED-style name, role]
const ACTORS: [string, string, string, "actor" | "source"][] = [
  [
    "Haque claimed that JNIM had uploaded graphic footage of the attack.",
    "JNIM",
    "JNIM: Group for Support of Islam and Muslims",
    "actor",
  ],
  [
    "Jama'at Nusrat al-Islam wal-Muslimin claimed the ambush near Djibo.",
    "Jama'at Nusrat al-Islam wal-Muslimin",
    "JNIM: Group for Support of Islam and Muslims",
    "actor",
  ],
  ["ISWAP fighters overran a base in Borno.", "ISWAP", "Islamic State (West Africa)", "actor"],
  [
    "Boko Haram attacked Barkaram island in Lake Chad.",
    "Boko Haram",
    // (Since the 2016 split, ACLED names a "Boko Haram" the report does not place in either faction so.)
    "Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad",
    "actor",
  ],
  [
    "Fighters of the Shekau faction attacked Barkaram island in Lake Chad.",
    "Shekau faction",
    "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad",
    "actor",
  ],
  [
    "FAMa soldiers and Wagner mercenaries clashed with rebels near Tinzaouaten in Mali.",
    "FAMa",
    "Military Forces of Mali",
    "actor",
  ],
  [
    "Gunmen killed five villagers in Seytenga, Burkina Faso.",
    "Gunmen",
    "Unidentified Armed Group (Burkina Faso)",
    "actor",
  ],
  ["Gunmen killed five villagers in Seytenga, Burkina Faso.", "villagers", "Civilians (Burkina Faso)", "actor"],
  ["Al Jazeera's Nicholas Haque, reporting from Dakar, said the army withdrew.", "Al Jazeera", "Al Jazeera", "source"],
  [
    "Al Jazeera's Nicholas Haque, reporting from Dakar, said the army withdrew.",
    "Nicholas Haque",
    "Nicholas Haque",
    "source",
  ],
  ["Kaya is home to the last troops defending the capital, according to analysts.", "analysts", "analysts", "source"],
  ["Residents said the fighters came on motorbikes.", "Residents", "Civilians", "source"],
  ["The army said it had retaken Tessit, Mali, on Sunday.", "army", "Military Forces of Mali", "actor"],
  ["Police told reporters they detained nine men in Zaria, Nigeria.", "Police", "Police Forces of Nigeria", "actor"],
  ["The army said it was ambushed near Tessit, Mali, on Sunday.", "army", "Military Forces of Mali", "source"],
  ["Police said they found two bodies in Zaria, Nigeria, on Monday.", "Police", "Police Forces of Nigeria", "source"],
  ["Dozo hunters burned a Fulani hamlet near Djenne, Mali.", "Dozo hunters", "Dozo Communal Militia (Mali)", "actor"],
];

describe("English actors: canonical name and role", () => {
  for (const [sentence, surface, canonical, role] of ACTORS) {
    test(`${surface} in: ${sentence}`, () => {
      const actor = mentionsOf("actor", sentence).find((m) => m.text === surface);
      assert.ok(actor, `no actor "${surface}"`);
      assert.equal(sentence.slice(actor.start, actor.end), surface);
      assert.ok(actor.value.canonical.startsWith(canonical), actor.value.canonical);
      assert.equal(actor.value.role, role);
    });
  }
  test("a convoy of traders is no military convoy", () => {
    const actors = mentionsOf("actor", "Gunmen ambushed a convoy of traders near Djibo, Burkina Faso.");
    assert.deepEqual(
      actors.map((a) => [a.text, a.value.inter]),
      [
        ["Gunmen", 3],
        ["traders", 7],
      ],
    );
  });
  test("an armed group's inter code is 2, civilians' 7, sources have none", () => {
    const actors = mentionsOf("actor", "JNIM fighters killed civilians, according to analysts.");
    assert.deepEqual(
      actors.map((a) => [a.text, a.value.inter]),
      [
        ["JNIM", 2],
        ["fighters", 3],
        ["civilians", 7],
        ["analysts", null],
      ],
    );
  });
});

describe("English attribution", () => {
  test("a figure 'according to the NRC' is attributed to the NRC", () => {
    const [toll] = mentionsOf("quantity", "According to the NRC, violence killed over 8,400 people last year.");
    assert.equal(toll?.attribution?.source, "NRC");
  });
  test("a group that claimed an attack is recorded as a claim", () => {
    const date = mentionsOf("date", "JNIM claimed the attack on Saturday.")[0];
    assert.equal(date?.attribution?.rule, "en/attribution/claim");
  });
});

test("a gang the lexicon does not know is named as ACLED names gangs, '<Name> Gang'", () => {
  const named = (text: string) =>
    mentionsOf("actor", text)
      .filter((a) => a.rule === "en/actor/named-gang")
      .map((a) => a.value.canonical);
  assert.deepEqual(named("On 3 May 2020, members of Los Tigres Gang shot two rivals in Celaya."), ["Los Tigres Gang"]);
  assert.deepEqual(named("Police said the Nueva Frontera cartel ran the route."), ["Nueva Frontera Gang"]);
  assert.deepEqual(named("Rival gangs clashed in the market."), []);
  assert.deepEqual(
    named("By Ana Ruiz Haitian Gang Frees Hundreds Of Inmates. Members of a Haitian gang coalition attacked."),
    [],
  );
});
