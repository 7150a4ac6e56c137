import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { buildApp } from "../../src/server/index.js";
import { openStore, type Store } from "../../src/store/index.js";
import { CodingPool } from "../../src/worker/coding-pool.js";
import { ROOT, tempDir } from "../helpers/cli.js";

const TOKEN = "test-token-123";
const TOWNS = ["Djibo", "Dori", "Kaya", "Gao", "Mopti", "Menaka", "Diffa", "Tillaberi"];

/** Short reports of many different events: each town, a different day. */
function reports(count: number): { text: string; published_at: string }[] {
  return Array.from({ length: count }, (_, i) => ({
    text: `Gunmen killed ${3 + (i % 20)} civilians in ${TOWNS[i % TOWNS.length]} on Monday, report ${i} said.`,
    published_at: `2024-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
  }));
}

describe("big and slow uploads stall neither the server nor the rest of the upload", () => {
  let store: Store;
  let pool: CodingPool;
  let app: ReturnType<typeof buildApp>;
  const post = async (body: unknown) =>
    app.request("/documents", {
      method: "POST",
      headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });

  before(async () => {
    store = await openStore(join(tempDir(), "vigil.db"));
    // (A short budget, with the thread warmed first: coding is linear in a text's length, so only a long one is slow.)
    pool = new CodingPool({ budgetMs: 500 });
    app = buildApp({ store, token: TOKEN, coder: pool.code });
    await post({ text: "Gunmen killed two farmers near Djibo, Burkina Faso, on Monday." });
  });
  after(async () => {
    await pool.close();
    await store.close();
  });

  test("a document over the time budget is skipped with a clear error; the others are stored", async () => {
    const slow = { text: "Killed 5, ".repeat(300_000) };
    const quick = { text: "Soldiers clashed with militants near Menaka, Mali, on Thursday, killing nine." };
    const response = await post([quick, slow]);
    assert.equal(response.status, 201);
    const result = (await response.json()) as { documents: unknown[]; skipped: { item: number; error: string }[] };
    assert.equal(result.documents.length, 1);
    assert.deepEqual(
      result.skipped.map((s) => s.item),
      [1],
    );
    assert.match(result.skipped[0]?.error ?? "", /took over 0.5 s, over the budget for one document; it was skipped$/);
    const alone = await post(slow);
    assert.equal(alone.status, 422, "one document over budget is the client's to fix");
  });

  test("a 2,000-document upload is stored in batches while /health keeps answering within 0.5 s", async () => {
    const started = Date.now();
    let slowest = 0;
    let answered = 0;
    const upload = Promise.resolve(post(reports(2000)));
    let done = false;
    void upload.finally(() => {
      done = true;
    });
    while (!done) {
      const asked = performance.now();
      const health = await app.request("/health");
      assert.equal(health.status, 200);
      slowest = Math.max(slowest, performance.now() - asked);
      answered++;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const response = await upload;
    assert.equal(response.status, 201);
    assert.equal(((await response.json()) as { documents: unknown[] }).documents.length, 2000);
    assert.ok(Date.now() - started < 120_000);
    assert.ok(answered > 5, `/health asked ${answered} times`);
    assert.ok(slowest < 500, `/health took ${slowest.toFixed(0)} ms at worst`);
  });
});

describe("vigil serve stops within seconds on SIGTERM, in the middle of an upload, losing nothing stored", () => {
  test("SIGTERM during a 2,000-document POST: the batch in flight commits, the client is told what to resend", async () => {
    const db = join(tempDir(), "vigil.db");
    const child = spawn(process.execPath, [join(ROOT, "bin", "vigil.js"), "serve", "--port", "0", "--db", db], {
      env: { ...process.env, VIGIL_TOKEN: TOKEN },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const url = await new Promise<string>((resolve) =>
      child.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString().trim().replace(/\/$/, ""))),
    );
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    const upload = fetch(`${url}/documents`, {
      method: "POST",
      headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
      body: JSON.stringify(reports(2000)),
    });
    // Until the first batches are in.
    for (;;) {
      const health = (await (await fetch(`${url}/health`)).json()) as { documents: number };
      if (health.documents > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const signalled = Date.now();
    child.kill("SIGTERM");
    const response = await upload;
    assert.equal(response.status, 503);
    const message = ((await response.json()) as { error: string }).error;
    const stored = Number(/the first (\d+) of 2000 documents were stored/.exec(message)?.[1]);
    assert.equal(await exited, 0);
    assert.ok(Date.now() - signalled < 8000, `stopped ${Date.now() - signalled} ms after SIGTERM`);
    const store = await openStore(db);
    assert.equal(await store.countDocuments(), stored, message);
    assert.equal(stored % 25, 0, "whole batches only");
    await store.close();
  });
});
