import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import type { EventChange, EventHistoryEntry, StoredEvent } from "../../src/model/index.js";
import { buildApp } from "../../src/server/index.js";
import { type CodedReport, openStore } from "../../src/store/index.js";
import { PostgresDriver } from "../../src/store/postgres/postgres-driver.js";
import { SqliteDriver } from "../../src/store/sqlite/sqlite-driver.js";
import { fixture, jsonLines, ROOT, tempDir } from "../helpers/cli.js";
import { backends, codedReport, type FixtureLine } from "../helpers/stores.js";

const DJIBO = jsonLines<FixtureLine>(readFileSync(fixture("merge", "djibo-reports.jsonl"), "utf8"));
const coded = new Map(DJIBO.map((line) => [line.id, codedReport(line)]));
const report = (id: string) => coded.get(id) as CodedReport;

/**
 * Three reports of raids on Kaya on three days running, by our own wording: the first and last are two days apart,
 * too far to be one event, and only the middle one, a day from each, ties them together.
 */
const KAYA_CHAIN = [
  ["kaya-sat", "2024-03-09", 7],
  ["kaya-sun", "2024-03-10", 9],
  ["kaya-mon", "2024-03-11", 11],
].map(([id, day, dead]) =>
  codedReport({
    id: id as string,
    published_at: day as string,
    text: `Gunmen raided the market of Kaya in Burkina Faso on ${day}, killing ${dead} traders, the mayor's office said.`,
  }),
);

/** A report of an attack and a later one with a higher toll (our own wording). */
const GORGADJI = [
  ["gorgadji-first", "2024-04-03", 12],
  ["gorgadji-update", "2024-04-04", 30],
].map(([id, published, dead]) =>
  codedReport({
    id: id as string,
    published_at: published as string,
    text: `Gunmen attacked the village of Gorgadji in Burkina Faso on 2024-04-02, killing ${dead} civilians, residents said. Report ${id}.`,
  }),
);

const pause = () => new Promise((resolve) => setTimeout(resolve, 15));

/** A copy kept in step by the change feed over HTTP, read a few changes a page. */
class FeedCopy {
  readonly events = new Map<string, StoredEvent>();
  readonly seen: number[] = [];
  private since = "";

  constructor(private readonly app: ReturnType<typeof buildApp>) {}

  /** Applies every change committed so far. */
  async pull(): Promise<void> {
    for (;;) {
      const response = await this.app.request(`/changes?since=${this.since}&limit=3`);
      assert.equal(response.status, 200);
      const page = (await response.json()) as { changes: EventChange[]; next: string };
      if (page.changes.length === 0) {
        assert.equal(page.next, this.since || "0", "an empty page gives the cursor back");
        return;
      }
      for (const change of page.changes) {
        this.seen.push(change.seq);
        if (change.gone) this.events.delete(change.event_id);
        else this.events.set(change.event_id, change.event as StoredEvent);
      }
      this.since = page.next;
    }
  }

  /** The copy holds exactly the store's events, and the cursor ran 1, 2, 3… with no gap or repeat. */
  async assertMatches(step: string): Promise<void> {
    assert.deepEqual(
      this.seen,
      this.seen.map((_, i) => i + 1),
      `${step}: the cursor runs 1, 2, 3… with no gap or repeat`,
    );
    const response = await this.app.request("/events?detail=full&limit=1000");
    const { events } = (await response.json()) as { events: StoredEvent[] };
    const byId = (list: StoredEvent[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    assert.deepEqual(
      byId([...this.events.values()]),
      byId(events),
      `${step}: the copy holds exactly the store's events`,
    );
  }
}

/** Replays the whole feed from an empty cursor into an empty copy and compares it with the store. */
async function assertReplayMatches(app: ReturnType<typeof buildApp>, step: string): Promise<void> {
  const copy = new FeedCopy(app);
  await copy.pull();
  await copy.assertMatches(step);
}

const kinds = (history: EventHistoryEntry[]) => history.map((h) => h.kind);

function ingest(file: string, db: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, "bin", "vigil.js"), "ingest", file, "--db", db], {
      stdio: "ignore",
    });
    child.on("close", resolve);
  });
}

