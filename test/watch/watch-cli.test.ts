import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { describe, test } from "node:test";
import { EXIT_CODES } from "../../src/ingest/index.js";
import { ROOT, tempDir, vigil } from "../helpers/cli.js";

/** Runs the CLI without blocking the event loop, so the loopback server in this process can answer it. */
function vigilAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, "bin", "vigil.js"), ...args], { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

describe("vigil watch and vigil stats on the command line", () => {
  test("a watch file that cannot be read is a usage error naming the problem", () => {
    const dir = tempDir();
    const bad = join(dir, "watch.json");
    writeFileSync(bad, JSON.stringify({ feeds: [{ url: "not a url", interval: "often" }] }));
    const run = vigil(["watch", bad, "--once", "--db", join(dir, "vigil.db")]);
    assert.equal(run.status, EXIT_CODES.usage);
    assert.match(run.stderr, /feeds\.0\.url/);
    assert.match(run.stderr, /feeds\.0\.interval/);
    const missing = vigil(["watch", join(dir, "none.yaml"), "--once"]);
    assert.equal(missing.status, EXIT_CODES.usage);
    assert.match(missing.stderr, /cannot read the watch file/);
  });

  test("--once polls a YAML-configured feed, prints the alert, and stats shows the freshness", async () => {
    const published = new Date(Date.now() - 90_000).toUTCString();
    const server = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/rss+xml" });
      response.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Attack on Djibo</title><guid>d1</guid><pubDate>${published}</pubDate><description>Gunmen attacked the town of Djibo in northern Burkina Faso on Monday, killing 12 civilians, residents said.</description></item></channel></rss>`,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const dir = tempDir();
      const config = join(dir, "watch.yaml");
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
      writeFileSync(
        config,
        `feeds:\n  - url: ${url}\n    interval: 30s\nrules:\n  - name: sahel\n    country: BF\n    min_fatalities: 5\n`,
      );
      const db = join(dir, "vigil.db");
      const run = await vigilAsync(["watch", config, "--once", "--db", db, "--json-log"]);
      assert.equal(run.status, 0, run.stderr);
      const alert = JSON.parse(run.stdout.trim()) as {
        alert: string;
        rule: string;
        location: string;
        fatalities: number;
      };
      assert.deepEqual([alert.alert, alert.rule, alert.location, alert.fatalities], ["new", "sahel", "Djibo", 12]);
      assert.match(run.stderr, /"event":"poll"/);
      const stats = JSON.parse(vigil(["stats", "--db", db, "--json"]).stdout) as {
        lag_events: number;
        lag_median_s: number;
      };
      assert.equal(stats.lag_events, 1);
      assert.ok(stats.lag_median_s >= 85 && stats.lag_median_s < 600, `lag ${stats.lag_median_s} s`);
    } finally {
      server.close();
    }
  });

  test("--once exits 11 when any feed failed and 7 when every one did, so cron notices", async () => {
    const server = createServer((request, response) => {
      if (request.url === "/ok.xml") {
        response.writeHead(200, { "content-type": "application/rss+xml" });
        return response.end(
          '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><guid>q1</guid><title>Quiet</title><description>Markets reopened in Gao.</description></item></channel></rss>',
        );
      }
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const dir = tempDir();
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const watchFile = (names: string[]) => {
        const path = join(dir, `${names.join("-")}.json`);
        writeFileSync(path, JSON.stringify({ feeds: names.map((name) => ({ url: `${base}/${name}.xml` })) }));
        return path;
      };
      const db = join(dir, "vigil.db");
      for (const [names, status] of [
        [["ok"], 0],
        [["ok", "gone"], EXIT_CODES.feeds_failed],
        [["gone", "missing"], EXIT_CODES.unreachable],
      ] as const) {
        const run = await vigilAsync(["watch", watchFile([...names]), "--once", "--db", db]);
        assert.equal(run.status, status, `${names.join(", ")}: ${run.stderr}`);
      }
    } finally {
      server.close();
    }
  });
});
