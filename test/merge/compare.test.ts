import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { compareSources, matchFieldsOf, placeScopeOf, reconcile, type SourceEvent } from "../../src/merge/index.js";
import type { VigilEvent } from "../../src/model/index.js";

const base: VigilEvent = {
  event_date: "2024-06-09",
  time_precision: 1,
  disorder_type: "Political violence",
  event_type: "Violence against civilians",
  sub_event_type: "Attack",
  actor1: "JNIM: Group for Support of Islam and Muslims",
  assoc_actor_1: null,
  inter1: "Rebel group",
  actor2: "Civilians (Burkina Faso)",
  assoc_actor_2: null,
  inter2: "Civilians",
  interaction: "Rebel group-Civilians",
  civilian_targeting: "Civilian targeting",
  country: "Burkina Faso",
  iso3: "BFA",
  admin1: "Sahel",
  admin2: "Soum",
  admin3: null,
  location: "Djibo",
  latitude: 14.1,
  longitude: -1.63,
  geo_precision: 1,
  fatalities: null,
  fatalities_low: null,
  fatalities_high: null,
  notes: null,
  tags: [],
  confidence: 0.8,
  evidence: {},
};

function source(id: string, change: Partial<VigilEvent> = {}): SourceEvent {
  const document = { id, input_id: null, url: null, title: null, published_at: null, source: "test" };
  return { id: `${id}#0`, document, event: { ...base, ...change } };
}

describe("comparing two reports' codings", () => {
  test("same day, same town, same type: one event, whichever side is asked first", () => {
    const a = source("doc_a");
    const b = source("doc_b", { actor1: "Unidentified Armed Group (Burkina Faso)", latitude: 14.15 });
    const ab = compareSources(a, b);
    assert.equal(ab.match, true);
    assert.deepEqual(compareSources(b, a), ab);
  });

  test("a day apart still matches; two days apart never does", () => {
    assert.equal(compareSources(source("a"), source("b", { event_date: "2024-06-10" })).match, true);
    const apart = compareSources(source("a"), source("b", { event_date: "2024-06-11" }));
    assert.equal(apart.match, false);
    assert.equal(apart.veto, "dates 2 days apart");
  });

  test("a month-precision date overlaps every day of its month", () => {
    const month = source("b", { event_date: "2024-06-01", time_precision: 3 });
    assert.equal(compareSources(source("a"), month).features.date_gap_days, 0);
  });

  test("far apart, another country, or a different kind of event keeps events apart", () => {
    assert.match(
      compareSources(source("a"), source("b", { latitude: 12.4, longitude: -1.5, location: "Ouagadougou" })).veto ?? "",
      /km apart/,
    );
    assert.equal(compareSources(source("a"), source("b", { iso3: "MLI" })).veto, "different countries");
    const protest = source("b", {
      event_type: "Protests",
      sub_event_type: "Peaceful protest",
      actor1: "Protesters (Burkina Faso)",
    });
    assert.equal(compareSources(source("a"), protest).match, false);
  });

  test("forces firing on a protest and an attack on civilians are codings of one kind of event", () => {
    const crackdown = source("b", {
      event_type: "Protests",
      sub_event_type: "Excessive force against protesters",
      actor1: "Protesters (Burkina Faso)",
      actor2: "Police Forces of Burkina Faso",
    });
    const attack = source("a", { actor1: "Police Forces of Burkina Faso" });
    assert.equal(compareSources(attack, crackdown).features.type_agreement, "family");
    assert.equal(compareSources(attack, crackdown).match, true);
    const peaceful = source("b", { event_type: "Protests", sub_event_type: "Peaceful protest", actor1: null });
    assert.equal(compareSources(attack, peaceful).features.type_agreement, "none");
  });

  test("two different named perpetrators weigh against a merge", () => {
    const other = source("b", { actor1: "Islamic State Sahel Province", actor2: null });
    const decision = compareSources(source("a"), other);
    assert.equal(decision.features.conflicting_actors, true);
    assert.ok(decision.score < compareSources(source("a"), source("c")).score);
  });

  test("an undated report's weekday must fit the other's day", () => {
    const tuesday = source("u", { event_date: null, time_precision: null, weekday_hint: 2 });
    assert.equal(compareSources(tuesday, source("d", { event_date: "2024-09-02" })).features.weekday_agrees, true);
    assert.equal(compareSources(tuesday, source("d")).veto, "the undated report names another weekday");
    const week = source("d", { time_precision: 2 });
    assert.match(compareSources(tuesday, week).veto ?? "", /cannot confirm/);
  });
  test("an undated report's day and month ('le 30 juillet') must fall in the other's window", () => {
    const undated = (monthDay: string) =>
      source("u", { event_date: null, time_precision: null, month_day_hint: monthDay });
    const sameDay = compareSources(undated("06-09"), source("d"));
    assert.deepEqual([sameDay.match, sameDay.features.day_agrees], [true, true]);
    assert.equal(compareSources(undated("06-10"), source("d")).features.day_agrees, true);
    assert.equal(compareSources(undated("07-30"), source("d")).veto, "the undated report names another day");
    const week = source("d", { time_precision: 2 });
    assert.equal(compareSources(undated("06-05"), week).features.day_agrees, true);
  });
});

