import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { rawReport } from "../../src/ingest/raw-report.js";
import { processReport } from "../../src/pipeline/index.js";

const eventOf = (text: string) =>
  processReport(rawReport({ source: "test", form: "text", text, encoding: "UTF-8", published_at: "2024-08-26" }))
    .events[0];

describe("a village no gazetteer layer knows is placed at its area, and says so", () => {
  const text = "Armed men burned the village of Kwaadubaly in Cameroon's Far North region on Sunday, killing two.";

  test(text, () => {
    const event = eventOf(text);
    assert.equal(event?.location, "Maroua");
    assert.equal(event?.admin1, "Extreme-Nord");
    assert.equal(event?.geo_precision, 3);
    const [village, area] = event?.evidence.location ?? [];
    assert.deepEqual(
      { start: village?.start, end: village?.end, text: village?.text, rule: village?.rule },
      { start: 32, end: 42, text: "Kwaadubaly", rule: "place/unknown-village" },
    );
    assert.equal(area?.text, "Far North region");
    assert.match(event?.notes ?? "", / in Kwaadubaly \(coded as Maroua at geoprecision 3\) \(Extreme-Nord\)\./);
  });

  const known = "Armed men burned the village of Kolofata in Cameroon's Far North region on Sunday, killing two.";
  test(known, () => {
    const event = eventOf(known);
    assert.equal(event?.location, "Kolofata");
    assert.equal(event?.geo_precision, 1);
    assert.doesNotMatch(event?.notes ?? "", /coded as/);
  });
});

describe("a village no layer knows, written before the town it is near, in or measured from, is named at that town", () => {
  const cases = [
    ["Suspected jihadists shot dead two traders in Tiguelguemet near Dori, Burkina Faso, on Friday.", 2],
    ["Unidentified gunmen abducted a village chief in Tiguelguemet (Dori, Seno) on Friday.", 2],
    ["Soldiers repelled an attack on the village of Tiguelguemet, 25 km from Dori, Burkina Faso, on Friday.", 2],
  ] as const;
  for (const [text, precision] of cases)
    test(text, () => {
      const event = eventOf(text);
      assert.equal(event?.location, "Dori");
      assert.equal(event?.geo_precision, precision);
      const village = event?.evidence.location?.find((e) => e.rule === "place/unknown-village");
      assert.equal(village?.text, "Tiguelguemet");
      assert.equal(text.slice(village?.start, village?.end), "Tiguelguemet");
      assert.match(event?.notes ?? "", / in Tiguelguemet \(coded as Dori at geoprecision 2\)/);
    });

  // A point measured with a bearing is located on its own, and two places joined by "and" are two places.
  for (const text of [
    "Soldiers repelled an attack on the village of Tiguelguemet, 40 km north of Dori, Burkina Faso, on Friday.",
    "Fighting was reported in Tiguelguemet and Dori, Burkina Faso, on Friday.",
  ])
    test(text, () => assert.doesNotMatch(eventOf(text)?.notes ?? "", /coded as/));
});

describe("a village written as people write it is found in the document's country, less surely", () => {
  const exact = "Boko Haram fighters raided the village of Kolofata in Cameroon's Far North region, killing four.";
  const loose = "Boko Haram fighters raided the village of Colofata in Cameroon's Far North region, killing four.";
  const elsewhere = "Boko Haram fighters raided the village of Colofata in Chad's Lac region, killing four.";

  test(loose, () => {
    const [looseEvent, exactEvent] = [eventOf(loose), eventOf(exact)];
    assert.equal(looseEvent?.location, "Kolofata");
    const looseSpan = looseEvent?.evidence.location?.[0];
    assert.equal(looseSpan?.text, "Colofata");
    assert.equal(looseSpan?.rule, "place/transliteration-variant");
    assert.ok((looseSpan?.confidence ?? 1) < (exactEvent?.evidence.location?.[0]?.confidence ?? 0));
  });

  test(elsewhere, () => {
    assert.notEqual(eventOf(elsewhere)?.location, "Kolofata");
  });
});

describe("a name known only as a district of the report's country places the event in the district's region", () => {
  const cued = "Somali soldiers said a grenade was thrown at their post in Afmadow on Tuesday, wounding one.";
  const uncued = "Congolese troops clashed with militiamen who had looted Dimbelenge on Friday, killing three.";

  test(cued, () => {
    const event = eventOf(cued);
    assert.equal(event?.country, "Somalia");
    assert.equal(event?.admin1, "Lower Juba");
    assert.equal(event?.geo_precision, 3);
    const words = event?.evidence.location?.find((span) => span.text === "Afmadow");
    assert.equal(words?.rule, "place/region-of-district");
    assert.match(event?.notes ?? "", / in Afmadow \(coded as \S+ at geoprecision 3\)/);
  });

  test(uncued, () => {
    const event = eventOf(uncued);
    assert.equal(event?.admin1, "Kasai-Central");
    assert.equal(event?.geo_precision, 3);
  });

  test("a report that points to no country takes the world's only district of that name", () => {
    const event = eventOf("Armed men raided four houses in Marracuene at night, wounding two women.");
    assert.equal(event?.country, "Mozambique");
    assert.equal(event?.admin1, "Maputo");
    assert.equal(event?.geo_precision, 3);
  });

  test("a district no country of the report has is the world's only one of that name", () => {
    // (Afmadow is a district of Somalia only: Kenyan soldiers there are in Somalia.)
    const event = eventOf(
      "Kenyan soldiers said a grenade was thrown at their post in Afmadow on Tuesday, wounding one.",
    );
    assert.equal(event?.country, "Somalia");
  });
});
