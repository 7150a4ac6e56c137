import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { EXIT_CODES } from "../../src/ingest/index.js";
import { type Extraction, ExtractionSchema } from "../../src/model/index.js";
import { RULES } from "../../src/registry/index.js";
import { fixture, jsonLines, ROOT, vigil } from "../helpers/cli.js";

describe("vigil extract", () => {
  test("one document prints one object that satisfies the output contract", () => {
    const run = vigil(["extract", fixture("reports", "djibo-convoy.txt"), "--published", "2024-06-05"]);
    assert.equal(run.status, 0, run.stderr);
    const output = ExtractionSchema.parse(JSON.parse(run.stdout));
    assert.equal(output.document.published_at, "2024-06-05");
    assert.equal(output.document.published_at_source, "option");
    assert.equal(output.document.language, "en");
    const [event] = output.events;
    assert.equal(output.events.length, 1);
    assert.deepEqual([event?.event_type, event?.country, event?.fatalities], ["Battles", "Burkina Faso", 12]);
    assert.equal(output.mentions, undefined);
  });

  test("several documents print an array; --format jsonl one per line; --mentions adds the list", () => {
    const asArray = vigil(["extract", fixture("reports", "feed-rss.xml")]);
    assert.equal((JSON.parse(asArray.stdout) as unknown[]).length, 2);
    const asLines = jsonLines<Extraction>(
      vigil(["extract", fixture("reports", "documents.jsonl"), "--format", "jsonl", "--mentions"]).stdout,
    );
    assert.deepEqual(
      asLines.map((l) => l.document.input_id),
      ["ex-1", "2", null],
    );
    assert.ok(asLines.every((l) => Array.isArray(l.mentions)));
  });

  test("standard input, with the publication date unknown when nothing gives it", () => {
    const run = vigil(["extract", "-"], { input: readFileSync(fixture("reports", "djibo-convoy.txt")) });
    assert.equal(run.status, 0);
    const output = JSON.parse(run.stdout) as Extraction;
    assert.equal(output.document.source, "(stdin)");
    assert.equal(output.document.published_at, null);
    assert.equal(output.document.published_at_source, "none");
    assert.match(run.stderr, /no publication date/);
  });

  test("a forum repost: furniture out of the text, links and attachments kept", () => {
    const output = JSON.parse(vigil(["extract", fixture("reports", "forum-repost.txt")]).stdout) as Extraction;
    assert.ok(output.document.text.endsWith("The army said it had sent reinforcements to the area."));
    assert.deepEqual(output.document.asides, [
      { kind: "attachment", value: "IMG_20240602_0931.jpg" },
      { kind: "link", value: "https://example.org/news/seytenga-market" },
      { kind: "link", value: "https://example.org/news/sahel-roundup" },
      { kind: "attachment", value: "[attachment deleted by admin]" },
    ]);
    // Its photo's name is its only date, and "on Sunday" is the day the photo was taken.
    assert.deepEqual(
      [output.document.published_at, output.document.published_at_source, output.events[0]?.event_date],
      ["2024-06-02", "attachment", "2024-06-02"],
    );
  });

  test("the same text gets the same id whatever the line breaks", () => {
    const a = JSON.parse(vigil(["extract", "-"], { input: "Gunmen attacked Kaya.\nTen died." }).stdout) as Extraction;
    const b = JSON.parse(vigil(["extract", "-"], { input: "Gunmen  attacked Kaya. Ten died.\n" }).stdout) as Extraction;
    assert.equal(a.document.id, b.document.id);
  });
});

const BAD_INPUTS: { file: string; code: number; says: RegExp }[] = [
  { file: "empty.txt", code: EXIT_CODES.empty, says: /empty/ },
  { file: "whitespace.txt", code: EXIT_CODES.empty, says: /white space/ },
  { file: "debris-only.txt", code: EXIT_CODES.empty, says: /nothing is left/ },
  { file: "pixel.png", code: EXIT_CODES.binary, says: /PNG image/ },
  { file: "scan.pdf", code: EXIT_CODES.binary, says: /PDF document/ },
  { file: "nul-bytes.txt", code: EXIT_CODES.binary, says: /NUL bytes/ },
  { file: "feed-broken.xml", code: EXIT_CODES.malformed, says: /not well-formed XML/ },
  { file: "feed-empty.xml", code: EXIT_CODES.no_items, says: /no items/ },
  { file: "script-only.html", code: EXIT_CODES.malformed, says: /no readable text/ },
  { file: "does-not-exist.txt", code: EXIT_CODES.not_found, says: /no such file/ },
];

describe("bad input: one clear line on stderr, a distinct exit code, nothing on stdout", () => {
  for (const { file, code, says } of BAD_INPUTS) {
    test(file, () => {
      const run = vigil(["extract", fixture("bad", file)]);
      assert.equal(run.status, code);
      assert.equal(run.stdout, "");
      const lines = run.stderr.trim().split("\n");
      assert.equal(lines.length, 1, run.stderr);
      assert.match(lines[0] ?? "", says);
      assert.doesNotMatch(run.stderr, /\n\s+at /, "no stack trace");
    });
  }

  test("over the size cap", () => {
    const run = vigil(["extract", fixture("reports", "djibo-convoy.txt"), "--max-bytes", "100"]);
    assert.equal(run.status, EXIT_CODES.too_large);
    assert.match(run.stderr, /over the limit of 100/);
  });

  test("a bad option value is a usage error", () => {
    const run = vigil(["extract", fixture("reports", "djibo-convoy.txt"), "--published", "last tuesday"]);
    assert.equal(run.status, EXIT_CODES.usage);
    assert.match(run.stderr, /YYYY-MM-DD/);
  });

  test("a batch with one bad file prints the others and exits with the bad one's code", () => {
    const run = vigil([
      "extract",
      fixture("reports", "djibo-convoy.txt"),
      fixture("bad", "pixel.png"),
      fixture("reports", "forum-repost.txt"),
      "--format",
      "jsonl",
    ]);
    assert.equal(run.status, EXIT_CODES.binary);
    assert.equal(jsonLines(run.stdout).length, 2);
    assert.match(run.stderr, /pixel\.png: this is a PNG image/);
  });
});

describe("vigil rules", () => {
  test("lists every rule with its kind, locale, description and examples; a prefix narrows the list", () => {
    const all = JSON.parse(vigil(["rules", "--format", "json"]).stdout) as { id: string; locale: string | null }[];
    assert.deepEqual(
      all.map((rule) => rule.id),
      RULES.map((rule) => rule.id),
    );
    const debris = vigil(["rules", "clean/debris/bare-link"]);
    assert.equal(debris.status, 0);
    assert.match(
      debris.stdout,
      /^clean\/debris\/bare-link {2}\(debris, any language\)\n {2}A line that is only a link/,
    );
    assert.match(debris.stdout, /\+ Gunmen attacked the town\. ⏎ https:\/\/example\.org/);
  });
});

test("output into a pipe its reader closed ends quietly (`vigil rules | head -1`)", () => {
  const run = spawnSync("sh", ["-c", `node ${join(ROOT, "bin", "vigil.js")} rules | head -c 10`], { encoding: "utf8" });
  assert.equal(run.stdout, "clean/debr");
  assert.equal(run.stderr, "");
});
