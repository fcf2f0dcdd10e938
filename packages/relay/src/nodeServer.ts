import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
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
  /** Open connections at once (default 128); past it, new ones are closed on arrival. */
  maxConnections?: number;
}

export interface RelayServerTimeouts {
  /**
   * Time allowed to send the request headers, counted from the connection
   * opening (or the previous answer); 408 and the connection closed after
   * it. A connection that sends nothing at all is closed after this too.
   */
  headersMs: number;
  /** How long a kept-alive connection may sit idle between requests before it is closed. */
  keepAliveMs: number;
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
  keepAliveMs: 5000,
  requestMs: 30_000,
  checkIntervalMs: 1000,
};

/** A webhook sender is one client at a time; 128 connections at once is an attack or a fault. */
export const DEFAULT_MAX_CONNECTIONS = 128;

/**
 * Methods Node's parser accepts but the web-standard Request refuses to
 * represent: answered here, as the README promises, instead of failing as an
 * internal error when the handler's Request is made. (TRACK, also forbidden,
 * never gets this far: Node's parser answers an unknown method with 400.)
 */
const FORBIDDEN_METHODS = new Set(["CONNECT", "TRACE"]);
const METHOD_NOT_ALLOWED = JSON.stringify({ error: "method not allowed: Sanity webhooks are POSTed" });

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
    if (FORBIDDEN_METHODS.has(req.method ?? "")) {
      res.writeHead(405, { "content-type": "application/json", allow: "POST", connection: "close" });
      res.end(METHOD_NOT_ALLOWED);
      return;
    }
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
      keepAliveTimeout: timeouts.keepAliveMs,
      connectionsCheckingInterval: timeouts.checkIntervalMs,
    },
    (req, res) => {
      void onRequest(req, res);
    },
  );
  server.maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  // Node hands CONNECT to this event, and with no listener drops the socket without an answer.
  server.on("connect", (_req: IncomingMessage, socket: Duplex) => {
    socket.end(
      "HTTP/1.1 405 Method Not Allowed\r\nallow: POST\r\ncontent-type: application/json\r\n" +
        `content-length: ${Buffer.byteLength(METHOD_NOT_ALLOWED)}\r\nconnection: close\r\n\r\n${METHOD_NOT_ALLOWED}`,
    );
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
