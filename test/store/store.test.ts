import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { MERGE_THRESHOLD } from "../../src/merge/index.js";
import type { DocumentRecord, StoredEvent } from "../../src/model/index.js";
import { documentId } from "../../src/pipeline/index.js";
import { type CodedReport, openStore, type Store } from "../../src/store/index.js";
import { fixture, jsonLines } from "../helpers/cli.js";
import { backends, codedReport, type FixtureLine, withEvent } from "../helpers/stores.js";

function documentOf(text: string, overrides: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id: documentId(text),
    input_id: null,
    source: "test",
    form: "text",
    url: null,
    title: null,
    author: null,
    published_at: "2024-08-25",
    published_at_source: "option",
    language: "en",
    language_confidence: 0.9,
    language_reliable: true,
    encoding: "UTF-8",
    text,
    asides: [{ kind: "link", value: "https://example.org/x" }],
    ...overrides,
  };
}

const bare = (document: DocumentRecord): CodedReport => ({ document, events: [] });

/** Three write-ups of one attack on Djibo (100 / around 400 / no figure) and a clash near Arbinda two days later. */
const DJIBO = ["djibo-reports.jsonl", "djibo-later.jsonl"].flatMap((file) =>
  jsonLines<FixtureLine>(readFileSync(fixture("merge", file), "utf8")),
);
const coded = new Map(DJIBO.map((line) => [line.id, codedReport(line)]));
const report = (id: string) => coded.get(id) as CodedReport;
const ALL = ["djibo-wire", "djibo-ngo", "djibo-radio", "arbinda-clash"];
/**
 * A camp shelled in El Fasher, told by a wire that places it there, two that say only "in Sudan", forum reposts
 * with no publication date (one gives the day and month, one a weekday); that day the same group's drone hit a
 * market in Nyala, and gunmen raided another in Kassala.
 */
for (const line of jsonLines<FixtureLine>(readFileSync(fixture("merge", "country-only.jsonl"), "utf8")))
  coded.set(line.id, codedReport(line));

async function allEvents(store: Store): Promise<StoredEvent[]> {
  return store.listEvents({ limit: 100, offset: 0 });
}

const sourceIds = (event: StoredEvent) => event.sources.map((s) => s.input_id).sort();

/** What must not depend on ingest order: each event's id, its sources and its reconciled figures. */
const summary = (events: StoredEvent[]) =>
  events
    .map((e) => ({ id: e.id, sources: sourceIds(e), fatalities: [e.fatalities, e.fatalities_low, e.fatalities_high] }))
    .sort((a, b) => a.id.localeCompare(b.id));

