import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, test } from "node:test";
import { type InputError, type RawReport, readInputs } from "../../src/ingest/index.js";
import { sniffForm } from "../../src/ingest/sniff.js";
import { fixture, tempDir } from "../helpers/cli.js";

async function readAll(args: string[], options = {}) {
  const reports: RawReport[] = [];
  const errors: InputError[] = [];
  for await (const result of readInputs(args, options)) {
    if ("report" in result) reports.push(result.report);
    else errors.push(result.error);
  }
  return { reports, errors };
}

describe("HTML pages", () => {
  test("valid HTML nested 20,000 deep is read, not refused with a stack overflow", async () => {
    const path = join(tempDir(), "deep.html");
    const sentence = "Gunmen attacked the market in Gao, Mali, on Friday, killing four traders.";
    writeFileSync(
      path,
      `<!doctype html><html><body>${"<div>".repeat(20_000)}<p>${sentence}</p>${"</div>".repeat(20_000)}</body></html>`,
    );
    const { reports, errors } = await readAll([path]);
    assert.deepEqual(
      errors.map((e) => e.message),
      [],
    );
    assert.equal(reports[0]?.text, sentence);
  });

  test("main text without navigation, scripts or footer, and metadata from meta tags", async () => {
    const { reports, errors } = await readAll([fixture("reports", "article.html")]);
    assert.equal(errors.length, 0);
    const [page] = reports;
    assert.ok(page);
    assert.equal(page.form, "html");
    assert.equal(page.title, "Drone strike hits gathering near Tinzaouaten");
    assert.equal(page.url, "https://sahel-monitor.example/2024/08/26/tinzaouaten-strike");
    assert.equal(page.author, "Amina Traoré");
    assert.equal(page.published_at, "2024-08-26T09:15:00Z");
    assert.equal(page.language, "en");
    assert.match(page.text, /^A drone strike on Sunday hit a group of people near Tinzaouaten/);
    assert.match(page.text, /separatist rebels\.$/);
    for (const furniture of ["Home", "Subscribe", "trackPageView", "font-family", "All rights reserved"]) {
      assert.ok(!page.text.includes(furniture), `"${furniture}" should not be in the text`);
    }
    assert.equal(page.text.split("\n").length, 3, "one line per paragraph");
  });

  test("JSON-LD gives the date when no meta tag does", async () => {
    const html = `<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"H","datePublished":"2025-03-11T06:00:00Z"}]}</script></head><body><p>${"Clashes in Beledweyne. ".repeat(20)}</p></body></html>`;
    const { reports } = await readAll(["-"], { stdin: streamOf(html) });
    assert.equal(reports[0]?.published_at, "2025-03-11T06:00:00Z");
    assert.equal(reports[0]?.title, "H");
  });

  test("a page with no readable text is malformed", async () => {
    const { errors } = await readAll([fixture("bad", "script-only.html")]);
    assert.equal(errors[0]?.problem, "malformed");
  });
});

describe("feeds", () => {
  test("RSS 2.0: each item a report with link, guid, title, date and its HTML description as text", async () => {
    const { reports } = await readAll([fixture("reports", "feed-rss.xml")]);
    assert.equal(reports.length, 2);
    const [first, second] = reports;
    assert.equal(first?.form, "feed-item");
    assert.equal(first?.url, "https://sahel-monitor.example/2024/09/02/menaka-clashes");
    assert.equal(first?.input_id, "sm-2024-0902-01");
    assert.equal(first?.published_at, "2024-09-02T08:30:00Z");
    assert.equal(first?.author, "Staff");
    assert.equal(
      first?.text,
      "Fighting broke out on Saturday between Islamic State Sahel fighters and a local militia east of Ménaka, residents said.\nAt least eight people died.",
    );
    assert.equal(second?.published_at, "2024-09-03T16:05:00Z");
    assert.match(second?.text ?? "", /fuel prices & transport fares\.$/);
  });

  test("Atom: alternate link, id, published (or updated) date, escaped HTML summary", async () => {
    const { reports } = await readAll([fixture("reports", "feed-atom.xml")]);
    assert.deepEqual(
      reports.map((r) => [r.url, r.input_id, r.published_at]),
      [
        ["https://lakechad.example/2024/10/28/barkaram", "urn:uuid:entry-barkaram", "2024-10-28T07:00:00Z"],
        ["https://lakechad.example/2024/10/29/displacement", "urn:uuid:entry-displacement", "2024-10-29T10:00:00Z"],
      ],
    );
    assert.equal(
      reports[0]?.text,
      "Boko Haram fighters attacked an army base on Barkaram island in Lake Chad late on Sunday, the presidency said.",
    );
  });

  test("malformed XML says where it breaks", async () => {
    const { errors } = await readAll([fixture("bad", "feed-broken.xml")]);
    assert.equal(errors[0]?.problem, "malformed");
    assert.match(errors[0]?.message ?? "", /line 4/);
  });

  test("a feed with no items", async () => {
    const { errors } = await readAll([fixture("bad", "feed-empty.xml")]);
    assert.equal(errors[0]?.problem, "no_items");
  });
});

