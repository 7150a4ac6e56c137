import { createRequire } from "node:module";

/*
 * The libraries that read markup, loaded on the first page or feed that needs them: linkedom alone is some 200
 * modules, which a batch of JSON Lines or plain text (and every command that reads none) would otherwise load at
 * start. Synchronous `require` because the readers are synchronous; each package ships a CommonJS build of the same
 * code for it.
 */
const require = createRequire(import.meta.url);

export const linkedom = once(() => require("linkedom") as typeof import("linkedom"));
export const readability = once(() => require("@mozilla/readability") as typeof import("@mozilla/readability"));
export const xmlParser = once(() => require("fast-xml-parser") as typeof import("fast-xml-parser"));

/** A value made on first use, then kept. */
export function once<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= load();
    return loaded;
  };
}
