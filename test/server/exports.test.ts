import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { parse } from "csv-parse/sync";
import { TAXONOMY } from "../../src/code/taxonomy.js";
import type { VigilEvent } from "../../src/model/index.js";
import { documentId } from "../../src/pipeline/index.js";
import { buildApp } from "../../src/server/index.js";
import { type CodedReport, openStore, type Store } from "../../src/store/index.js";
import { tempDir } from "../helpers/cli.js";

const TOKEN = "test-token-123";
const COUNTRIES = ["BFA", "MLI", "NER", "NGA", "TCD", "SDN", "COD", "SOM", "MOZ", "SYR"];

/** Event n of a synthetic store: distinct by construction (country, day and type all differ between neighbours). */
function synthetic(n: number): CodedReport {
  const type = TAXONOMY[n % TAXONOMY.length] as (typeof TAXONOMY)[number];
  const iso3 = COUNTRIES[n % COUNTRIES.length] as string;
  const day = new Date(Date.UTC(2019, 0, 1) + (n % 2000) * 86_400_000).toISOString().slice(0, 10);
  const text = `Synthetic report ${n}: ${type.sub_event_type} in town ${n} on ${day}.`;
  const event: VigilEvent = {
    event_date: day,
    time_precision: 1,
    disorder_type: type.disorder_type,
    event_type: type.event_type,
    sub_event_type: type.sub_event_type,
    actor1: `Armed group ${n % 50}`,
    assoc_actor_1: null,
    inter1: "Rebel group",
    actor2: "Civilians",
    assoc_actor_2: null,
    inter2: "Civilians",
    interaction: "Rebel group-Civilians",
    civilian_targeting: null,
    country: iso3,
    iso3,
    admin1: `Region ${n % 10}`,
    admin2: null,
    admin3: null,
    location: `Town ${n}`,
    latitude: (n % 60) - 30,
    longitude: (n % 120) - 60,
    geo_precision: 1,
    fatalities: n % 20,
    fatalities_low: n % 20,
    fatalities_high: n % 20,
    notes: text,
    tags: [],
    confidence: 0.8,
    evidence: { event_date: [{ start: 0, end: 9, text: "Synthetic", rule: "test", confidence: 1 }] },
  };
  return {
    document: {
      id: documentId(text),
      input_id: String(n),
      source: "test",
      form: "text",
      url: `https://example.org/${n}`,
      title: null,
      author: null,
      published_at: day,
      published_at_source: "input",
      language: "en",
      language_confidence: 1,
      language_reliable: true,
      encoding: "UTF-8",
      text,
      asides: [],
    },
    events: [event],
  };
}

describe("exports of 5,000 events stream without holding up other requests", () => {
  let store: Store;
  let app: ReturnType<typeof buildApp>;

  before(async () => {
    store = await openStore(join(tempDir(), "vigil.db"));
    for (let n = 0; n < 5000; n += 500) await store.putReports(Array.from({ length: 500 }, (_, i) => synthetic(n + i)));
    app = buildApp({ store, token: TOKEN });
  });
  after(() => store.close());

  test("during a 5,000-event CSV export, /health answers within 0.5 s", async () => {
    assert.equal(await store.countEvents({}), 5000);
    let done = false;
    const exported = Promise.resolve(app.request("/events.csv")).then(async (response) => {
      const text = await response.text();
      done = true;
      return text;
    });
    let slowest = 0;
    let answered = 0;
    while (!done) {
      const asked = performance.now();
      assert.equal((await app.request("/health")).status, 200);
      slowest = Math.max(slowest, performance.now() - asked);
      answered++;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const rows = parse(await exported, { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, 5000);
    assert.ok(answered >= 3, `/health asked ${answered} times during the export`);
    assert.ok(slowest < 500, `/health took ${slowest.toFixed(0)} ms at worst`);
    const geo = JSON.parse(await (await app.request("/events.geojson?country=MLI")).text()) as { features: unknown[] };
    assert.equal(geo.features.length, 500);
    const acled = JSON.parse(await (await app.request("/api/acled/read?limit=0")).text()) as { count: number };
    assert.equal(acled.count, 5000);
  });

  test("a third export at once from clients without the token is 429 with Retry-After; with the token it is not", async () => {
    const exports = ["/events.csv?country=BFA", "/events.geojson?country=NER", "/api/acled/read?country=Mali"];
    const responses = await Promise.all(exports.map((path) => app.request(path)));
    assert.deepEqual(
      responses.map((r) => r.status),
      [200, 200, 429],
    );
    const refused = responses[2] as Response;
    assert.equal(refused.headers.get("Retry-After"), "5");
    assert.match(((await refused.json()) as { error: string }).error, /try again in 5 s/);
    const withToken = await Promise.all(
      ["/events.csv?country=TCD", "/events.csv?country=SDN", "/events.csv?country=SOM"].map((path) =>
        app.request(path, { headers: { Authorization: `Bearer ${TOKEN}` } }),
      ),
    );
    assert.deepEqual(
      withToken.map((r) => r.status),
      [200, 200, 200],
    );
    await Promise.all([...responses.slice(0, 2), ...withToken].map((r) => r.text()));
    assert.equal((await app.request("/events.csv?country=COD")).status, 200, "slots are given back");
  });
});