describe("places known only by their country or region", () => {
  const span = (text: string) => [{ start: 0, end: text.length, text, rule: "test", confidence: 0.9 }];
  // An attack on a town in the far north of Mali, and reports that place it only "in Mali" (coded, as ACLED codes
  // a country, at the capital 1,200 km away) or only in the northern region.
  const kidal = {
    event_date: "2024-05-04",
    iso3: "MLI",
    country: "Mali",
    admin1: "Kidal",
    admin2: null,
    location: "Kidal",
    latitude: 18.44,
    longitude: 1.41,
    actor2: "Civilians (Mali)",
  };
  const inMali = {
    ...kidal,
    admin1: "Bamako",
    location: "Bamako",
    latitude: 12.65,
    longitude: -8.0,
    geo_precision: 3 as const,
    evidence: { country: span("Mali") },
  };

  test("a report naming only the country joins an event anywhere in it when day, type and a named group agree", () => {
    const decision = compareSources(source("c", inMali), source("p", kidal));
    assert.equal(decision.features.same_area, "country");
    assert.equal(decision.veto, null);
    assert.equal(decision.score, 0.8, "same day 0.25, same area 0.15, sub-type 0.25, shared group 0.15");
    assert.equal(decision.match, true);
    assert.deepEqual(compareSources(source("p", kidal), source("c", inMali)), decision);
  });

  test("without a group both name, with only a state force shared, or on another day, it stays apart", () => {
    const unnamed = source("c", { ...inMali, actor1: "Unidentified Armed Group (Mali)" });
    assert.match(compareSources(unnamed, source("p", kidal)).veto ?? "", /1\d{3} km apart/);
    const army = { actor1: "Military Forces of Mali", actor2: "Civilians (Mali)" };
    const armyOnly = compareSources(source("c", { ...inMali, ...army }), source("p", { ...kidal, ...army }));
    assert.equal(armyOnly.features.same_area, null);
    assert.equal(armyOnly.match, false);
    const later = compareSources(source("c", { ...inMali, event_date: "2024-05-07" }), source("p", kidal));
    assert.equal(later.veto, "dates 3 days apart");
    const protest = source("c", { ...inMali, event_type: "Protests", sub_event_type: "Peaceful protest" });
    assert.equal(compareSources(protest, source("p", kidal)).match, false);
  });

  test("a region holds only its own region's places", () => {
    const inTombouctou = {
      ...kidal,
      admin1: "Tombouctou",
      location: "Tombouctou",
      latitude: 16.77,
      longitude: -3.0,
      geo_precision: 3 as const,
      evidence: { country: span("Timbuktu region") },
    };
    // Taoudenni lies in the same region, 660 km north of its seat.
    const taoudenni = source("p", { ...kidal, admin1: "Tombouctou", location: "Taoudenni", latitude: 22.68 });
    const inside = compareSources(source("r", inTombouctou), taoudenni);
    assert.deepEqual([inside.features.same_area, inside.match], ["region", true]);
    assert.match(compareSources(source("r", inTombouctou), source("p", kidal)).veto ?? "", /km apart/);
  });

  test("an undated report naming only the country needs its day and month, not a weekday alone", () => {
    const undated = { ...inMali, event_date: null, time_precision: null };
    const dayAndMonth = compareSources(source("u", { ...undated, month_day_hint: "05-05" }), source("p", kidal));
    assert.deepEqual([dayAndMonth.features.same_area, dayAndMonth.score, dayAndMonth.match], ["country", 0.65, true]);
    const weekday = compareSources(source("u", { ...undated, weekday_hint: 6 }), source("p", kidal));
    assert.equal(weekday.features.weekday_agrees, true);
    assert.equal(weekday.features.same_area, null);
    assert.equal(weekday.match, false);
  });

  test("the words that placed it say whether a coarse place is the country or a region, in any language", () => {
    assert.equal(
      placeScopeOf({ ...base, iso3: "TCD", geo_precision: 3, evidence: { country: span("Tchad") } }),
      "country",
    );
    assert.equal(
      placeScopeOf({ ...base, iso3: "TCD", geo_precision: 3, evidence: { country: span("Ouaddaï") } }),
      "region",
    );
    assert.equal(placeScopeOf({ ...base, geo_precision: 1, evidence: { country: span("Burkina Faso") } }), null);
    const stored = matchFieldsOf({ ...base, ...inMali });
    assert.equal(stored.place_scope, "country");
    assert.equal(placeScopeOf({ ...stored, evidence: { country: span("Kidal") } }), "country", "kept as stored");
  });
});

