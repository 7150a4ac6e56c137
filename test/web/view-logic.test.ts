import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { EventHistoryEntry, EventSummary } from "../../src/model/index.js";
import { borders, continuous, continuousRing, land, planar } from "../../web/src/basemap.js";
import { binEnd, binSizeFor, binStart, dayNumber, dayOf, ticks } from "../../web/src/bins.js";
import { historyTimeline } from "../../web/src/history.js";
import { exportQuery, loadQuery, needsPageFilter, pageFilter, readState, writeState } from "../../web/src/state.js";

describe("the view state in the URL", () => {
  const links = [
    "?type=Battles&sub_type=Armed clash&actor=JNIM&min_fatalities=10&since=2024-08-01&until=2024-08-31",
    "?country=Mali&min_sources=2&precision=1&at=5.20/14.1000/-1.6000&event=evt_0123456789abcdef0123",
    "",
  ];
  for (const link of links)
    test(`"${link}" reads and writes back the same`, () => {
      assert.equal(decodeURIComponent(writeState(readState(link)).replaceAll("+", " ")), link);
    });

  test("the API is asked for its own filters only; exports add the brush's dates", () => {
    const { filters } = readState("?type=Battles&min_sources=2&precision=1&since=2024-08-01&min_fatalities=5");
    assert.equal(loadQuery(filters, 1000).toString(), "type=Battles&min_fatalities=5&limit=1000");
    assert.equal(exportQuery(filters).toString(), "type=Battles&min_fatalities=5&since=2024-08-01");
    assert.equal(needsPageFilter(filters), true);
    assert.equal(needsPageFilter(readState("?type=Battles&since=2024").filters), false);
  });

  const event = (over: Partial<EventSummary>) =>
    ({ event_date: "2024-08-24", geo_precision: 1, sources: [{ id: "a" }], ...over }) as EventSummary;
  const cases: [string, Partial<EventSummary>, boolean][] = [
    ["?since=2024-08-25", {}, false],
    ["?until=2024-08-24", {}, true],
    ["?since=2024-01-01", { event_date: null }, false],
    ["?min_sources=2", {}, false],
    ["?min_sources=2", { sources: [{ id: "a" }, { id: "b" }] as EventSummary["sources"] }, true],
    ["?precision=1", { geo_precision: 2 }, false],
    ["?precision=2", { geo_precision: 2 }, true],
    ["?precision=2", { geo_precision: null }, false],
  ];
  for (const [link, over, kept] of cases)
    test(`${link} ${kept ? "keeps" : "drops"} an event with ${JSON.stringify(over)}`, () => {
      assert.equal(pageFilter(readState(link).filters)(event(over)), kept);
    });
});

describe("the timeline's bins and axis", () => {
  for (const [days, size] of [
    [30, "day"],
    [62, "day"],
    [377, "week"],
    [900, "month"],
  ] as const)
    test(`${days} days are binned by ${size}`, () => assert.equal(binSizeFor(days), size));

  test("a Saturday's week starts on the Monday before; a month on its first day", () => {
    assert.equal(dayOf(binStart(dayNumber("2024-08-24"), "week")), "2024-08-19");
    assert.equal(dayOf(binEnd(binStart(dayNumber("2024-08-24"), "week"), "week")), "2024-08-26");
    assert.equal(dayOf(binStart(dayNumber("2024-02-29"), "month")), "2024-02-01");
    assert.equal(dayOf(binEnd(dayNumber("2024-12-01"), "month")), "2025-01-01");
  });

  test("a year's axis names months, every third one, with the year in January and on the first tick", () => {
    const labels = ticks(dayNumber("2024-03-18"), dayNumber("2025-03-31"), 70).map((t) => t.label);
    assert.deepEqual(labels, ["Apr 2024", "Jul", "Oct", "Jan 2025"]);
  });

  test("a fortnight's axis names days", () => {
    const labels = ticks(dayNumber("2024-08-19"), dayNumber("2024-09-01"), 5).map((t) => t.label);
    assert.deepEqual(labels, ["19 Aug", "26 Aug"]);
  });
});

