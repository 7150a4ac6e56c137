import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { buildApp } from "../../src/server/index.js";
import { openStore, type Store } from "../../src/store/index.js";
import { tempDir } from "../helpers/cli.js";
import { codedReport } from "../helpers/stores.js";

const TOKEN = "test-token-123";

/** What an attacker or a careless script puts in a query string. */
const HOSTILE_VALUES = [
  "' OR 1=1 --",
  '"; DROP TABLE events; --',
  "%00",
  "\u0000",
  "../../../../etc/passwd",
  "<script>alert(1)</script>",
  "-1",
  "0",
  "1.5",
  "1e308",
  "NaN",
  "Infinity",
  "9007199254740992",
  "9223372036854775807",
  "9223372036854775808",
  "99999999999999999999999999",
  "2024-02-30",
  "2024-13",
  "0000-00-00",
  "1,2,3,4,5",
  "-200,-100,200,100",
  " ",
  "x".repeat(5000),
];

const FILTERS = [
  "country",
  "admin1",
  "since",
  "until",
  "type",
  "sub_type",
  "actor",
  "near",
  "radius_km",
  "bbox",
  "min_fatalities",
  "text",
  "sort",
  "order",
  "limit",
  "offset",
  "detail",
];
const ACLED_PARAMETERS = ["country", "event_date", "event_date_where", "event_type", "limit", "page", "_format"];

const errorOf = async (response: Response) => ((await response.json()) as { error: string }).error;

describe("no request a client can make is answered 500", () => {
  let store: Store;
  let app: ReturnType<typeof buildApp>;
  const get = (path: string) => app.request(path);

  before(async () => {
    const root = tempDir();
    const web = join(root, "web");
    mkdirSync(join(web, "assets"), { recursive: true });
    writeFileSync(join(web, "index.html"), "<!doctype html><title>Vigil</title>");
    writeFileSync(join(web, "assets", "app.js"), "console.log(1)");
    store = await openStore(join(root, "vigil.db"));
    await store.putReports([
      codedReport({
        id: "a",
        text: "Gunmen killed four herders near Gao, Mali, on Friday.",
        published_at: "2024-05-04",
      }),
    ]);
    app = buildApp({ store, token: TOKEN, webRoot: web });
  });
  after(() => store.close());

  for (const path of ["/events", "/events.csv", "/events.geojson"]) {
    test(`${path}: injection strings and numeric extremes in every filter are 200 or 400`, async () => {
      for (const filter of FILTERS) {
        for (const value of HOSTILE_VALUES) {
          const response = await get(`${path}?${filter}=${encodeURIComponent(value)}`);
          assert.ok(
            [200, 400].includes(response.status),
            `${path}?${filter}=${value.slice(0, 30)}: ${response.status}`,
          );
          if (response.status === 400) assert.match(await errorOf(response), new RegExp(`^${filter}: `));
          else await response.text();
        }
      }
    });
  }

  test("/api/acled/read: injection strings and numeric extremes in every parameter are 200 or 400", async () => {
    for (const parameter of ACLED_PARAMETERS) {
      for (const value of HOSTILE_VALUES) {
        const response = await get(`/api/acled/read?${parameter}=${encodeURIComponent(value)}`);
        assert.ok([200, 400].includes(response.status), `${parameter}=${value.slice(0, 30)}: ${response.status}`);
        await response.text();
      }
    }
  });

  test("/events/{id}, /documents/{id} and /assets/ with hostile paths are 404", async () => {
    for (const value of HOSTILE_VALUES) {
      for (const path of ["/events/", "/documents/", "/assets/"]) {
        const response = await get(`${path}${encodeURIComponent(value)}`);
        assert.equal(response.status, 404, `${path}${value.slice(0, 30)}`);
      }
    }
  });

  test("an offset of 2^63 or more is refused, naming the filter", async () => {
    for (const offset of ["9223372036854775808", "18446744073709551616", "99999999999999999999999"]) {
      for (const path of ["/events", "/events.csv", "/events.geojson"]) {
        const response = await get(`${path}?offset=${offset}`);
        assert.equal(response.status, 400, `${path}?offset=${offset}`);
        assert.equal(await errorOf(response), `offset: at most ${Number.MAX_SAFE_INTEGER}`);
      }
    }
    const last = await get(`/events?offset=${Number.MAX_SAFE_INTEGER}`);
    assert.equal(last.status, 200);
    assert.deepEqual(((await last.json()) as { events: unknown[] }).events, []);
  });

  test("/api/acled/read with a huge limit or page is 400 naming the parameter", async () => {
    for (const [query, message] of [
      ["limit=99999999999999999999", /^limit: at most/],
      ["page=99999999999999999999", /^page: at most/],
      ["limit=10&page=9223372036854775807", /^page: at most 900719925474099$/],
      ["limit=0&page=2", /^page: at most 1$/],
    ] as const) {
      const response = await get(`/api/acled/read?${query}`);
      assert.equal(response.status, 400, query);
      assert.match(await errorOf(response), message, query);
    }
    const far = await get("/api/acled/read?limit=10&page=900719925474099");
    assert.equal(far.status, 200);
  });

  test("the assets folder itself is no asset: /assets/, /assets/. and /assets/%2e are 404", async () => {
    for (const path of ["/assets/", "/assets/.", "/assets/%2e", "/assets/%2E", "/assets/./", "/assets/%2e%2e/assets"]) {
      const response = await get(path);
      assert.equal(response.status, 404, path);
    }
    assert.equal((await get("/assets/app.js")).status, 200);
    assert.equal((await get("/assets/%2e%2e/index.html")).status, 404);
  });

  test("calendar dates are validated: a day no calendar has, or month 13, is 400 naming the filter", async () => {
    for (const [query, message] of [
      ["/events?since=2024-02-30", "since: 2024-02-30 is not a day of the calendar"],
      ["/events?until=2023-02-29", "until: 2023-02-29 is not a day of the calendar"],
      ["/events?since=2024-13", "since: 2024-13 has no month 13: use 01 to 12"],
      ["/events?until=2024-00", "until: 2024-00 has no month 00: use 01 to 12"],
      ["/events.csv?since=2024-04-31", "since: 2024-04-31 is not a day of the calendar"],
      ["/api/acled/read?event_date=2024-02-30", "event_date: 2024-02-30 is not a day of the calendar"],
    ] as const) {
      const response = await get(query);
      assert.equal(response.status, 400, query);
      assert.equal(await errorOf(response), message);
    }
    assert.equal((await get("/events?since=2024-02-29")).status, 200, "2024 is a leap year");
  });
});

