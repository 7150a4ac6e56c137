import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, test } from "node:test";
import fc from "fast-check";
import { InputError, readInputs } from "../../src/ingest/index.js";
import { processReport } from "../../src/pipeline/index.js";
import { fixture } from "../helpers/cli.js";

const REAL_INPUTS = ["article.html", "feed-rss.xml", "feed-atom.xml", "documents.jsonl", "forum-repost.txt"].map(
  (name) => readFileSync(fixture("reports", name)),
);

/** Reads bytes as standard input through every stage; returns how it ended. Anything thrown but an InputError fails. */
async function readAndProcess(bytes: Uint8Array): Promise<"document" | "error"> {
  let outcome: "document" | "error" = "error";
  for await (const result of readInputs(["-"], { stdin: Readable.from([Buffer.from(bytes)]) })) {
    if ("error" in result) {
      assert.ok(result.error instanceof InputError);
      assert.ok(result.error.message.length > 0 && !result.error.message.includes("\n"));
      continue;
    }
    try {
      processReport(result.report, { mentions: true });
      outcome = "document";
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
    }
  }
  return outcome;
}

const mutation = fc.oneof(
  // Truncate anywhere: cut HTML, broken XML, half a JSON line, half a UTF-8 sequence.
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  // Overwrite a byte: stray NULs, invalid UTF-8, broken tags.
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  // Splice in text in another encoding.
  fc.record({ kind: fc.constant("latin1" as const), at: fc.nat(), text: fc.string({ maxLength: 20 }) }),
);

function mutate(input: Buffer, steps: { kind: string; at: number; byte?: number; text?: string }[]): Buffer {
  let bytes = Buffer.from(input);
  for (const step of steps) {
    const at = bytes.length === 0 ? 0 : step.at % bytes.length;
    if (step.kind === "truncate") bytes = bytes.subarray(0, at);
    else if (step.kind === "flip" && bytes.length > 0) bytes[at] = step.byte ?? 0;
    else if (step.kind === "latin1")
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(step.text ?? "", "latin1"), bytes.subarray(at)]);
  }
  return bytes;
}

describe("every reader ends in a document or a clear error, never an unhandled exception", () => {
  test("random bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => void (await readAndProcess(bytes))),
      { numRuns: 300 },
    );
  });

  test("random text", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "grapheme", maxLength: 500 }),
        async (text) => void (await readAndProcess(Buffer.from(text))),
      ),
      { numRuns: 300 },
    );
  });

  test("mutations of real inputs", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...REAL_INPUTS),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (input, steps) => {
          await readAndProcess(mutate(input, steps));
        },
      ),
      { numRuns: 400 },
    );
  });

  test("unmutated real inputs give documents", async () => {
    for (const input of REAL_INPUTS) assert.equal(await readAndProcess(input), "document");
  });
});
