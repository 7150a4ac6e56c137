import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { buildApp, type ServerOptions } from "./app.js";

export { buildApp, type ServerOptions } from "./app.js";

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the API and page on host:port (port 0 picks a free one) and resolves once it listens. */
export function startServer(options: ServerOptions & { host: string; port: number }): Promise<RunningServer> {
  const app = buildApp(options);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info: AddressInfo) => {
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
    server.on("error", reject);
  });
}