describe("POST /documents reads what the JSON Lines reader reads, and refuses the rest with 4xx", () => {
  let store: Store;
  let app: ReturnType<typeof buildApp>;
  const post = (type: string, body: string, query = "") =>
    app.request(`/documents${query}`, {
      method: "POST",
      headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": type },
      body,
    });

  before(async () => {
    store = await openStore(join(tempDir(), "vigil.db"));
    app = buildApp({ store, token: TOKEN });
  });
  after(() => store.close());

  test("an RSS body with an external entity is 400, as the CLI refuses it, and nothing is stored", async () => {
    const rss =
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>' +
      '<rss version="2.0"><channel><title>t</title><item><title>&secret;</title>' +
      "<description>Gunmen raided a market near Menaka, Mali, on Thursday.</description></item></channel></rss>";
    const response = await post("application/rss+xml", rss);
    assert.equal(response.status, 400);
    assert.match(await errorOf(response), /^POST \/documents: the feed cannot be read \(External entities/);
    assert.equal(await store.countDocuments(), 0);
  });

  test("null optional fields, a numeric id and a month date are accepted, as in a JSON Lines file", async () => {
    const document = {
      text: "Gunmen killed four herders near Gao, Mali, on Friday.",
      id: 17,
      url: null,
      title: null,
      published_at: "2025-02",
      language: null,
    };
    const response = await post("application/json", JSON.stringify(document));
    assert.equal(response.status, 201, await response.clone().text());
    const [stored] = ((await response.json()) as { documents: { id: string }[] }).documents;
    const record = await store.getDocument(stored?.id as string);
    assert.equal(record?.document.published_at, null, "a month names no day");
  });

  test("a document the API cannot use is 400 with a message naming the item and the field", async () => {
    const before = await store.countDocuments();
    for (const [body, message] of [
      [{ text: 5 }, /^the body: field "text": .*expected string/],
      [{ title: "no text" }, /^the body: field "text": /],
      [[{ text: "Soldiers clashed near Gao." }, { text: "x", url: 7 }], /^item 1: field "url": /],
      [{ text: "Gunmen attacked Gao.", published_at: "2024-02-30" }, /^the body: "published_at" is not a date/],
      [{ text: "Gunmen attacked Gao.", published_at: "yesterday" }, /^the body: "published_at" is not a date/],
      ["just a string", /^the body: field "\(document\)": /],
    ] as const) {
      const response = await post("application/json", JSON.stringify(body));
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.match(await errorOf(response), message);
    }
    assert.equal(await store.countDocuments(), before, "a refused body stores nothing, not even its good items");
  });

  test("?published= is a calendar day or a day and time", async () => {
    for (const published of ["2024-02-30", "2024-13-01", "yesterday"]) {
      const response = await post("text/plain", "Gunmen attacked a convoy near Gao, Mali.", `?published=${published}`);
      assert.equal(response.status, 400, published);
      assert.equal(await errorOf(response), "published: use a calendar day, YYYY-MM-DD or YYYY-MM-DDTHH:MM");
    }
    const response = await post("text/plain", "Gunmen attacked a convoy near Gao, Mali.", "?published=2024-02-29");
    assert.equal(response.status, 201);
  });
});
