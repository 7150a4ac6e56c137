import assert from "node:assert/strict";
import { copyFileSync, createWriteStream, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import Database from "better-sqlite3";
import yazl from "yazl";
import { haversineKm } from "../../src/base/geo.js";
import { rawReport } from "../../src/ingest/raw-report.js";
import { processReport } from "../../src/pipeline/index.js";
import { DEFAULT_GAZETTEER_PATH } from "../../src/sources/gazetteer/sqlite-gazetteer.js";
import { defaultSources, SqliteGazetteer } from "../../src/sources/index.js";
import { tempDir, vigil } from "../helpers/cli.js";
import { sharedFile } from "../helpers/shared.js";

/** A GeoNames row (19 columns) for a place of our own making. */
function row(id: number, name: string, lat: number, lon: number, cc: string, admin1: string, population = 0): string {
  return [
    id,
    name,
    name,
    "",
    lat,
    lon,
    "P",
    "PPL",
    cc,
    "",
    admin1,
    "",
    "",
    "",
    population,
    "",
    "",
    "",
    "2026-01-02",
  ].join("\t");
}

function zipOf(path: string, entries: Record<string, string>): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, file] of Object.entries(entries)) zip.addFile(file, name);
  zip.end();
  return new Promise((done, fail) =>
    zip.outputStream.pipe(createWriteStream(path)).on("close", done).on("error", fail),
  );
}

const kenya = sharedFile("data", "geonames", "KE.txt");
const cameroon = sharedFile("data", "geonames", "CM.txt");
const REPORT =
  "Armed raiders attacked herders in the village of Kalobeyei, Turkana County, Kenya, on Monday, killing two.";
const KALOBEYEI = { latitude: 3.77159, longitude: 34.6229 };

describe("a zip of the ../shared GeoNames dumps imported as a local layer", {
  skip: kenya.skip || cameroon.skip,
}, () => {
  const dir = tempDir();
  const layer = join(dir, "vigil-gazetteer.sqlite");
  // Every ../shared dump now ships, so the shipped gazetteer as it was without the Kenyan dump stands in for "before":
  // a copy with Kenya's places under 500 people (the dump's villages; cities500 has the rest) taken out.
  const shipped = join(dir, "shipped.sqlite");
  let without: SqliteGazetteer;
  let withLayer: SqliteGazetteer;
  const place = (gazetteer: SqliteGazetteer) =>
    processReport(
      rawReport({ source: "test", form: "text", text: REPORT, encoding: "UTF-8" }),
      {},
      {
        ...defaultSources(),
        gazetteer,
      },
    ).events[0];

  before(async () => {
    copyFileSync(DEFAULT_GAZETTEER_PATH, shipped);
    const db = new Database(shipped);
    db.prepare("DELETE FROM places WHERE cc = 'KE' AND fclass = 'P' AND population < 500").run();
    db.close();
    const zip = join(dir, "dumps.zip");
    await zipOf(zip, { "KE.txt": kenya.path, "CM.txt": cameroon.path });
    const result = vigil(["gazetteer", "import", zip, "--gazetteer", layer]);
    assert.equal(result.status, 0, result.stderr);
    without = new SqliteGazetteer(shipped, null);
    withLayer = new SqliteGazetteer(shipped, layer);
  });
  after(() => {
    without.close();
    withLayer.close();
  });

  test("before the import, Kalobeyei is not placed", () => {
    const event = place(without);
    assert.notEqual(event?.location, "Kalobeyei");
  });

  test("after it, Kalobeyei is placed at its GeoNames point, and the evidence names the local layer", () => {
    const event = place(withLayer);
    assert.equal(event?.location, "Kalobeyei");
    assert.equal(event?.country, "Kenya");
    assert.equal(event?.geo_precision, 1);
    assert.ok(haversineKm(event.latitude ?? 0, event.longitude ?? 0, KALOBEYEI.latitude, KALOBEYEI.longitude) < 1);
    const evidence = event?.evidence.location?.[0];
    assert.equal(evidence?.text, "Kalobeyei");
    assert.match(evidence?.gazetteer ?? "", /^local:dumps@\d{4}-\d{2}-\d{2}$/);
  });

  test("vigil gazetteer list shows the layer with both countries", () => {
    const listed = vigil(["gazetteer", "list", "--gazetteer", layer, "--json"]);
    assert.equal(listed.status, 0, listed.stderr);
    const { layers } = JSON.parse(listed.stdout) as { layers: { name: string; countries: string[]; rows: number }[] };
    assert.deepEqual(
      layers.map((l) => [l.name, l.countries]),
      [["dumps", ["CM", "KE"]]],
    );
    assert.ok((layers[0]?.rows ?? 0) > 20_000);
  });
});