describe("the basemap", () => {
  test("a line crossing the antimeridian continues past 180° instead of jumping back", () => {
    assert.deepEqual(
      continuous([
        [179, 0],
        [-179, 1],
        [-178, 2],
      ]),
      [
        [179, 0],
        [181, 1],
        [182, 2],
      ],
    );
  });

  test("a step along the pole (Antarctica's edge) is not a crossing", () => {
    assert.deepEqual(
      continuous([
        [-180, -89.999],
        [178, -89.999],
      ]),
      [
        [-180, -89.999],
        [178, -89.999],
      ],
    );
  });

  test("a ring that goes once around the globe is closed along the pole on its side", () => {
    const coast = [
      [-180, -84],
      [0, -70],
      [179, -84],
      [-180, -84],
    ];
    assert.deepEqual(continuousRing(coast).slice(-4), [
      [180, -84],
      [180, -90],
      [-180, -90],
      [-180, -84],
    ]);
  });

  test("a polygon whose outer ring lies along the pole is its inner ring (Antarctica as world-atlas draws it)", () => {
    const pole = [
      [-180, -89.999],
      [0, -89.999],
      [180, -89.999],
      [-180, -89.999],
    ];
    const coast = [
      [-180, -84],
      [0, -70],
      [179, -84],
      [-180, -84],
    ];
    assert.deepEqual(planar([pole, coast]), [[coast]]);
    assert.deepEqual(planar([coast]), [[coast]]);
  });

  test("the bundled Antarctica is land from its coast down to the pole, all the way round", () => {
    const outlines = land().features.flatMap((f) => (f.geometry.type === "MultiPolygon" ? f.geometry.coordinates : []));
    const aroundThePole = outlines.filter(([outer]) => {
      const longitudes = (outer ?? []).map((p) => p[0] as number);
      return Math.max(...longitudes) - Math.min(...longitudes) >= 360 && outer?.some((p) => p[1] === -90);
    });
    assert.equal(aroundThePole.length, 1);
  });

  test("no ring or border of the bundled boundaries jumps by more than 180° between two points off the pole", () => {
    const lines = [
      ...land().features.flatMap((f) => (f.geometry.type === "MultiPolygon" ? f.geometry.coordinates.flat() : [])),
      ...borders().coordinates,
    ];
    const jumps = lines.flatMap((line) =>
      line.slice(1).filter((p, i) => {
        const q = line[i] as number[];
        return Math.abs((p[0] as number) - (q[0] as number)) > 180 && Math.abs(p[1] as number) < 89.9;
      }),
    );
    assert.deepEqual(jumps, []);
    assert.ok(lines.length > 1000);
  });
});

describe("an event's history in its record", () => {
  const change = (over: Partial<EventHistoryEntry>): EventHistoryEntry => ({
    seq: 1,
    version: 1,
    at: "2024-06-12T08:30:05.123Z",
    event_id: "evt_0123456789abcdef0123",
    kind: "created",
    gone: false,
    cause: { action: "ingest", documents: ["doc_a"], reason: null },
    fields: [],
    sources_added: ["doc_a#0"],
    sources_removed: [],
    from: [],
    into: [],
    ...over,
  });

  test("one line a change, to the minute, with what moved; values and reasons escaped", () => {
    const html = historyTimeline([
      change({}),
      change({
        kind: "updated",
        cause: { action: "retract", documents: ["doc_b"], reason: "<b>withdrawn</b>" },
        fields: [
          { field: "fatalities", old: 12, new: 30, document: "doc_c" },
          { field: "actor1", old: null, new: "A & B", document: null },
          { field: "tags", old: [], new: ["looting"], document: null },
          { field: "admin2", old: "X", new: "Y", document: null },
        ],
        sources_added: [],
        sources_removed: ["doc_b#0"],
      }),
    ]);
    assert.equal((html.match(/<li /g) ?? []).length, 2);
    assert.match(html, /<time datetime="2024-06-12T08:30:05.123Z">2024-06-12 08:30<\/time>/);
    assert.match(html, /<b>created<\/b>: new report<br><small>1 report joined<\/small>/);
    assert.match(html, /report retracted \(“&lt;b&gt;withdrawn&lt;\/b&gt;”\)/);
    assert.match(
      html,
      /fatalities 12 → 30; actor1 — → A &amp; B; tags \[\] → \[&quot;looting&quot;\]; 1 more; 1 report left/,
    );
    assert.equal(historyTimeline([]), "");
  });
});
