import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The folder Vigil is installed in: the nearest one above this module holding package.json. Found rather than
 * counted in "..": the module sits at a different depth when run from src (tsx), from dist, or from the bundle
 * (dist/bundle), and the data, examples and built page are found from here in all three.
 */
function packageRoot(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, "package.json"))) return folder;
    if (dirname(folder) === folder) throw new Error(`no package.json above ${from}: Vigil's files are incomplete`);
  }
}

export const PACKAGE_ROOT = packageRoot(import.meta.dirname);
