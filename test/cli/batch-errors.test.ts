import assert from "node:assert/strict";
import { test } from "node:test";
import { BatchErrors } from "../../src/cli/report-errors.js";
import { InputError } from "../../src/ingest/index.js";

test("a bug met on one report is reported and the batch goes on; a refusal keeps its own code", () => {
  const written: string[] = [];
  const write = process.stderr.write;
  process.stderr.write = ((chunk: string) => written.push(chunk) > 0) as typeof process.stderr.write;
  try {
    const errors = new BatchErrors();
    const results = [
      errors.attempt("a.txt", () => 1),
      errors.attempt("b.txt", () => {
        throw new Error("confidence below 0");
      }),
      errors.attempt("c.txt", () => {
        throw new InputError("empty", "c.txt", "the input is empty");
      }),
      errors.attempt("d.txt", () => 4),
    ];
    assert.deepEqual(results, [1, undefined, undefined, 4]);
    assert.equal(errors.count, 2);
    assert.equal(errors.exitCode, 1, "the first failure's code: internal");
    assert.match(written[0] ?? "", /^vigil: internal error on b\.txt: confidence below 0 \(the other reports go on/);
    assert.match(written[1] ?? "", /^vigil: c\.txt: the input is empty/);
  } finally {
    process.stderr.write = write;
  }
});
