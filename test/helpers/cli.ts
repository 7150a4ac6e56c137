import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const FIXTURES = join(ROOT, "test", "fixtures");
export const SHARED = join(ROOT, "..", "shared");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `vigil` binary as a user would (tests run after `npm run build`). */
export function vigil(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): CliRun {
  const run = spawnSync(process.execPath, [join(ROOT, "bin", "vigil.js"), ...args], {
    cwd: ROOT,
    input: options.input,
    encoding: "utf8",
    env: { ...process.env, ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export const fixture = (...parts: string[]) => join(FIXTURES, ...parts);

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "vigil-test-"));
}

export function jsonLines<T = unknown>(text: string): T[] {
  return text
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}
