import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { RelayHandler } from "./handler.ts";
import { silentLogger, type Logger } from "./logger.ts";
import { nodeBody, sendWebResponse, toWebRequest } from "./nodeAdapter.ts";

export interface RelayServerOptions {
  handler: RelayHandler;
  port: number;
  host: string;
  logger?: Logger;
  /** How much unread body is drained after answering before the connection is cut. */
  maxDiscardBytes?: number;
}

export interface RelayServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Serves the web-standard handler over node:http. */
export async function serveRelay(options: RelayServerOptions): Promise<RelayServer> {
  const logger = options.logger ?? silentLogger;
  const maxDiscardBytes = options.maxDiscardBytes ?? 8 * 1024 * 1024;

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = nodeBody(req);
    try {
      const response = await options.handler(toWebRequest(req, body.stream));
      const unread = !req.complete;
      await sendWebResponse(res, response, unread);
      if (unread) body.discardRest(maxDiscardBytes);
    } catch (error) {
      logger.error("request failed", { error });
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json", connection: "close" });
      res.end(JSON.stringify({ error: "internal error" }));
      body.discardRest(maxDiscardBytes);
    }
  }

  // A webhook is small: slow or stalled uploads are cut off rather than held open.
  const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, (req, res) => {
    void onRequest(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;

  return {
    url: `http://${host}:${port}`,
    port,
    close() {
      return new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      });
    },
  };
}
