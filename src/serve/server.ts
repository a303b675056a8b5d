/** Binds the web app to 127.0.0.1 (never another interface) and resolves once it listens. */
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { createApp, type AppOptions } from "./app.js";

export const HOST = "127.0.0.1";

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly close: () => Promise<void>;
}

/** Starts the server; port 0 picks a free port. Rejects with the listen error (EADDRINUSE, EACCES). */
export function startServer(options: AppOptions & { readonly port: number }): Promise<RunningServer> {
  const app = createApp(options);
  return new Promise((resolve, reject) => {
    let server: ServerType | undefined;
    server = serve({ fetch: app.fetch, port: options.port, hostname: HOST }, (info: AddressInfo) => {
      const running = server!;
      resolve({
        url: `http://${HOST}:${info.port}/`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            running.close(() => done());
            // Keep-alive connections from a browser would otherwise hold close() open.
            (running as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.once("error", reject);
  });
}
