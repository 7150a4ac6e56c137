import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { haversineKm } from "../../src/base/geo.js";
import { mentionsOf } from "../helpers/mentions.js";

const places = (text: string) => mentionsOf("place", text, "2024-08-26", "fr");

describe("French places", () => {
  test("« à » cues a place, even one spelled another way than the gazetteer's", () => {
    const [town] = places("Des frappes de drones ont tué six civils à Tinzaouatène, une localité du nord du Mali.");
    assert.equal(town?.text, "Tinzaouatène");
    assert.equal(town?.value.country, "Mali");
    assert.equal(town?.value.admin1, "Kidal");
  });
  test("« la commune de » gives the kind of place", () => {
    const [town] = places("Les assaillants ont frappé la commune de Solenzo, dans l'ouest du Burkina Faso.");
    assert.equal(town?.value.name, "Solenzo");
    assert.equal(town?.rule, "fr/place/name-with-kind");
  });
  test("« à 40 km au nord de Kaya » is a point near Barsalogho", () => {
    const relative = places("L'attaque a eu lieu à 40 km au nord de Kaya, au Burkina Faso.").find(
      (p) => p.rule === "fr/place/distance-bearing-from-town",
    );
    assert.ok(relative, "no relative place");
    const { latitude, longitude } = relative.value;
    assert.ok(haversineKm(latitude as number, longitude as number, 13.41389, -1.05583) < 10);
  });
  test("« près de Djibo » widens the precision", () => {
    const [town] = places("Des soldats ont été tués près de Djibo, au Burkina Faso.");
    assert.equal(town?.value.name, "Djibo");
    assert.equal(town?.value.precision, 2);
  });
  test("a French demonym weighs its country: « malienne »", () => {
    const [town] = places("Les victimes ont été tuées à Kidal, une ville malienne.");
    assert.equal(town?.value.country, "Mali");
  });
  test("« les autorités de Bamako », « des responsables à Maradi ont indiqué » name where they are, not the scene", () => {
    const institutions = (text: string) => places(text).map((p) => [p.text, p.value.institution === true]);
    assert.deepEqual(
      institutions("Selon les autorités de Bamako, des jihadistes ont tué neuf soldats près de Douentza."),
      [
        ["Bamako", true],
        ["Douentza", false],
      ],
    );
    assert.deepEqual(institutions("Des responsables à Maradi ont indiqué que des bandits ont enlevé six personnes."), [
      ["Maradi", true],
    ]);
    assert.deepEqual(institutions("Des bandits ont enlevé six personnes à Maradi, ont indiqué des responsables."), [
      ["Maradi", false],
    ]);
  });
});
