import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

const ROOT = join(import.meta.dirname, "..", "..");

// The packed tarball, unpacked where `npm install` would put it, and imported by name from a scratch project as a
// user's code would. (The scratch project sits inside this checkout so Vigil's own dependencies resolve from its
// node_modules, as an install would provide them, without a network.)
test('`import { extract } from "vigil"` works from the packed tarball', () => {
  const scratch = mkdtempSync(join(ROOT, "test-output-scratch-"));
  try {
    const tarball = execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", scratch], {
      cwd: ROOT,
      encoding: "utf8",
    }).trim();
    const installed = join(scratch, "node_modules", "vigil");
    mkdirSync(installed, { recursive: true });
    execFileSync("tar", ["-xzf", join(scratch, tarball), "-C", installed, "--strip-components=1"]);
    writeFileSync(
      join(scratch, "use.mjs"),
      `import { extract, RULES } from "vigil";
const { events } = extract("Gunmen killed 12 villagers in Djibo, Burkina Faso, on Saturday.", { publishedAt: "2024-06-03" });
const [event] = events;
console.log(JSON.stringify({ type: event.sub_event_type, date: event.event_date, country: event.country,
  fatalities: event.fatalities, rule: event.evidence.sub_event_type[0].rule, known: RULES.some((r) => r.id === event.evidence.sub_event_type[0].rule) }));`,
    );
    const output = JSON.parse(execFileSync(process.execPath, ["use.mjs"], { cwd: scratch, encoding: "utf8" }));
    assert.deepEqual(
      { ...output, rule: typeof output.rule },
      {
        type: "Attack",
        date: "2024-06-01",
        country: "Burkina Faso",
        fatalities: 12,
        rule: "string",
        known: true,
      },
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
