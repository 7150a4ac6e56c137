import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { CodingPool } from "../worker/coding-pool.js";
import { buildApp, type ServerOptions } from "./app.js";

export { buildApp, type ServerOptions } from "./app.js";

export interface RunningServer {
  url: string;
  /** Stops taking connections, lets uploads finish their batch in flight, and closes the rest after a grace time. */
  close(): Promise<void>;
}

/** How long requests in flight get to finish once the server is stopping. */
const GRACE_MS = 5000;

/** Starts the API and page on host:port (port 0 picks a free one) and resolves once it listens. */
export function startServer(options: ServerOptions & { host: string; port: number }): Promise<RunningServer> {
  const pool = options.coder ? null : new CodingPool();
  const stopping = new AbortController();
  const app = buildApp({ ...options, coder: options.coder ?? pool?.code, signal: stopping.signal });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info: AddressInfo) => {
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: async () => {
          stopping.abort();
          await new Promise<void>((done) => {
            const force = setTimeout(() => "closeAllConnections" in server && server.closeAllConnections(), GRACE_MS);
            server.close(() => {
              clearTimeout(force);
              done();
            });
            if ("closeIdleConnections" in server) server.closeIdleConnections();
          });
          await pool?.close();
        },
      });
    });
    server.on("error", reject);
  });
}
