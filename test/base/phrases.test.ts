import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { PhraseIndex } from "../../src/base/phrases.js";

const found = (index: PhraseIndex, text: string) => index.find(text).map((m) => [m.start, m.end, m.text]);

describe("PhraseIndex", () => {
  const names = new PhraseIndex(
    ["Boko Haram", "Islamic State", "Islamic State West Africa Province", "people's army"],
    true,
  );
  const acronyms = new PhraseIndex(["JNIM", "FAMa", "U.N."], false);

  test("finds each phrase in any case, the longest where two begin at one word", () => {
    assert.deepEqual(found(names, "ISLAMIC STATE West Africa Province fighters met boko haram."), [
      [0, 34, "ISLAMIC STATE West Africa Province"],
      [48, 58, "boko haram"],
    ]);
  });

  test("takes any run of white space and either apostrophe as the phrase's", () => {
    assert.deepEqual(found(names, "Boko\n  Haram and the People’s Army"), [
      [0, 12, "Boko\n  Haram"],
      [21, 34, "People’s Army"],
    ]);
  });

  test("never inside a word, at either end, accented letters and digits included", () => {
    assert.deepEqual(found(names, "AntiBoko Haram, Boko Haramé, Boko Haram2, éBoko Haram"), []);
    assert.deepEqual(found(acronyms, "JNIMs and 2JNIM, but JNIM."), [[21, 25, "JNIM"]]);
  });

  test("matches case-sensitive phrases only as written, and phrases ending in punctuation", () => {
    assert.deepEqual(found(acronyms, "Fama, FAMA and FAMa; the U.N. said"), [
      [15, 19, "FAMa"],
      [25, 29, "U.N."],
    ]);
  });

  test("normalizes a phrase as it compares: lower case, one space, the straight apostrophe", () => {
    assert.equal(names.normalize("People’s   ARMY"), "people's army");
    assert.equal(acronyms.normalize("FAMa"), "FAMa");
  });

  test("refuses a phrase that begins with neither a letter nor a digit", () => {
    assert.throws(() => new PhraseIndex(["(Maoist)"], true), /must begin with a letter or a digit/);
  });
});
