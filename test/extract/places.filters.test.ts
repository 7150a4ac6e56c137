import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { traced } from "../../src/base/trace.js";
import { mentionsOf } from "../helpers/mentions.js";

// Each named filter drops a name the gazetteer knows and records its rule; the name is then no place mention.
// [text, language, the name that is no place, the filter that dropped it]
const FILTERED: [string, string, string, string][] = [
  ["Governor Dori visited the wounded on Sunday.", "en", "Dori", "en/place/person-title"],
  ["Elders thanked Bouna, who had hidden the children.", "en", "Bouna", "en/place/person-verb"],
  ["A Kornet missile struck the tank.", "en", "Kornet", "en/place/weapon-name"],
  ["Traffic stopped on Lamu bridge after the blast.", "en", "Lamu", "en/place/landmark-name"],
  ["Ten soldiers died in the raid, according to N'Djamena.", "en", "N'Djamena", "en/place/according-to"],
  ["A stray bullet killed a boy in Barangay Capihan on Sunday.", "en", "Capihan", "en/place/neighbourhood"],
  ["Soldiers searched the market. Mopti's brother was arrested.", "en", "Mopti", "en/place/possessive-person"],
  ["The army's Djibo garrison was attacked.", "en", "Djibo", "en/place/source-possessive"],
  ["UK-based charities condemned the attack.", "en", "UK", "en/place/qualifies-noun"],
  ["Judges met at the Supreme Court of Justice on Monday.", "en", "Justice", "en/place/institution-name"],
  ["A man threw a Molotov cocktail at the police station.", "en", "Molotov", "en/place/other-name-before-noun"],
  ["Delegates met at the European Investment Bank on Monday.", "en", "Bank", "en/place/part-of-longer-name"],
  ["Le capitaine Kaya a pris la parole.", "fr", "Kaya", "fr/place/person-title"],
  ["Les soldats ont patrouillé. Kenema a déclaré que la nuit était calme.", "fr", "Kenema", "fr/place/person-verb"],
  ["Selon Mopti, la situation est calme.", "fr", "Mopti", "fr/place/according-to"],
];

describe("place filters", () => {
  for (const [text, language, name, rule] of FILTERED)
    test(text, () => {
      const { result: places, fired } = traced(() => mentionsOf("place", text, "2024-08-25", language));
      assert.ok(fired.has(rule), `${rule} did not fire`);
      assert.deepEqual(
        places.filter((p) => p.text.includes(name)).map((p) => p.text),
        [],
      );
    });
});

// The same words where the name is a place: the filter stays silent and the place is found.
// [text, language, place text, filter that must not fire]
const KEPT: [string, string, string, string][] = [
  ["Police in Kenema said the night was calm.", "en", "Kenema", "en/place/person-verb"],
  ["Soldiers searched markets in Mopti's old town.", "en", "Mopti", "en/place/possessive-person"],
  ["Refugees crossed into the US on Friday.", "en", "US", "en/place/qualifies-noun"],
  ["Depositors protested at the Bank of Ghana.", "en", "Ghana", "en/place/institution-name"],
];

describe("place filters keep places", () => {
  for (const [text, language, place, rule] of KEPT)
    test(text, () => {
      const { result: places, fired } = traced(() => mentionsOf("place", text, "2024-08-25", language));
      assert.ok(!fired.has(rule), `${rule} fired`);
      assert.ok(
        places.some((p) => p.text === place),
        `no place ${place}`,
      );
    });
});
