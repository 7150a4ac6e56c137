import assert from "node:assert/strict";
import { test } from "node:test";
import { guessLanguage } from "../../src/clean/language.js";

const ENGLISH =
  "Gunmen on motorbikes attacked a village in the north of the country on Sunday, killing at least twelve people and burning the market, residents said. The army said it had sent reinforcements to the area and that the attackers fled towards the border with Mali. A local official, who asked not to be named, told reporters that the victims were farmers who had returned to their fields after the rains.";
const FRENCH =
  "Des hommes armés ont attaqué dimanche un village du nord du pays, tuant au moins douze personnes et incendiant le marché, selon des habitants. L'armée a indiqué avoir envoyé des renforts dans la zone et que les assaillants se sont enfuis vers la frontière avec le Mali. Un responsable local a déclaré que les victimes étaient des cultivateurs qui étaient retournés aux champs.";
const SPANISH =
  "Hombres armados atacaron el domingo una aldea del norte del país y mataron al menos a doce personas, según los vecinos. El ejército dijo que envió refuerzos a la zona y que los atacantes huyeron hacia la frontera.";

test("a plainly English report is English, with full confidence", () => {
  assert.deepEqual(guessLanguage(ENGLISH), { language: "en", confidence: 1, reliable: true });
});

test("a plainly French report is French", () => {
  assert.deepEqual(guessLanguage(FRENCH), { language: "fr", confidence: 1, reliable: true });
});

test("other languages are still told by franc's trigrams", () => {
  assert.equal(guessLanguage(SPANISH).language, "es");
});

test("a short note is flagged unreliable", () => {
  const guess = guessLanguage("Clashes in the north.");
  assert.equal(guess.reliable, false);
});

test("a one-line note full of names is told by the words of conflict reporting", () => {
  for (const [note, language] of [
    ["On 3 March 2021, presumed JNIM killed a herder in Kompienga (Pama, Kompienga).", "en"],
    ["Police battle ethnic raiders", "en"],
    ["Le 3 mars, des hommes armés présumés ont tué deux villageois à Kantchari.", "fr"],
  ] as const) {
    const guess = guessLanguage(note);
    assert.equal(guess.language, language, note);
    assert.equal(guess.reliable, false);
  }
});
