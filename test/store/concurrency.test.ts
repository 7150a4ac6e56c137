import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { ROOT, tempDir, vigil } from "../helpers/cli.js";
import { backends } from "../helpers/stores.js";

const TOWNS = [
  ["Djibo", "Burkina Faso"],
  ["Dori", "Burkina Faso"],
  ["Kaya", "Burkina Faso"],
  ["Gao", "Mali"],
  ["Mopti", "Mali"],
  ["Tillaberi", "Niger"],
];

/** Two reports each of 30 attacks in different towns and weeks: the same event arrives from both processes. */
function reports(): string {
  const lines: string[] = [];
  for (let i = 0; i < 30; i++) {
    const [town, country] = TOWNS[i % TOWNS.length] as [string, string];
    const day = `2024-${String(1 + Math.floor(i / 6) * 2).padStart(2, "0")}-${String(3 + (i % 6) * 4).padStart(2, "0")}`;
    for (const [n, outlet] of [
      [10 + i, "wire"],
      [20 + i, "radio"],
    ] as const) {
      const text = `Gunmen attacked the town of ${town} in ${country} on ${day}, killing ${n} civilians, ${outlet} sources said.`;
      lines.push(JSON.stringify({ id: `${outlet}-${i}`, text, published_at: day }));
    }
  }
  return `${lines.join("\n")}\n`;
}

function ingest(file: string, db: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, "bin", "vigil.js"), "ingest", file, "--db", db], {
      stdio: "ignore",
    });
    child.on("close", resolve);
  });
}

function eventsOf(db: string): string[] {
  const run = vigil(["events", "--db", db, "--format", "jsonl"]);
  assert.equal(run.status, 0, run.stderr);
  return run.stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; sources: { input_id: string }[] })
    .map(
      (e) =>
        `${e.id}:${e.sources
          .map((s) => s.input_id)
          .sort()
          .join(",")}`,
    )
    .sort();
}

for (const backend of backends()) {
  describe(`concurrent ingest on ${backend.name}`, { skip: backend.skip }, () => {
    test("two processes ingesting the same reports at once store each once and merge as one process would", async () => {
      const dir = tempDir();
      const forward = join(dir, "forward.jsonl");
      const backward = join(dir, "backward.jsonl");
      const text = reports();
      writeFileSync(forward, text);
      writeFileSync(backward, `${text.trim().split("\n").reverse().join("\n")}\n`);
      const alone = await backend.fresh();
      assert.equal(await ingest(forward, alone), 0);
      const shared = await backend.fresh();
      assert.deepEqual(await Promise.all([ingest(forward, shared), ingest(backward, shared)]), [0, 0]);
      const expected = eventsOf(alone);
      assert.equal(expected.length, 30, "each attack's two reports merge");
      assert.deepEqual(eventsOf(shared), expected);
      const documents = vigil(["documents", "--db", shared, "--format", "jsonl"]).stdout.trim().split("\n");
      assert.equal(documents.length, 60);
    });
  });
}
