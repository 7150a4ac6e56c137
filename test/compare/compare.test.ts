import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import {
  acledDate,
  type Comparison,
  compareWithAcled,
  explain,
  readAcledCsv,
  renderCsv,
  renderExplanation,
  scopeOfRows,
} from "../../src/compare/index.js";
import { EXIT_CODES, InputError } from "../../src/ingest/index.js";
import type { EventSummary, VigilEvent } from "../../src/model/index.js";
import { openStore } from "../../src/store/index.js";
import { fixture, tempDir, vigil } from "../helpers/cli.js";
import { codedReport, withEvent } from "../helpers/stores.js";

const ACLED_FILE = fixture("compare", "acled-small.csv");
const JNIM = "JNIM: Group for Support of Islam and Muslims";

/** What Vigil has stored, written for this test: three events ACLED also has, one it codes otherwise, one later. */
const STORED: { text: string; event: Partial<VigilEvent> }[] = [
  {
    text: "Fighters attacked the army post at Djibo on Tuesday; twelve people died in the fighting.",
    event: place(
      "2024-09-10",
      "Battles",
      "Armed clash",
      "Sahel",
      "Djibo",
      14.0994,
      -1.6255,
      JNIM,
      "Military Forces of Burkina Faso",
      12,
    ),
  },
  {
    text: "Unknown gunmen attacked travellers near Kaya on Saturday, residents said.",
    event: place(
      "2024-09-14",
      "Violence against civilians",
      "Attack",
      "Centre-Nord",
      "Kaya",
      13.0917,
      -1.0844,
      "Unidentified Armed Group (Burkina Faso)",
      "Civilians (Burkina Faso)",
      null,
    ),
  },
  {
    text: "Militants struck a police school in Bamako on Tuesday, killing at least 70 people.",
    event: {
      ...place(
        "2024-09-17",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
        "Bamako",
        "Bamako",
        12.65,
        -8.0,
        JNIM,
        "Military Forces of Mali",
        70,
      ),
      country: "Mali",
      iso3: "MLI",
    },
  },
  {
    text: "Soldiers and fighters exchanged fire in Gao on Thursday, a witness said.",
    event: {
      ...place(
        "2024-09-05",
        "Battles",
        "Armed clash",
        "Gao",
        "Gao",
        16.27,
        -0.04,
        "Military Forces of Mali",
        "Unidentified Armed Group (Mali)",
        0,
      ),
      country: "Mali",
      iso3: "MLI",
    },
  },
  {
    text: "Hundreds of people marched peacefully through Timbuktu on Friday to demand water.",
    event: {
      ...place(
        "2024-09-20",
        "Protests",
        "Peaceful protest",
        "Tombouctou",
        "Timbuktu",
        16.7735,
        -3.0074,
        "Protesters (Mali)",
        null,
        0,
      ),
      country: "Mali",
      iso3: "MLI",
    },
  },
];

function place(
  day: string,
  type: string,
  subType: string,
  admin1: string,
  location: string,
  latitude: number,
  longitude: number,
  actor1: string,
  actor2: string | null,
  fatalities: number | null,
): Partial<VigilEvent> {
  return {
    event_date: day,
    time_precision: 1,
    event_type: type,
    sub_event_type: subType,
    actor1,
    actor2,
    assoc_actor_1: null,
    assoc_actor_2: null,
    country: "Burkina Faso",
    iso3: "BFA",
    admin1,
    location,
    latitude,
    longitude,
    geo_precision: 1,
    fatalities,
    fatalities_low: fatalities,
    fatalities_high: fatalities,
  };
}

