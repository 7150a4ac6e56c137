import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { glob } from "tinyglobby";
import { InputError } from "./errors.js";

export type InputSource = { kind: "stdin" } | { kind: "file"; path: string } | { kind: "url"; url: string };

const REPORT_EXTENSIONS = /\.(txt|text|md|html?|xhtml|xml|rss|atom|jsonl|ndjson)$/i;
const GLOB_CHARACTERS = /[*?[\]{}]/;

/** Every report file below a folder, in a stable order, skipping hidden entries and files of other kinds. */
function reportFilesIn(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...reportFilesIn(path));
    else if (entry.isFile() && REPORT_EXTENSIONS.test(entry.name)) files.push(path);
  }
  return files;
}

/**
 * Turns command-line arguments into the sources to read: `-` is standard input, `http(s)://` a URL, a folder every
 * report file under it, a quoted glob its matches. An argument that names nothing yields an error in its place,
 * so the rest of a batch still runs.
 */
export async function expandInputs(args: string[]): Promise<(InputSource | InputError)[]> {
  const sources: (InputSource | InputError)[] = [];
  for (const arg of args) {
    if (arg === "-") sources.push({ kind: "stdin" });
    else if (/^https?:\/\//i.test(arg)) sources.push({ kind: "url", url: arg });
    else {
      const stat = statSync(arg, { throwIfNoEntry: false });
      if (stat?.isDirectory()) {
        const files = reportFilesIn(arg);
        if (files.length === 0)
          sources.push(
            new InputError(
              "not_found",
              arg,
              "the folder holds no report files (.txt, .html, .xml, .rss, .atom, .jsonl)",
            ),
          );
        for (const path of files) sources.push({ kind: "file", path });
      } else if (stat) sources.push({ kind: "file", path: arg });
      else if (GLOB_CHARACTERS.test(arg)) {
        const matches = (await glob(arg, { onlyFiles: true })).sort();
        if (matches.length === 0) sources.push(new InputError("not_found", arg, "the pattern matches no file"));
        for (const path of matches) sources.push({ kind: "file", path });
      } else sources.push(new InputError("not_found", arg, "no such file or folder"));
    }
  }
  return sources;
}
