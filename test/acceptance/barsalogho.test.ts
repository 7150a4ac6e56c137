import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { haversineKm } from "../../src/base/geo.js";
import { type Extraction, ExtractionSchema } from "../../src/model/index.js";
import { vigil } from "../helpers/cli.js";
import { sharedFile } from "../helpers/shared.js";

const sample = sharedFile("samples", "barsalogho-forum-post.txt");

describe("the canonical forum post (../shared/samples/barsalogho-forum-post.txt)", { skip: sample.skip }, () => {
  const run = () => vigil(["extract", sample.path, "--format", "json", "--published", "2024-08-25"]);

  test("prints a valid document whose text is the article and none of the forum debris", () => {
    const result = run();
    assert.equal(result.status, 0, result.stderr);
    const { document } = ExtractionSchema.parse(JSON.parse(result.stdout)) as Extraction;
    assert.ok(document.text.startsWith("The offensive happened on Saturday in the Barsalogho district"));
    assert.ok(document.text.endsWith("more than double the previous year's death toll."));
    for (const debris of ["[attachment deleted by admin]", "Watch more;", ".jpeg", "youtu.be"]) {
      assert.ok(!document.text.includes(debris), `"${debris}" must not be narrative`);
    }
    assert.deepEqual(
      document.asides.map((a) => a.kind),
      ["attachment", "link", "attachment"],
    );
    assert.ok(document.asides.some((a) => a.value.startsWith("https://youtu.be/")));
    assert.ok(document.asides.some((a) => a.value.endsWith(".jpeg")));
    assert.equal(document.language, "en");
    assert.equal(document.published_at, "2024-08-25");
  });

  test("with no --published, the screenshot's name dates the post and 'on Saturday' is still 24 August", () => {
    const result = vigil(["extract", sample.path, "--format", "json"]);
    assert.equal(result.status, 0, result.stderr);
    const { document, events } = ExtractionSchema.parse(JSON.parse(result.stdout)) as Extraction;
    assert.deepEqual([document.published_at, document.published_at_source], ["2024-08-25", "attachment"]);
    assert.equal(events[0]?.event_date, "2024-08-24");
  });
});

describe("mentions in the canonical forum post", { skip: sample.skip }, () => {
  const mentions = () => {
    const result = vigil(["extract", sample.path, "--format", "json", "--published", "2024-08-25", "--mentions"]);
    return (JSON.parse(result.stdout) as Extraction).mentions ?? [];
  };
  type Value = Record<string, unknown>;
  const value = (m: { value: unknown }) => m.value as Value;

  test("the attack date is 2024-08-24, day precision, from 'on Saturday'", () => {
    const saturday = mentions().find((m) => m.kind === "date" && m.text === "on Saturday");
    assert.deepEqual(
      [value(saturday ?? { value: {} }).date, value(saturday ?? { value: {} }).precision],
      ["2024-08-24", 1],
    );
  });

  test("Barsalogho is in Burkina Faso, Centre-Nord, within 10 km of GeoNames' point", () => {
    const place = mentions().find((m) => m.kind === "place" && m.text.startsWith("Barsalogho"));
    assert.ok(place);
    const v = value(place);
    assert.deepEqual([v.country, v.admin1], ["Burkina Faso", "Centre-Nord"]);
    assert.ok(haversineKm(13.41389, -1.05583, v.latitude as number, v.longitude as number) < 10);
  });

  test("'40 kilometres north of Kaya' resolves within 10 km of Barsalogho", () => {
    const relative = mentions().find((m) => m.kind === "place" && m.rule === "en/place/distance-bearing-from-town");
    assert.ok(relative);
    assert.ok(
      haversineKm(13.41389, -1.05583, value(relative).latitude as number, value(relative).longitude as number) < 10,
    );
  });

  test("JNIM is the canonical JNIM actor; Al Jazeera, Nicholas Haque and analysts are sources", () => {
    const actors = mentions().filter((m) => m.kind === "actor");
    const jnim = actors.find((m) => m.text === "JNIM");
    assert.equal(value(jnim ?? { value: {} }).canonical, "JNIM: Group for Support of Islam and Muslims");
    assert.equal(value(jnim ?? { value: {} }).role, "actor");
    for (const source of ["Al Jazeera", "Nicholas Haque", "analysts"]) {
      const found = actors.filter((m) => m.text === source);
      assert.ok(found.length > 0, source);
      assert.ok(
        found.every((m) => value(m).role === "source"),
        `${source} must be a source`,
      );
    }
  });

  test("8,400 and two million are background figures; 'mass graves' is a death mention with no count", () => {
    const quantities = mentions().filter((m) => m.kind === "quantity");
    for (const figure of ["8,400", "two million"]) {
      const found = quantities.find((m) => m.text.includes(figure));
      assert.equal(value(found ?? { value: {} }).scope, "background", figure);
    }
    const graves = quantities.find((m) => m.text === "mass graves");
    assert.deepEqual(
      [value(graves ?? { value: {} }).counts, value(graves ?? { value: {} }).low, value(graves ?? { value: {} }).scope],
      ["killed", null, "event"],
    );
  });
});

describe("the event coded from the canonical forum post", { skip: sample.skip }, () => {
  const event = () => {
    const result = vigil(["extract", sample.path, "--format", "json", "--published", "2024-08-25"]);
    const [first] = (JSON.parse(result.stdout) as Extraction).events;
    assert.ok(first, "an event must be found");
    return first;
  };

  test("dated 2024-08-24 at Barsalogho, Burkina Faso, by JNIM, a civilian-targeting attack", () => {
    const e = event();
    assert.equal(e.event_date, "2024-08-24");
    assert.equal(e.time_precision, 1);
    assert.equal(e.country, "Burkina Faso");
    assert.ok(haversineKm(13.41389, -1.05583, e.latitude ?? 0, e.longitude ?? 0) < 10);
    assert.equal(e.actor1, "JNIM: Group for Support of Islam and Muslims");
    assert.deepEqual(
      [e.event_type, e.sub_event_type, e.civilian_targeting],
      ["Violence against civilians", "Attack", "Civilian targeting"],
    );
    assert.equal(e.evidence.event_date?.[0]?.text, "on Saturday");
    assert.equal(e.evidence.actor1?.[0]?.text, "JNIM");
  });

  test("fatalities unknown, with 'mass graves' as evidence; looting and missing soldiers as tags", () => {
    const e = event();
    assert.equal(e.fatalities, null);
    assert.ok(e.evidence.fatalities?.some((s) => s.text === "mass graves"));
    assert.ok(e.tags.includes("looting"));
    assert.ok(e.tags.includes("missing"));
  });

  test("no figure anywhere from 8,400 or two million", () => {
    const e = event();
    for (const value of [e.fatalities, e.fatalities_low, e.fatalities_high])
      assert.ok(value === null || value < 1000, String(value));
    assert.doesNotMatch(JSON.stringify(e), /8,?400|2000000|two million/);
  });

  test("vigil explain marks the date and actor evidence in the text", () => {
    const result = vigil(["explain", sample.path, "--published", "2024-08-25"]);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /«event_date: on Saturday»/);
    assert.match(result.stdout, /«actor1: JNIM»/);
    assert.match(result.stdout, /fatalities\s+null\s+← "mass graves"/);
  });
});
