import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { after } from "node:test";
import pg from "pg";
import { rawReport } from "../../src/ingest/raw-report.js";
import type { VigilEvent } from "../../src/model/index.js";
import { processReport } from "../../src/pipeline/index.js";
import type { CodedReport } from "../../src/store/index.js";
import { tempDir } from "./cli.js";

/** A backend the store suite runs against: `fresh()` gives the location of a new, empty database. */
export interface Backend {
  name: string;
  fresh(): Promise<string>;
  skip: string | false;
}

const POSTGRES = process.env.VIGIL_TEST_POSTGRES;
const created: string[] = [];

/**
 * SQLite always; PostgreSQL when VIGIL_TEST_POSTGRES names a server whose role may create databases
 * (`scripts/start-test-postgres.sh` starts one). CI must test both, so there a missing server is an error.
 */
export function backends(): Backend[] {
  if (!POSTGRES && process.env.CI) throw new Error("CI must set VIGIL_TEST_POSTGRES: the store suite runs on both");
  return [
    { name: "SQLite", skip: false, fresh: async () => join(tempDir(), "vigil.db") },
    {
      name: "PostgreSQL",
      skip: POSTGRES
        ? false
        : "VIGIL_TEST_POSTGRES is not set (run scripts/start-test-postgres.sh): PostgreSQL not tested",
      fresh: freshPostgres,
    },
  ];
}

async function freshPostgres(): Promise<string> {
  const name = `vigil_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: POSTGRES });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE template0`);
  await admin.end();
  if (created.length === 0) after(dropCreated);
  created.push(name);
  const url = new URL(POSTGRES as string);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropCreated(): Promise<void> {
  const admin = new pg.Client({ connectionString: POSTGRES });
  await admin.connect();
  for (const name of created.splice(0)) await dropDatabase(admin, name);
  await admin.end();
}

/**
 * Drops a test database. A server process this role may not end (autovacuum visiting the new database) makes
 * FORCE fail for a moment: try again, and leave the database if it stays (a test's clean-up is no test).
 */
async function dropDatabase(admin: pg.Client, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      return;
    } catch (error) {
      if (attempt === 5) {
        process.stderr.write(`test database ${name} left behind: ${(error as Error).message}\n`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

export interface FixtureLine {
  id: string;
  text: string;
  published_at: string | null;
  url?: string;
  title?: string;
}

/** Runs a JSONL line's report through the real pipeline, as `vigil ingest` does. */
export function codedReport(line: FixtureLine): CodedReport {
  return processReport(
    rawReport({
      source: "test",
      form: "jsonl",
      encoding: "UTF-8",
      text: line.text,
      input_id: line.id,
      url: line.url ?? null,
      title: line.title ?? null,
      published_at: line.published_at,
    }),
  );
}

export function withEvent(report: CodedReport, change: Partial<VigilEvent>): CodedReport {
  return { ...report, events: report.events.map((e) => ({ ...e, ...change })) };
}
