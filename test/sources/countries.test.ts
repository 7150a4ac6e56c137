import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { iso3OfCountryName } from "../../src/sources/countries.js";

describe("a country named in a report's words", () => {
  test("in any language world-countries knows, accents and case aside", () => {
    assert.equal(iso3OfCountryName("Tchad"), "TCD");
    assert.equal(iso3OfCountryName("haiti"), "HTI");
    assert.equal(iso3OfCountryName("Soudan"), "SDN");
    assert.equal(iso3OfCountryName("تشاد"), "TCD");
  });

  test("a country's own English name wins over another's translation of it", () => {
    assert.equal(iso3OfCountryName("Sudan"), "SDN");
    assert.equal(iso3OfCountryName("South Sudan"), "SSD");
    assert.equal(iso3OfCountryName("Niger"), "NER");
  });

  test("towns, regions and bare codes are no country", () => {
    assert.equal(iso3OfCountryName("Kidal"), null);
    assert.equal(iso3OfCountryName("North Darfur"), null);
    assert.equal(iso3OfCountryName("ML"), null);
  });
});