describe("vigil compare: an ACLED export against stored events", () => {
  const db = join(tempDir(), "vigil.db");
  let events: EventSummary[] = [];
  let comparison: Comparison;
  const idAt = (location: string) => events.find((e) => e.location === location)?.id;

  before(async () => {
    const store = await openStore(db);
    try {
      const reports = STORED.map(({ text, event }, i) => {
        const report = codedReport({ id: `compare-${i}`, text, published_at: "2024-09-21" });
        assert.equal(report.events.length, 1, text);
        return withEvent(report, event);
      });
      const result = await store.putReports(reports);
      assert.equal(result.created, STORED.length);
      events = await store.listEventSummaries({ limit: 100, offset: 0 });
    } finally {
      await store.close();
    }
    const rows = await readAcledCsv(ACLED_FILE);
    comparison = compareWithAcled(rows, events, scopeOfRows(rows, {}));
  });

  test("the scope is the file's countries and days unless given: the later protest is out", () => {
    assert.deepEqual(comparison.report.scope, { countries: ["BFA", "MLI"], since: "2024-09-05", until: "2024-09-17" });
  });

  test("matches, misses and extra events, one to one", () => {
    const pairs = comparison.report.pairs.map((p) => [
      p.status,
      p.acled?.event_id_cnty ?? null,
      p.vigil?.location ?? null,
    ]);
    assert.deepEqual(pairs, [
      ["matched", "TST1001", "Djibo"],
      ["matched", "TST1002", "Kaya"],
      ["matched", "TST1003", "Bamako"],
      ["missed", "TST1004", null],
      ["missed", "TST1005", null],
      ["missed", "TST1006", null],
      ["extra", null, "Gao"],
    ]);
  });

  test("recall, extra events and agreement on every field", () => {
    const overall = comparison.report.overall;
    assert.deepEqual(
      { ...overall, agreement: undefined },
      {
        acled_rows: 6,
        vigil_events: 4,
        matched: 3,
        missed: 3,
        extra: 1,
        recall: 0.5,
        precision: 0.75,
        agreement: undefined,
      },
    );
    assert.deepEqual(overall.agreement, {
      event_type: 1,
      sub_event_type: 0.333,
      date_exact: 0.667,
      date_mean_days_apart: 0.333,
      location_within_25km: 1,
      location_median_km: 1,
      admin1: 1,
      actor1: 0.667,
      actor2: 1,
      fatalities_exact: 0.333,
      fatalities_acled: 92,
      fatalities_vigil: 82,
    });
    const distances = comparison.report.pairs.filter((p) => p.status === "matched").map((p) => p.features?.distance_km);
    assert.deepEqual(distances, [0, 12, 1]);
  });

  test("figures by country and by event type (extra events by Vigil's type)", () => {
    const brief = (groups: typeof comparison.report.by_country) =>
      groups.map((g) => [g.group, g.acled_rows, g.vigil_events, g.matched, g.missed, g.extra, g.recall]);
    assert.deepEqual(brief(comparison.report.by_country), [
      ["Mali", 3, 2, 1, 2, 1, 0.333],
      ["Burkina Faso", 3, 2, 2, 1, 0, 0.667],
    ]);
    assert.deepEqual(brief(comparison.report.by_event_type), [
      ["Battles", 3, 2, 1, 2, 1, 0.333],
      ["Explosions/Remote violence", 1, 1, 1, 0, 0, 1],
      ["Protests", 1, 0, 0, 1, 0, 0],
      ["Violence against civilians", 1, 1, 1, 0, 0, 1],
    ]);
  });

  test("--explain: a row that lost its event to a better row says so, with the scores", () => {
    const explanation = explain(comparison, "TST1005");
    assert.equal(explanation?.kind, "acled");
    assert.equal(explanation?.matched, null);
    const text = renderExplanation(explanation as NonNullable<typeof explanation>);
    assert.match(text, /^ACLED TST1005 \(line 7\): 2024-09-08 Battles/);
    assert.match(text, /matched no Vigil event/);
    assert.match(
      text,
      /score 0\.925, dates overlap, 0 km apart \(tolerance 30 km\), type agreement: sub-type, shared actor JNIM: Group for Support of Islam and Muslims; taken by TST1001/,
    );
  });

  test("--explain: a row whose only candidate is of another type names the veto", () => {
    const text = renderExplanation(explain(comparison, "TST1004") as NonNullable<ReturnType<typeof explain>>);
    assert.match(text, /NOT one event: types differ \(Battles\); unmatched/);
    const eventText = renderExplanation(
      explain(comparison, idAt("Gao") as string) as NonNullable<ReturnType<typeof explain>>,
    );
    assert.match(eventText, /^Vigil evt_[0-9a-f]{20}: 2024-09-05 Battles/);
    assert.match(eventText, /matched no ACLED row/);
    assert.match(eventText, /TST1004 \(line 6\)/);
  });

  test("--explain: a matched row names its event; an unknown id is null", () => {
    const explanation = explain(comparison, "TST1002");
    assert.equal(explanation?.kind === "acled" && explanation.matched?.id, idAt("Kaya"));
    assert.match(
      renderExplanation(explanation as NonNullable<typeof explanation>),
      /dates 1 day apart, 12 km apart \(tolerance 55 km\).*MATCHED/,
    );
    assert.equal(explain(comparison, "TST9999"), null);
  });

  test("--explain shows a terminal escape from the file as text", () => {
    const text = renderExplanation(explain(comparison, "TST1006") as NonNullable<ReturnType<typeof explain>>);
    assert.match(text, /<script>alert\("x"\)<\/script>Kidal\?\[2J, Mali/);
    assert.ok(!text.includes("\u001b"));
  });

  test("CSV output keeps a hostile formula from running in a spreadsheet", () => {
    const csv = renderCsv(comparison.report);
    assert.match(csv, /^status,score,acled_event_id_cnty,acled_event_date/);
    assert.match(csv, /missed,,TST1006,2024-09-17,1,Battles,Armed clash,"'=HYPERLINK\(""http/);
    assert.equal(csv.trim().split("\n").length, 8);
  });

  test("the CLI: text, JSON with a wider scope, HTML escaped and without scripts", () => {
    const run = (...args: string[]) => vigil(["compare", "--acled", ACLED_FILE, "--db", db, ...args]);
    const text = run();
    assert.equal(text.status, 0, text.stderr);
    assert.match(
      text.stdout,
      /^ACLED rows 6, Vigil events 4 \(BFA, MLI, 2024-09-05 to 2024-09-17\)\nmatched 3: recall 50% of ACLED rows, 75% of Vigil events; missed 3, extra 1\n/,
    );

    const wider = run("--until", "2024-09-30", "--format", "json");
    assert.equal(wider.status, 0, wider.stderr);
    const report = JSON.parse(wider.stdout);
    assert.deepEqual([report.overall.vigil_events, report.overall.extra, report.overall.matched], [5, 2, 3]);

    // The Kaya event (14 September) lies past --until but still matches the row of the 13th, at the scope's edge.
    const edge = JSON.parse(run("--until", "2024-09-13", "--format", "json").stdout);
    assert.deepEqual(
      [edge.overall.acled_rows, edge.overall.matched, edge.overall.extra, edge.overall.vigil_events],
      [4, 2, 1, 3],
    );

    const mali = run("--country", "ML", "--format", "json");
    assert.deepEqual(JSON.parse(mali.stdout).overall.acled_rows, 3);

    const out = join(tempDir(), "report.html");
    const page = run("--format", "html", "--out", out);
    assert.equal(page.status, 0, page.stderr);
    assert.match(page.stderr, /wrote .*report\.html: 3 matched, 3 missed, 1 extra/);
    const html = readFileSync(out, "utf8");
    assert.ok(!/<script/i.test(html), "no script element, not even from the CSV's text");
    assert.ok(!/<img/i.test(html));
    assert.match(html, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;Kidal/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
    assert.match(html, /<svg class="map"/);
    assert.match(html, /<svg class="timeline"/);

    const explained = run("--explain", "TST1001");
    assert.match(explained.stdout, /^ACLED TST1001 .*\nmatched evt_[0-9a-f]{20}\n/);
    const unknown = run("--explain", "TST9999");
    assert.equal(unknown.status, EXIT_CODES.usage);
    assert.equal(
      unknown.stderr,
      "vigil: --explain: TST9999 is neither an ACLED row (event_id_cnty) nor a Vigil event in the comparison's scope\n",
    );
  });
});

describe("reading ACLED exports", () => {
  for (const [input, expected] of [
    ["2024-08-24", "2024-08-24"],
    ["24 August 2024", "2024-08-24"],
    ["4 Sept 2024", "2024-09-04"],
    ["24-Aug-2024", "2024-08-24"],
    ["24/08/2024", "2024-08-24"],
    ["30 February 2024", null],
    ["August 24, 2024", null],
    ["24 Ma 2024", null],
  ] as const)
    test(`event_date "${input}"`, () => assert.equal(acledDate(input), expected));

  const header = "event_id_cnty,event_date,event_type,country,latitude,longitude";
  const bad: [string, string | Buffer, keyof typeof EXIT_CODES, RegExp][] = [
    ["an empty file", "", "empty", /the file is empty/],
    ["a header alone", `${header}\n`, "empty", /no ACLED rows under the header/],
    ["another file's header alone", "name,size\n", "malformed", /not an ACLED export: no event_id_cnty/],
    ["a spreadsheet", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), "binary", /binary, not CSV/],
    [
      "missing columns",
      "id,date,type\n1,2024-01-01,Battles\n",
      "malformed",
      /not an ACLED export: no event_id_cnty, event_date, event_type, country, latitude, longitude columns/,
    ],
    [
      "an unreadable date",
      `${header}\nX1,yesterday,Battles,Mali,12,-8\n`,
      "malformed",
      /line 2: "X1": event_date "yesterday" is not YYYY-MM-DD or DD Month YYYY/,
    ],
    [
      "a latitude out of range",
      `${header}\nX1,2024-01-01,Battles,Mali,120,-8\n`,
      "malformed",
      /line 2: "X1": latitude "120" is not a number from -90 to 90/,
    ],
    [
      "a repeated id",
      `${header}\nX1,2024-01-01,Battles,Mali,12,-8\nX1,2024-01-02,Battles,Mali,12,-8\n`,
      "malformed",
      /event_id_cnty "X1" is on lines 2 and 3/,
    ],
    [
      "an unknown country",
      `${header}\nX1,2024-01-01,Battles,Atlantis,12,-8\n`,
      "malformed",
      /line 2: "X1": unknown country "Atlantis": give ACLED's numeric iso column too/,
    ],
    ["a hostile header", '"evil\nname\u001b[31m",b\n1,2\n', "malformed", /\(found "evil_name\?\[31m", "b"\)$/],
    ["a broken quote", `${header}\nX1,"2024-01-01,Battles,Mali,12,-8\n`, "malformed", /not readable as CSV/],
  ];
  for (const [name, content, problem, message] of bad)
    test(`${name} is one clear error`, async () => {
      const path = join(tempDir(), "export.csv");
      writeFileSync(path, content);
      await assert.rejects(readAcledCsv(path), (error: unknown) => {
        assert.ok(error instanceof InputError);
        assert.equal(error.problem, problem);
        assert.match(error.message, message);
        assert.ok(!error.message.includes("\n"));
        return true;
      });
    });

  test("a missing file, from the CLI: one line and exit code 9", () => {
    const run = vigil(["compare", "--acled", "/nonexistent/export.csv", "--db", join(tempDir(), "v.db")]);
    assert.equal(run.status, EXIT_CODES.not_found);
    assert.equal(run.stderr, "vigil: /nonexistent/export.csv: no such file: give the path of an ACLED CSV export\n");
  });

  test("countries by ACLED's name, or by its numeric iso column when the name is unknown", async () => {
    const path = join(tempDir(), "export.csv");
    writeFileSync(
      path,
      `${header},iso\nX1,2024-01-01,Battles,Republic of Congo,-4.3,15.3,178\nX2,2024-01-01,Battles,Haute-Volta,12,-1,854\n`,
    );
    assert.deepEqual(
      (await readAcledCsv(path)).map((row) => row.iso3),
      ["COG", "BFA"],
    );
  });

  test("columns in any order and case, a BOM, quoted commas and line breaks", async () => {
    const rows = await readAcledCsv(ACLED_FILE);
    assert.equal(rows.length, 6);
    const kaya = rows[1];
    assert.equal(kaya?.event_date, "2024-09-13");
    assert.equal(kaya?.iso3, "BFA");
    assert.equal(kaya?.geo_precision, 2);
    assert.match(kaya?.notes ?? "", /north of the town,\nthree found dead/);
    assert.equal(rows[2]?.line, 5);
  });
});