describe("vigil gazetteer import, list, remove", () => {
  const dir = tempDir();
  const layer = join(dir, "layer.sqlite");
  const dump = join(dir, "ZZ.txt");
  // A made-up village, and a newer point for Barsalogo (GeoNames 2362735) that must win over the shipped row.
  writeFileSync(
    dump,
    `${row(990_000_001, "Wendkouni Tanga", 12.5, -1.2, "BF", "13")}\n${row(2362735, "Barsalogo", 13.5, -1.1, "BF", "13", 9000)}\n`,
  );

  // GeoNames' alternate-names layout: id, place id, language, name (and flags); a link is no name.
  const alternates = join(dir, "alternateNamesV2.txt");
  writeFileSync(
    alternates,
    "1\t990000001\tfr\tOuendkouni\t\t\t\t\t\t\n2\t990000001\tlink\thttps://example.org/x\t\t\t\t\t\t\n",
  );

  test("imports a plain dump whose rows win over the shipped ones by id, with an alternate-names file", () => {
    const result = vigil(["gazetteer", "import", dump, alternates, "--gazetteer", layer]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^layer ZZ: 2 places/);
    const gazetteer = new SqliteGazetteer(DEFAULT_GAZETTEER_PATH, layer);
    try {
      assert.equal(gazetteer.candidates("Wendkouni Tanga")[0]?.geonamesId, 990_000_001);
      assert.equal(gazetteer.candidates("Ouendkouni")[0]?.geonamesId, 990_000_001);
      assert.equal(gazetteer.has("https://example.org/x"), false);
      const barsalogo = gazetteer.byId(2362735);
      assert.equal(barsalogo?.latitude, 13.5);
      assert.equal(barsalogo?.source?.startsWith("local:ZZ@"), true);
      assert.equal(gazetteer.candidates("Barsalogo").filter((p) => p.geonamesId === 2362735)[0]?.latitude, 13.5);
    } finally {
      gazetteer.close();
    }
  });

  test("refuses a second layer of the same name, a file that is not GeoNames', and a missing file", () => {
    assert.equal(vigil(["gazetteer", "import", dump, "--gazetteer", layer]).status, 2);
    const notes = join(dir, "notes.txt");
    writeFileSync(notes, "Some notes, not a gazetteer.\n");
    const bad = vigil(["gazetteer", "import", notes, "--gazetteer", layer]);
    assert.equal(bad.status, 6);
    assert.match(bad.stderr, /^vigil: .*notes\.txt: not a GeoNames file/);
    assert.equal(vigil(["gazetteer", "import", join(dir, "none.zip"), "--gazetteer", layer]).status, 9);
    const listed = JSON.parse(vigil(["gazetteer", "list", "--gazetteer", layer, "--json"]).stdout) as {
      layers: { name: string }[];
    };
    assert.deepEqual(
      listed.layers.map((l) => l.name),
      ["ZZ"],
    );
  });

  test("never keeps the layer inside node_modules", () => {
    const result = vigil(["gazetteer", "list", "--gazetteer", join(dir, "node_modules", "layer.sqlite")]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /inside node_modules/);
  });

  test("removes a layer, and says so when there is none of that name", () => {
    assert.equal(vigil(["gazetteer", "remove", "ZZ", "--gazetteer", layer]).status, 0);
    assert.match(vigil(["gazetteer", "list", "--gazetteer", layer]).stdout, /^no local layers/);
    const again = vigil(["gazetteer", "remove", "ZZ", "--gazetteer", layer]);
    assert.equal(again.status, 2);
    assert.match(again.stderr, /no local layer "ZZ"/);
  });

  test("the layer beside the store is found through --db", () => {
    const store = join(dir, "store", "vigil.db");
    assert.equal(vigil(["gazetteer", "import", dump, "--db", store]).status, 0);
    const listed = JSON.parse(vigil(["gazetteer", "list", "--db", store, "--json"]).stdout) as { path: string };
    assert.equal(listed.path, join(dir, "store", "vigil-gazetteer.sqlite"));
  });
});
