import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { decodeBytes } from "../../src/ingest/decode.js";
import { InputError } from "../../src/ingest/index.js";
import { fixture } from "../helpers/cli.js";

const expected = readFileSync(fixture("encodings", "expected.txt"), "utf8");
// Latin-1 has no guillemets, curly apostrophe or ellipsis, so that fixture was written with their ASCII stand-ins.
const expectedLatin1 = expected.replace(/[«»]/g, '"').replace(/’/g, "'").replace(/…/g, "...");

const ENCODINGS = [
  { file: "utf8.txt", encoding: "UTF-8", text: expected },
  { file: "utf8-bom.txt", encoding: "UTF-8", text: expected },
  { file: "utf16le-bom.txt", encoding: "UTF-16LE", text: expected },
  { file: "utf16be-bom.txt", encoding: "UTF-16BE", text: expected },
  { file: "utf16le-no-bom.txt", encoding: "UTF-16LE", text: expected },
  { file: "windows-1252.txt", encoding: "windows-1252", text: expected },
  { file: "latin1.txt", encoding: "windows-1252", text: expectedLatin1 },
];

describe("decodeBytes reads every encoding reports come in", () => {
  for (const { file, encoding, text } of ENCODINGS) {
    test(file, () => {
      const decoded = decodeBytes(readFileSync(fixture("encodings", file)), file);
      assert.equal(decoded.encoding, encoding);
      assert.equal(decoded.text, text);
    });
  }
});

const REFUSED = [
  { file: "empty.txt", problem: "empty" },
  { file: "whitespace.txt", problem: "empty" },
  { file: "pixel.png", problem: "binary" },
  { file: "scan.pdf", problem: "binary" },
  { file: "nul-bytes.txt", problem: "binary" },
  // 100 KB of random bytes with every NUL replaced: once stored as a windows-1252 "document".
  { file: "random-no-nul.bin", problem: "binary" },
];

describe("decodeBytes refuses what is not text", () => {
  for (const { file, problem } of REFUSED) {
    test(file, () => {
      assert.throws(
        () => decodeBytes(readFileSync(fixture("bad", file)), file),
        (error: unknown) => error instanceof InputError && error.problem === problem && error.message.startsWith(file),
      );
    });
  }
});

test("a charset declared by the server is used when the bytes are not UTF-8", () => {
  const bytes = Buffer.from([0x53, 0xe9, 0x62, 0x62, 0x61]); // "Sébba" in Latin-1
  assert.deepEqual(decodeBytes(bytes, "page", "iso-8859-1"), { text: "Sébba", encoding: "windows-1252" });
});

test("text with a few control bytes (form feeds, a DOS end-of-file mark, ISO-2022 escapes) is still text", () => {
  const text = `Gunmen attacked Gao on Friday.\f\x1b$B\x1b(B${"Soldiers arrived later. ".repeat(40)}\x1a`;
  assert.equal(decodeBytes(Buffer.from(text, "latin1"), "report.txt").text, text);
});