describe("JSON Lines", () => {
  test("each line a document; id kept as input_id; dates normalized", async () => {
    const { reports, errors } = await readAll([fixture("reports", "documents.jsonl")]);
    assert.equal(errors.length, 0);
    assert.deepEqual(
      reports.map((r) => [r.input_id, r.published_at, r.title, r.language]),
      [
        ["ex-1", "2024-03-08", "Bus passengers abducted", null],
        ["2", "2024-08-02T10:30:00Z", null, "en"],
        [null, null, null, null],
      ],
    );
  });

  test("bad lines are reported by line number and the good ones still read", async () => {
    const { reports, errors } = await readAll([fixture("bad", "jsonl-with-bad-lines.jsonl")]);
    assert.deepEqual(
      reports.map((r) => r.input_id),
      ["good-1", "good-2"],
    );
    assert.deepEqual(
      errors.map((e) => [e.problem, e.source.replace(/.*\//, "")]),
      [
        ["malformed", "jsonl-with-bad-lines.jsonl:2"],
        ["malformed", "jsonl-with-bad-lines.jsonl:3"],
      ],
    );
  });

  test("a month or a year alone is no publication day: read as unknown, not as the 1st", async () => {
    const lines = [
      { id: "m", text: "Explosions rocked Bukavu on Thursday.", published_at: "2025-02" },
      { id: "y", text: "Explosions rocked Bukavu on Thursday.", published_at: "2025" },
      { id: "bad", text: "Explosions rocked Bukavu on Thursday.", published_at: "last Tuesday" },
    ];
    const { reports, errors } = await readAll(["-"], {
      stdin: streamOf(lines.map((l) => JSON.stringify(l)).join("\n")),
    });
    assert.deepEqual(
      reports.map((r) => [r.input_id, r.published_at]),
      [
        ["m", null],
        ["y", null],
      ],
    );
    assert.deepEqual(
      errors.map((e) => e.problem),
      ["malformed"],
    );
  });

  test("JSON Lines on standard input are recognised by content", async () => {
    const { reports } = await readAll(["-"], { stdin: streamOf(readFileSync(fixture("reports", "documents.jsonl"))) });
    assert.equal(reports.length, 3);
    assert.equal(reports[0]?.form, "jsonl");
  });
});

describe("sources", () => {
  test("a folder is every report file under it, in name order", async () => {
    const { reports, errors } = await readAll([fixture("reports")]);
    assert.equal(errors.length, 0);
    assert.equal(reports.length, 1 + 3 + 2 + 2 + 1 + 1);
  });

  test("a quoted glob is expanded", async () => {
    const { reports } = await readAll([fixture("reports", "*.txt")]);
    assert.deepEqual(
      reports.map((r) => r.source.replace(/.*\//, "")),
      ["djibo-convoy.txt", "forum-repost.txt"],
    );
  });

  test("a missing file is an error in its place and the batch goes on", async () => {
    const { reports, errors } = await readAll([fixture("reports", "nope.txt"), fixture("reports", "djibo-convoy.txt")]);
    assert.equal(errors[0]?.problem, "not_found");
    assert.equal(reports.length, 1);
  });

  test("a file over the size cap is refused before it is read", async () => {
    const { errors } = await readAll([fixture("reports", "djibo-convoy.txt")], { maxBytes: 100 });
    assert.equal(errors[0]?.problem, "too_large");
  });
});

const SNIFFED: [string, string, string][] = [
  ["<?xml version='1.0'?>\n<rss version='2.0'><channel/></rss>", "x", "feed"],
  ["<feed xmlns='http://www.w3.org/2005/Atom'></feed>", "x", "feed"],
  ["<!DOCTYPE html><html><body><p>x</p></body></html>", "x", "html"],
  ["<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'><body/></html>", "x", "html"],
  ['{"text": "An attack in Kaya."}\n', "x", "jsonl"],
  ['{"text": "An attack"}', "notes.jsonl", "jsonl"],
  ["{not json at all", "x", "text"],
  ["An attack in Kaya <on Monday>.", "x", "text"],
];
describe("sniffForm", () => {
  for (const [text, name, form] of SNIFFED)
    test(`${JSON.stringify(text.slice(0, 40))} → ${form}`, () => assert.equal(sniffForm(text, name), form));
});

function streamOf(content: string | Buffer): NodeJS.ReadableStream {
  return Readable.from([Buffer.from(content)]);
}