/** Two reports each of eight raids in different towns and weeks, one file per outlet (our own wording). */
function outletFiles(dir: string): [string, string] {
  const towns = ["Djibo", "Dori", "Kaya", "Gao", "Mopti", "Tillaberi", "Ouahigouya", "Fada N'gourma"];
  const countries = [
    "Burkina Faso",
    "Burkina Faso",
    "Burkina Faso",
    "Mali",
    "Mali",
    "Niger",
    "Burkina Faso",
    "Burkina Faso",
  ];
  const files: [string, string] = [join(dir, "wire.jsonl"), join(dir, "radio.jsonl")];
  files.forEach((file, side) => {
    const lines = towns.map((town, i) => {
      const day = `2023-0${1 + i}-1${i}`;
      const dead = 5 + i + side * 3;
      const text = `Armed men attacked ${town} in ${countries[i]} on ${day}, killing ${dead} people, ${side ? "radio" : "wire"} sources said.`;
      return JSON.stringify({ id: `${side ? "radio" : "wire"}-${i}`, text, published_at: day });
    });
    writeFileSync(file, `${lines.join("\n")}\n`);
  });
  return files;
}

for (const backend of backends()) {
  describe(`history and change feed on ${backend.name}`, { skip: backend.skip }, () => {
    test("replaying the feed from the start reproduces the events after ingests, a merge, splits, a retraction and two writers at once", async () => {
      const location = await backend.fresh();
      const store = await openStore(location);
      const app = buildApp({ store });
      await store.putReports([report("djibo-wire")]);
      await store.putReports([report("djibo-ngo"), report("arbinda-clash")]);
      await assertReplayMatches(app, "ingests and a merge");

      // A third report of the Djibo attack joins it; a user then splits the NGO's report off.
      await store.putReports([report("djibo-radio")]);
      const djibo = (await store.listEvents({ limit: 10, offset: 0 })).find((e) => e.sources.length === 3);
      assert.ok(djibo, "three reports of the Djibo attack make one event");
      const ngo = djibo.sources.find((s) => s.input_id === "djibo-ngo")?.id as string;
      const parts = await store.splitEvent(djibo.id, [ngo]);
      assert.equal(parts.length, 2);
      await assertReplayMatches(app, "a split");

      // The Kaya reports make one event only through the middle one; retracting it leaves two.
      await store.putReports(KAYA_CHAIN);
      const kaya = (await store.listEvents({ limit: 10, offset: 0, text: ["kaya"] }))[0] as StoredEvent;
      assert.equal(kaya.sources.length, 3, "the middle report ties the outer two into one event");
      const middle = KAYA_CHAIN[1]?.document.id as string;
      const retraction = await store.retractDocument(middle, "the outlet withdrew the story");
      assert.equal(retraction.retracted, true);
      assert.equal(retraction.events.length, 2, "the outer reports no longer match each other");
      const split = (await store.eventHistory(kaya.id)).at(-1) as EventHistoryEntry;
      assert.equal(split.kind, "split");
      assert.deepEqual(split.cause, {
        action: "retract",
        documents: [middle],
        reason: "the outlet withdrew the story",
      });
      assert.deepEqual([...split.into].sort(), [...retraction.events].sort());
      assert.deepEqual((await store.retractDocument(middle, null)).retracted, false, "a second retraction is a no-op");
      await assertReplayMatches(app, "a retraction that splits");

      // Retracting a report that is an event's only one ends it; the feed names the id so copies drop it.
      const arbinda = coded.get("arbinda-clash")?.document.id as string;
      const ended = await store.retractDocument(arbinda, null);
      assert.equal(ended.ended.length, 1);
      const last = (await store.eventHistory(ended.ended[0] as string)).at(-1);
      assert.equal(last?.kind, "retracted");
      assert.equal(last?.gone, true);
      await assertReplayMatches(app, "a retraction that ends an event");

      // Two processes write at once while a copy follows the feed: each write's changes get cursors in commit
      // order, so the follower never misses one that commits after it read past.
      const [wire, radio] = outletFiles(tempDir());
      const before = await store.countEvents({});
      const follower = new FeedCopy(app);
      await follower.pull();
      let writing = true;
      const writers = Promise.all([ingest(wire, location), ingest(radio, location)]).finally(() => {
        writing = false;
      });
      while (writing) {
        await follower.pull();
        await pause();
      }
      assert.deepEqual(await writers, [0, 0]);
      await follower.pull();
      assert.equal(await store.countEvents({}), before + 8, "each raid's two reports merge");
      await follower.assertMatches("following two writers at once");
      await assertReplayMatches(app, "two writers at once, replayed from the start");
      await store.close();
    });

    test("a store from before history gets one row per event, and its next change is told against it", async () => {
      const location = await backend.fresh();
      const old = await openStore(location);
      await old.putReports([report("djibo-wire"), report("arbinda-clash")]);
      await old.close();
      // Back to schema version 4, as a store written by the Vigil before this one.
      const driver = location.startsWith("postgres")
        ? await PostgresDriver.open(location)
        : SqliteDriver.open(location);
      await driver.write((tx) =>
        tx.exec(
          "DROP TABLE event_versions; DROP TABLE document_retractions; DELETE FROM vigil_migrations WHERE version = 5",
        ),
      );
      await driver.close();
      const store = await openStore(location);
      const events = await store.listEvents({ limit: 10, offset: 0 });
      const djibo = events.find((e) => e.location === "Djibo") as StoredEvent;
      assert.deepEqual(
        (await store.eventHistory(djibo.id)).map((h) => [h.kind, h.cause.action]),
        [["created", "migrate"]],
      );
      await store.putReports([report("djibo-ngo")]);
      const [, update] = await store.eventHistory(djibo.id);
      assert.equal(update?.kind, "updated");
      assert.deepEqual(update?.sources_added, [`${coded.get("djibo-ngo")?.document.id}#0`]);
      await assertReplayMatches(buildApp({ store }), "an upgraded store");
      await store.close();
    });

    test("an event's history names each change, its cause, its version and the document behind each new value", async () => {
      const store = await openStore(await backend.fresh());
      await store.putReports([report("djibo-wire")]);
      const [event] = await store.listEvents({ limit: 1, offset: 0 });
      await pause();
      await store.putReports([report("djibo-ngo")]);
      const history = await store.eventHistory(event?.id as string);
      assert.deepEqual(kinds(history), ["created", "updated"]);
      const [created, updated] = history as [EventHistoryEntry, EventHistoryEntry];
      assert.equal(created.cause.action, "ingest");
      assert.ok(updated.version > created.version && updated.seq > created.seq);
      const ngo = coded.get("djibo-ngo")?.document.id as string;
      assert.deepEqual(updated.cause.documents, [ngo]);
      assert.deepEqual(updated.sources_added, [`${ngo}#0`]);
      const high = updated.fields.find((f) => f.field === "fatalities_high");
      assert.deepEqual(high, { field: "fatalities_high", old: null, new: 400, document: ngo });
      const explanation = await store.explainEvent(event?.id as string);
      assert.deepEqual(kinds(explanation?.history ?? []), ["created", "updated"]);
      await store.close();
    });

    test("as of a time before a later report, the event has its old toll; after a retraction, as of before it too", async () => {
      const store = await openStore(await backend.fresh());
      await store.putReports([GORGADJI[0] as CodedReport]);
      const first = (await store.listChanges(0, 10)).changes.at(-1)?.at as string;
      await pause();
      await store.putReports([GORGADJI[1] as CodedReport]);
      const second = (await store.listChanges(0, 10)).changes.at(-1)?.at as string;
      const [now] = await store.listEvents({ limit: 5, offset: 0 });
      assert.deepEqual([now?.fatalities, now?.fatalities_high, now?.sources.length], [12, 30, 2]);
      const [then] = await store.listEvents({ limit: 5, offset: 0, asOf: first });
      assert.deepEqual([then?.fatalities, then?.fatalities_high, then?.sources.length], [12, 12, 1]);
      await pause();
      await store.retractDocument(GORGADJI[0]?.document.id as string, "a misprint: the toll was 30");
      const [corrected] = await store.listEvents({ limit: 5, offset: 0 });
      assert.equal(corrected?.fatalities, 30, "the retracted report's lower figure no longer counts");
      const [before] = await store.listEvents({ limit: 5, offset: 0, asOf: second });
      assert.equal(before?.fatalities, 12, "as of before the retraction: the old toll");
      assert.equal(
        await store.countEvents({ asOf: "2000-01-01T00:00:00.000Z" }),
        0,
        "nothing stood before the first write",
      );
      assert.deepEqual(
        (await store.listEventSummaries({ limit: 5, offset: 0, asOf: first })).map((e) => e.fatalities_high),
        [12],
      );
      await store.close();
    });

    test("a retracted report stays stored, never joins new events, and its ids reach ACLED clients as deletions", async () => {
      const store = await openStore(await backend.fresh());
      const [first, update] = GORGADJI as [CodedReport, CodedReport];
      await store.putReports([first]);
      const [event] = await store.listEvents({ limit: 1, offset: 0 });
      await store.retractDocument(first.document.id, null);
      assert.equal(await store.countEvents({}), 0);
      assert.equal(await store.countDocuments(), 1, "the document is kept");
      await assert.rejects(store.splitEvent("retracted"), /no event retracted/, "retracted reports make no event");
      const again = await store.putReports([first, update]);
      assert.deepEqual(again.existing, [first.document.id]);
      const [fresh] = await store.listEvents({ limit: 5, offset: 0 });
      assert.deepEqual(
        fresh?.sources.map((s) => s.id),
        [update.document.id],
        "the update stands alone: the retracted report is no candidate",
      );
      const app = buildApp({ store });
      const deletions = (await (await app.request("/api/acled/deletions?deleted_timestamp=2000-01-01")).json()) as {
        success: boolean;
        count: number;
        data: { event_id_cnty: string; deleted_timestamp: string }[];
      };
      assert.equal(deletions.success, true);
      assert.equal(deletions.count, 1);
      assert.equal(deletions.data[0]?.event_id_cnty, event?.event_id_cnty);
      assert.match(deletions.data[0]?.deleted_timestamp ?? "", /^\d{10}$/);
      const later = (await (await app.request("/api/acled/deletions?deleted_timestamp=4102444800")).json()) as {
        count: number;
      };
      assert.equal(later.count, 0, "none deleted after 2100");
      const gone = await app.request(`/events/${event?.id}`);
      assert.equal(gone.status, 404);
      assert.match(((await gone.json()) as { error: string }).error, /was retracted at/);
      await store.close();
    });
  });
}