for (const backend of backends()) {
  describe(`store on ${backend.name}`, { skip: backend.skip }, () => {
    test("stores a document once however often it is put, and reads it back whole", async () => {
      const store = await openStore(await backend.fresh());
      const document = documentOf("Gunmen attacked a checkpoint near Dori on Monday.");
      const first = await store.putReports([bare(document)]);
      assert.deepEqual(first.added, [document.id]);
      const again = await store.putReports([bare(document), bare({ ...document, source: "elsewhere" })]);
      assert.deepEqual(again.existing, [document.id, document.id]);
      assert.equal(await store.countDocuments(), 1);
      assert.deepEqual(await store.listDocuments({ limit: 10, offset: 0 }), [document]);
      await store.close();
    });

    test("a write that fails half-way stores none of its documents or events and keeps earlier ones", async () => {
      const store = await openStore(await backend.fresh());
      await store.putReports([report("djibo-wire")]);
      const broken = { ...documentOf("Second report."), text: null } as unknown as DocumentRecord;
      await assert.rejects(store.putReports([report("djibo-ngo"), bare(broken)]));
      assert.deepEqual(
        (await store.listDocuments({ limit: 10, offset: 0 })).map((d) => d.input_id),
        ["djibo-wire"],
      );
      assert.deepEqual((await allEvents(store)).map(sourceIds), [["djibo-wire"]]);
      await store.close();
    });

    test("three reports of one attack make one event; a different attack nearby stays apart", async () => {
      const store = await openStore(await backend.fresh());
      const result = await store.putReports(ALL.map(report));
      assert.equal(result.created, 2);
      assert.equal(result.merged, 2);
      const events = await allEvents(store);
      assert.equal(events.length, 2);
      const djibo = events.find((e) => e.location === "Djibo") as StoredEvent;
      assert.deepEqual(sourceIds(djibo), ["djibo-ngo", "djibo-radio", "djibo-wire"]);
      assert.equal(djibo.fatalities, 100, "the most conservative stated figure");
      assert.equal(djibo.fatalities_low, 100);
      assert.equal(djibo.fatalities_high, 400);
      assert.match(djibo.reasons.fatalities ?? "", /lowest of the sources' counts \(100, 400\)/);
      const own = Object.fromEntries(djibo.sources.map((s) => [s.input_id, s.values.fatalities]));
      assert.equal(own["djibo-wire"], 100);
      assert.equal(own["djibo-ngo"], 400);
      const ngo = djibo.sources.find((s) => s.input_id === "djibo-ngo");
      assert.equal(ngo?.url, "https://relief.example.net/updates/djibo");
      assert.equal(ngo?.published_at, "2024-06-11");
      assert.match(ngo?.evidence.fatalities?.[0]?.text ?? "", /400/);
      const highEvidence = djibo.evidence.fatalities_high ?? djibo.evidence.fatalities ?? [];
      assert.ok(highEvidence.some((span) => span.document_id === ngo?.id && /400/.test(span.text)));
      const arbinda = events.find((e) => e !== djibo) as StoredEvent;
      assert.deepEqual(sourceIds(arbinda), ["arbinda-clash"]);
      assert.equal(arbinda.fatalities, 12);
      await store.close();
    });

    test("the result does not depend on the order reports arrive in, or how they are batched", async () => {
      const orders = [ALL, [...ALL].reverse(), ["djibo-radio", "arbinda-clash", "djibo-wire", "djibo-ngo"]];
      const results = [];
      for (const [i, order] of orders.entries()) {
        const store = await openStore(await backend.fresh());
        if (i === 0) await store.putReports(order.map(report));
        else for (const id of order) await store.putReports([report(id)]);
        results.push(summary(await allEvents(store)));
        await store.close();
      }
      assert.equal(results[0]?.length, 2);
      for (const result of results.slice(1)) assert.deepEqual(result, results[0]);
    });

    test("a writer meets the reports another connection stored since its own last write", async () => {
      const location = await backend.fresh();
      const first = await openStore(location);
      const second = await openStore(location);
      // The first writer reads the stored reports of those weeks (none) while merging the Arbinda clash...
      await first.putReports([report("arbinda-clash")]);
      await second.putReports([report("djibo-wire")]);
      // ...and must not trust that memory once the other has stored the Djibo attack on those days.
      const result = await first.putReports([report("djibo-ngo")]);
      assert.equal(result.merged, 1);
      const events = await allEvents(first);
      assert.deepEqual(events.map(sourceIds).sort(), [["arbinda-clash"], ["djibo-ngo", "djibo-wire"]]);
      await first.close();
      await second.close();
    });

    test("an undated report joins the one event at its place whose day fits its weekday, in any order", async () => {
      const ids = [...ALL, "djibo-september", "djibo-undated-tuesday"];
      const results = [];
      for (const order of [ids, [...ids].reverse()]) {
        const store = await openStore(await backend.fresh());
        for (const id of order) await store.putReports([report(id)]);
        const events = await allEvents(store);
        const september = events.find((e) => e.event_date === "2024-09-02") as StoredEvent;
        assert.deepEqual(sourceIds(september), ["djibo-september", "djibo-undated-tuesday"]);
        assert.equal(september.fatalities, 15, "the undated report gives no count");
        assert.match(
          september.sources.find((s) => s.input_id === "djibo-undated-tuesday")?.evidence.weekday_hint?.[0]?.text ?? "",
          /Tuesday/,
        );
        results.push(summary(events));
        await store.close();
      }
      assert.deepEqual(results[1], results[0]);
      assert.equal(results[0]?.length, 3, "the June attack on Djibo (a Sunday) keeps its three reports only");
    });

    test("a report placed only in its country joins the event there that its day, type and group fit, in any order", async () => {
      const ids = [
        "camp-wire",
        "camp-country-wire",
        "camp-country-ngo",
        "camp-forum-day",
        "camp-forum-weekday",
        "market-drone",
        "market-raid",
      ];
      const results = [];
      for (const order of [ids, [...ids].reverse()]) {
        const store = await openStore(await backend.fresh());
        for (const id of order) await store.putReports([report(id)]);
        const events = await allEvents(store);
        assert.deepEqual(events.map(sourceIds).sort(), [
          ["camp-country-ngo", "camp-country-wire", "camp-forum-day", "camp-wire"],
          ["camp-forum-weekday"],
          ["market-drone"],
          ["market-raid"],
        ]);
        const camp = events.find((e) => e.sources.length === 4) as StoredEvent;
        assert.equal(camp.location, "El Fasher", "the precise place wins over the capital a country is coded at");
        const links = (await store.explainEvent(camp.id))?.links ?? [];
        assert.ok(links.some((link) => link.features.same_area === "country"));
        // "In Sudan" fits the Nyala strike too (same day and group, another sub-type): it joins the better match
        // only, and never links the two events.
        results.push(summary(events));
        await store.close();
      }
      assert.deepEqual(results[1], results[0]);
      // With no other report placed in the capital, the undated one is matched on its country, arriving first or
      // last; placed at the camp itself, 3 km from the town the wire names, it is found by its day too.
      const atCamp = withEvent(report("camp-forum-day"), {
        location: "Abu Shouk",
        admin1: "North Darfur",
        latitude: 13.66,
        longitude: 25.33,
        geo_precision: 1,
      });
      for (const forum of [report("camp-forum-day"), atCamp])
        for (const order of [
          [forum, report("camp-wire")],
          [report("camp-wire"), forum],
        ]) {
          const store = await openStore(await backend.fresh());
          for (const coded of order) await store.putReports([coded]);
          assert.deepEqual((await allEvents(store)).map(sourceIds), [["camp-forum-day", "camp-wire"]]);
          await store.close();
        }
    });

    test("a report placed only in its country, split off its event, stays apart when the event gains a report", async () => {
      const store = await openStore(await backend.fresh());
      await store.putReports([report("camp-wire"), report("camp-country-wire")]);
      const [event] = await allEvents(store);
      assert.deepEqual(sourceIds(event as StoredEvent), ["camp-country-wire", "camp-wire"]);
      const country = report("camp-country-wire").document.id;
      await store.splitEvent((event as StoredEvent).id, [country]);
      await store.putReports([report("camp-radio")]);
      assert.deepEqual((await allEvents(store)).map(sourceIds).sort(), [
        ["camp-country-wire"],
        ["camp-radio", "camp-wire"],
      ]);
      await store.close();
    });

    test("a merge is explained, and split apart it stays apart", async () => {
      const store = await openStore(await backend.fresh());
      await store.putReports(ALL.map(report));
      const djibo = (await allEvents(store)).find((e) => e.sources.length === 3) as StoredEvent;
      const explanation = await store.explainEvent(djibo.id);
      assert.ok(explanation && explanation.links.length >= 2);
      for (const link of explanation.links) {
        assert.ok(link.score >= MERGE_THRESHOLD);
        assert.equal(link.features.same_country, true);
      }
      const ngo = djibo.sources.find((s) => s.input_id === "djibo-ngo")?.id as string;
      const parts = await store.splitEvent(djibo.id, [ngo]);
      assert.equal(parts.length, 2);
      const after = await allEvents(store);
      assert.equal(after.length, 3);
      const alone = after.find((e) => sourceIds(e).join() === "djibo-ngo") as StoredEvent;
      assert.equal(alone.fatalities, 400);
      const rest = after.find((e) => e.sources.length === 2) as StoredEvent;
      assert.equal(rest.fatalities_high, 100, "the 400 left with its source");
      await assert.rejects(store.splitEvent("evt_00000000000000000000"), /no event/);
      await store.close();
    });

    test("one event told by 300 reports stores one link per report that joined it, not one per pair", async () => {
      const outlets = ["radio", "wire", "daily", "agency", "monitor"];
      const reports = Array.from({ length: 300 }, (_, i) =>
        codedReport({
          id: `djibo-${i}`,
          text: `Gunmen killed 12 civilians in Djibo, Burkina Faso, on Monday, the ${outlets[i % 5]} said in its bulletin number ${i}.`,
          published_at: "2024-06-12",
        }),
      );
      const store = await openStore(await backend.fresh());
      for (let i = 0; i < reports.length; i += 50) await store.putReports(reports.slice(i, i + 50));
      const [event] = await allEvents(store);
      assert.equal(event?.sources.length, 300);
      const explanation = await store.explainEvent(event?.id as string);
      assert.equal(explanation?.links.length, 299, "pairwise links would be 44,850");
      const explained = new Set(explanation?.links.flatMap((l) => [l.a, l.b]));
      assert.equal(explained.size, 300, "every report's reason to be in the event is kept");
      // Split off the report the others matched first: the rest still match each other and stay one event.
      const degree = new Map<string, number>();
      for (const id of explanation?.links.flatMap((l) => [l.a, l.b]) ?? []) degree.set(id, (degree.get(id) ?? 0) + 1);
      const [hub] = [...degree].sort((x, y) => y[1] - x[1])[0] ?? [""];
      const hubDocument = event?.sources.find((s) => s.source_event_id === hub)?.id as string;
      const parts = await store.splitEvent(event?.id as string, [hubDocument]);
      assert.equal(parts.length, 2);
      assert.deepEqual(
        (await allEvents(store)).map((e) => e.sources.length).sort((a, b) => a - b),
        [1, 299],
      );
      await store.close();
    });

    test("filters, sorting and paging", async () => {
      const store = await openStore(await backend.fresh());
      await store.putReports(ALL.map(report));
      const ids = async (query: Parameters<Store["listEvents"]>[0]) =>
        (await store.listEvents(query)).map((e) => e.location);
      const page = { limit: 10, offset: 0 };
      assert.deepEqual(await ids({ ...page, iso3: "BFA" }), ["Aribinda", "Djibo"]);
      assert.deepEqual(await ids({ ...page, iso3: "MLI" }), []);
      assert.deepEqual(await ids({ ...page, admin1: "sahel" }), ["Aribinda", "Djibo"]);
      assert.deepEqual(await ids({ ...page, since: "2024-06-10" }), ["Aribinda"]);
      assert.deepEqual(await ids({ ...page, until: "2024-06-10" }), ["Djibo"]);
      assert.deepEqual(await ids({ ...page, eventType: "Battles" }), ["Aribinda"]);
      assert.deepEqual(await ids({ ...page, subEventType: "Attack" }), ["Djibo"]);
      assert.deepEqual(await ids({ ...page, actors: ["jnim"] }), ["Djibo"]);
      assert.deepEqual(await ids({ ...page, near: { latitude: 14.1, longitude: -1.63, radiusKm: 20 } }), ["Djibo"]);
      assert.deepEqual(await ids({ ...page, bbox: [-1, 14, 0, 15] }), ["Aribinda"]);
      assert.deepEqual(await ids({ ...page, minFatalities: 50 }), ["Djibo"]);
      assert.deepEqual(await ids({ ...page, text: ["families", "flee"] }), ["Djibo"]);
      assert.deepEqual(await ids({ ...page, sort: "fatalities", ascending: true }), ["Aribinda", "Djibo"]);
      assert.deepEqual(await ids({ limit: 1, offset: 1 }), ["Djibo"]);
      assert.equal(await store.countEvents({ iso3: "BFA", since: "2024-06-01" }), 2);
      await store.close();
    });

    test("SQL in reports and in filters is data, never SQL", async () => {
      const store = await openStore(await backend.fresh());
      const text = "Robert'); DROP TABLE documents;-- attacked the market.";
      await store.putReports([bare(documentOf(text)), report("djibo-wire")]);
      assert.equal((await store.listDocuments({ limit: 1, offset: 0 }))[0]?.text, text);
      const hostile = { limit: 10, offset: 0 };
      assert.deepEqual(await store.listEvents({ ...hostile, admin1: "x' OR '1'='1" }), []);
      assert.deepEqual(await store.listEvents({ ...hostile, text: ["%' ; DROP TABLE events; --"] }), []);
      assert.deepEqual(await store.listEvents({ ...hostile, actors: ["%"] }), []);
      assert.deepEqual(await store.listEvents({ ...hostile, text: ["_"] }), []);
      assert.equal(await store.countDocuments(), 2);
      assert.equal(await store.countEvents({}), 1);
      await store.close();
    });

    test("reopening keeps the data and applies no migration twice", async () => {
      const location = await backend.fresh();
      const first = await openStore(location);
      await first.putReports([report("djibo-wire")]);
      await first.close();
      const second = await openStore(location);
      assert.equal(await second.countDocuments(), 1);
      assert.equal(await second.countEvents({}), 1);
      await second.close();
    });
  });
}
