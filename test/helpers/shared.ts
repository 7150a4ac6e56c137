import { existsSync } from "node:fs";
import { join } from "node:path";
import { SHARED } from "./cli.js";

/**
 * Acceptance tests read third-party texts from ../shared, which the project does not ship. Where it is absent
 * they are skipped with this reason printed; CI always has it.
 */
export function sharedFile(...parts: string[]): { path: string; skip: string | false } {
  const path = join(SHARED, ...parts);
  const skip = existsSync(path) ? false : `../shared is absent (${path} not found): acceptance test not run`;
  if (skip && process.env.CI) throw new Error(`${skip}; CI must have ../shared`);
  return { path, skip };
}
