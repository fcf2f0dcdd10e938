import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: string;
}

/** What the fake answers: a status with optional headers and body, or a raw socket action. */
export type Reply =
  | { status: number; headers?: Record<string, string>; body?: string }
  /** Sent in pieces with no Content-Length, as a server streaming an answer of unknown size would. */
  | { status: number; chunks: string[]; delayMs?: number }
  | { hangUp: true }
  | { stall: true };

export interface FakeQueryApi {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** A successful answer in the shape of Sanity's query API. */
export function queryResult(result: unknown): Reply {
  return {
    status: 200,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ms: 1, query: "", result }),
  };
}

/**
 * Stands in for the Content Lake query API on 127.0.0.1. `respond` decides
 * each answer, so tests can script 429s, 500s, garbage and dropped sockets.
 */
export async function startFakeQueryApi(
  respond: (request: RecordedRequest, index: number) => Reply | Promise<Reply>,
): Promise<FakeQueryApi> {
  const requests: RecordedRequest[] = [];
  const stalled = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const recorded = {
        method: req.method ?? "",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      const reply = await respond(recorded, requests.length - 1);
      if ("hangUp" in reply) {
        req.socket.destroy();
        return;
      }
      if ("stall" in reply) {
        stalled.add(res);
        return;
      }
      if ("chunks" in reply) {
        res.writeHead(reply.status, { "content-type": "application/json" });
        for (const chunk of reply.chunks) {
          res.write(chunk);
          if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
        }
        res.end();
        return;
      }
      res.writeHead(reply.status, reply.headers ?? {});
      res.end(reply.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of stalled) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
