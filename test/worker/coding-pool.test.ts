import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { InputError } from "../../src/ingest/errors.js";
import { rawReport } from "../../src/ingest/raw-report.js";
import { CodingPool } from "../../src/worker/coding-pool.js";

const report = (text: string, source: string) => rawReport({ source, form: "text", encoding: "UTF-8", text });

describe("a coding thread sent documents ahead", () => {
  // (One thread holding three documents at once, with a budget only a long text overruns.)
  const pool = new CodingPool({ workers: 1, budgetMs: 500, perThread: 3 });
  after(() => pool.close());

  test("codes them in order, and a document over budget fails alone: the ones sent after it are coded anew", async () => {
    await pool.code(report("Gunmen attacked Gao, Mali, on Monday.", "warm-up"));
    const slow = pool.code(report("Killed 5, ".repeat(300_000), "slow"));
    const quick = [
      pool.code(report("Soldiers clashed with militants near Menaka, Mali, on Thursday, killing nine.", "menaka")),
      pool.code(report("Gunmen killed two farmers near Djibo, Burkina Faso, on Monday.", "djibo")),
    ];
    await assert.rejects(slow, (error: unknown) => error instanceof InputError && error.problem === "over_budget");
    const coded = await Promise.all(quick);
    assert.deepEqual(
      coded.map((c) => [c.document.source, c.events[0]?.location]),
      [
        ["menaka", "Ménaka"],
        ["djibo", "Djibo"],
      ],
    );
    assert.equal(pool.waiting(), 0);
  });
});