describe("retraction over HTTP", () => {
  test("needs the token, reports what it changed, and the feed says why", async () => {
    const store = await openStore(join(tempDir(), "vigil.db"));
    await store.putReports([report("djibo-wire"), report("djibo-ngo")]);
    const ngo = coded.get("djibo-ngo")?.document.id as string;
    const path = `/documents/${ngo}/retract`;
    const post = (app: ReturnType<typeof buildApp>, headers: Record<string, string> = {}, body = "") =>
      app.request(path, { method: "POST", headers, body });
    assert.equal((await post(buildApp({ store }))).status, 403, "writes are off without a token");
    const app = buildApp({ store, token: "secret-1" });
    assert.equal((await post(app, { Authorization: "Bearer wrong-01" })).status, 401);
    const auth = { Authorization: "Bearer secret-1", "Content-Type": "application/json" };
    assert.equal((await post(app, auth, "{not json")).status, 400);
    assert.equal((await app.request("/documents/doc_nothing/retract", { method: "POST", headers: auth })).status, 404);
    const response = await post(app, auth, JSON.stringify({ reason: "duplicate of the wire story" }));
    assert.equal(response.status, 200);
    const result = (await response.json()) as { retracted: boolean; events: string[] };
    assert.equal(result.retracted, true);
    assert.equal(result.events.length, 1);
    const record = (await (await app.request(`/events/${result.events[0]}`)).json()) as StoredEvent & {
      history: EventHistoryEntry[];
    };
    assert.deepEqual([record.fatalities, record.fatalities_high], [100, null], "the NGO's 400 left with its report");
    const last = record.history.at(-1);
    assert.equal(last?.kind, "updated");
    assert.deepEqual(last?.cause, { action: "retract", documents: [ngo], reason: "duplicate of the wire story" });
    assert.deepEqual(last?.sources_removed, [`${ngo}#0`]);
    assert.equal((await app.request("/changes?since=abc")).status, 400);
    assert.equal((await app.request("/events?as_of=yesterday")).status, 400);
    await store.close();
  });
});
