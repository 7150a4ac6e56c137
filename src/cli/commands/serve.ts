import { join } from "node:path";
import { type Command, InvalidArgumentError, Option } from "commander";
import { PACKAGE_ROOT } from "../../base/package-root.js";
import type { FleetMonitor } from "../../fleet/index.js";
import { openStore, type Store } from "../../store/index.js";
import { databaseLocation, parseNonNegativeInteger, parsePositiveInteger } from "../options.js";

export interface ServeOptions {
  db?: string;
  host: string;
  port: number;
  maxBytes: number;
}

/** The built page, beside the compiled code: dist/web. */
export const WEB_ROOT = join(PACKAGE_ROOT, "dist", "web");

export function addServeOptions(command: Command): Command {
  return command
    .option("--db <location>", "SQLite file or postgres:// URL (default ./vigil.db, or VIGIL_DB)")
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .addOption(new Option("--port <port>", "port (0: any free one)").argParser(parseNonNegativeInteger).default(7300))
    .addOption(
      new Option("--max-bytes <n>", "largest request body accepted")
        .argParser(parsePositiveInteger)
        .default(10 * 1024 * 1024),
    );
}

/** Serves until the process is stopped (Ctrl-C), then closes the store cleanly. */
export async function serveStore(store: Store, options: ServeOptions, fleet?: FleetMonitor | null): Promise<void> {
  const token = process.env.VIGIL_TOKEN || undefined;
  // (Loaded here, not at start: every other command would pay for Hono and the OpenAPI schemas.)
  const { startServer } = await import("../../server/index.js");
  const server = await startServer({
    store,
    ...(fleet ? { fleet: () => fleet.stats() } : {}),
    token,
    maxBodyBytes: options.maxBytes,
    webRoot: WEB_ROOT,
    host: options.host,
    port: options.port,
  }).catch(async (error: NodeJS.ErrnoException) => {
    await store.close();
    await fleet?.close();
    throw listenError(error, options);
  });
  process.stderr.write(
    `Vigil is serving ${store.location} at ${server.url}/ (API: ${server.url}/openapi.json; writes ${token ? "need VIGIL_TOKEN" : "off: set VIGIL_TOKEN to enable POST /documents"}). Ctrl-C stops it.\n`,
  );
  process.stdout.write(`${server.url}/\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
  await store.close();
  await fleet?.close();
}

/** A port that is taken or not ours to use is the user's choice to change, not an internal error. */
function listenError(error: NodeJS.ErrnoException, { host, port }: ServeOptions): Error {
  if (error.code === "EADDRINUSE")
    return new InvalidArgumentError(`${host}:${port} is in use by another program: stop it, or choose another --port`);
  if (error.code === "EACCES")
    return new InvalidArgumentError(
      `${host}:${port} needs more privileges than this user has: choose a --port above 1023`,
    );
  if (error.code === "EADDRNOTAVAIL")
    return new InvalidArgumentError(`--host ${host} is no address of this machine: use 127.0.0.1 or one it has`);
  return error;
}

export function serveCommand(program: Command): void {
  addServeOptions(
    program.command("serve").description("serve the HTTP API and the web page (map, timeline, evidence)"),
  ).action(async (options: ServeOptions) => {
    const location = databaseLocation(options.db);
    const store = await openStore(location);
    // (Loaded here: the fleet's queue library is for PostgreSQL fleets only.)
    const { FleetMonitor } = await import("../../fleet/index.js");
    await serveStore(store, options, FleetMonitor.of(location));
  });
}
