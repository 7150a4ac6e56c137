import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mentionsOf } from "../helpers/mentions.js";

// [phrase, figure text, low, high, counts, scope]
const POSITIVE: [string, string, number | null, number | null, string, string][] = [
  ["Au moins 15 civils ont été tués dimanche dans une mosquée.", "Au moins 15", 15, null, "killed", "event"],
  ["L'attaque a fait une vingtaine de morts selon des sources locales.", "une vingtaine", 20, 20, "killed", "event"],
  ["Des hommes armés ont enlevé 20 passagers sur la route.", "20", 20, 20, "abducted", "event"],
  ["Douze soldats ont été blessés dans l'embuscade.", "Douze", 12, 12, "wounded", "event"],
  ["En 2023, 8 400 personnes ont été tuées dans le pays.", "8 400", 8400, 8400, "killed", "background"],
  ["Des corps ont été retrouvés dans un charnier près du village.", "charnier", null, null, "killed", "event"],
  // "et" joins the parts of a number as "and" does in English.
  ["Vingt et un soldats ont été tués dans l'embuscade.", "Vingt et un", 21, 21, "killed", "event"],
  // A superlative ranks the event against the past: "depuis 2019" makes no background of it.
  ["C'est l'attaque la plus meurtrière depuis 2019 : 40 soldats ont été tués.", "40", 40, 40, "killed", "event"],
  ["Cette année, 300 personnes ont été tuées dans la région.", "300", 300, 300, "killed", "background"],
];

describe("French quantities: figure, bounds, what it counts, scope", () => {
  for (const [sentence, text, low, high, counts, scope] of POSITIVE) {
    test(`${text} in: ${sentence}`, () => {
      const figure = mentionsOf("quantity", sentence, "2024-02-26", "fr").find((m) => m.text === text);
      assert.ok(figure, `no quantity "${text}"`);
      assert.equal(sentence.slice(figure.start, figure.end), text);
      assert.deepEqual(
        [figure.value.low, figure.value.high, figure.value.counts, figure.value.scope],
        [low, high, counts, scope],
      );
    });
  }
  test("a denied death is none: 'aucun charnier'", () => {
    const figures = mentionsOf(
      "quantity",
      "Les enquêteurs n'ont trouvé aucun charnier près du village.",
      "2024-02-26",
      "fr",
    );
    assert.deepEqual(
      figures.map((f) => f.text),
      [],
    );
  });
  test("a distance is not a count: 'à 60 km au sud de Fada N'Gourma'", () => {
    const figures = mentionsOf("quantity", "L'attaque a eu lieu à 60 km au sud de Fada N'Gourma.", "2024-02-26", "fr");
    assert.deepEqual(
      figures.map((f) => f.text),
      [],
    );
  });
});
