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
  /** Limits on slow clients; the defaults suit a webhook (tests shorten them). */
  timeouts?: Partial<RelayServerTimeouts>;
}

export interface RelayServerTimeouts {
  /** Time allowed to send the request headers; 408 and the connection closed after it. */
  headersMs: number;
  /** Time allowed to send the whole request, body included; 408 and the connection closed after it. */
  requestMs: number;
  /**
   * How often Node checks the two limits above. Node's default is 30 s, which
   * silently stretches them (a 30 s request timeout fired after ~60 s), so the
   * check runs often enough that a limit holds to within about a second.
   */
  checkIntervalMs: number;
}

/**
 * A Sanity delivery is at most 1 MiB and is sent in one go: a client still
 * sending headers after 10 s or its body after 30 s is broken or hostile, and
 * each one holds a socket and a pending handler until it is cut off.
 */
export const DEFAULT_SERVER_TIMEOUTS: RelayServerTimeouts = {
  headersMs: 10_000,
  requestMs: 30_000,
  checkIntervalMs: 1000,
};

export interface RelayServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Serves the web-standard handler over node:http. */
export async function serveRelay(options: RelayServerOptions): Promise<RelayServer> {
  const logger = options.logger ?? silentLogger;
  const maxDiscardBytes = options.maxDiscardBytes ?? 8 * 1024 * 1024;
  const timeouts: RelayServerTimeouts = { ...DEFAULT_SERVER_TIMEOUTS, ...options.timeouts };

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

  // A webhook is small: slow or stalled uploads are cut off (408, connection closed) rather than held open.
  const server = createServer(
    {
      headersTimeout: Math.min(timeouts.headersMs, timeouts.requestMs),
      requestTimeout: timeouts.requestMs,
      connectionsCheckingInterval: timeouts.checkIntervalMs,
    },
    (req, res) => {
      void onRequest(req, res);
    },
  );
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