describe("joint attributions", () => {
  test("'A and/or B' shares A with a report that names A alone", () => {
    const either = source("a", { actor1: "Islamic State (West Africa) and/or Boko Haram" });
    const one = source("b", { actor1: "Boko Haram" });
    const decision = compareSources(either, one);
    assert.equal(decision.features.shared_actor, "Boko Haram");
    assert.equal(decision.features.conflicting_actors, false);
  });
});

describe("reconciling the reports of one event", () => {
  test("the lowest stated toll is the figure, the spread is the range, a coder's 0 with no words is no figure", () => {
    const span = (text: string) => [{ start: 0, end: text.length, text, rule: "test", confidence: 1 }];
    const merged = reconcile([
      source("doc_b", {
        fatalities: 400,
        fatalities_low: 400,
        fatalities_high: 400,
        evidence: { fatalities: span("around 400") },
      }),
      source("doc_a", {
        fatalities: 100,
        fatalities_low: 100,
        fatalities_high: null,
        evidence: { fatalities: span("at least 100") },
      }),
      source("doc_c", { fatalities: 0 }),
    ]);
    assert.deepEqual(
      [merged.event.fatalities, merged.event.fatalities_low, merged.event.fatalities_high],
      [100, 100, 400],
    );
    assert.equal(merged.event.evidence.fatalities?.[0]?.document_id, "doc_a");
    assert.equal(merged.event.evidence.fatalities_high?.[0]?.document_id, "doc_b");
  });

  test("the choice does not depend on the order of the sources", () => {
    const sources = [source("doc_a", { event_date: "2024-06-10" }), source("doc_b"), source("doc_c")];
    const forward = reconcile(sources);
    assert.equal(forward.event.event_date, "2024-06-09");
    assert.match(forward.reasons.event_date ?? "", /2 of 3/);
    assert.deepEqual(reconcile([...sources].reverse()), forward);
  });
});
