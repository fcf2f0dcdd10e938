import { request as httpRequest } from "node:http";
import { createRelayHandler, type RelayHandlerOptions } from "../../src/handler.ts";
import { serveRelay, type RelayServer, type RelayServerOptions } from "../../src/nodeServer.ts";
import { SECRET } from "./signing.ts";

/** The relay on 127.0.0.1 with an ephemeral port. */
export async function startRelay(
  options: Partial<RelayHandlerOptions> & Pick<RelayHandlerOptions, "target">,
  server: Pick<RelayServerOptions, "timeouts" | "maxConnections"> = {},
) {
  const handler = createRelayHandler({ secret: SECRET, ...options });
  const relay: RelayServer = await serveRelay({ handler, port: 0, host: "127.0.0.1", ...server });
  return relay;
}

export interface RawResult {
  status?: number;
  body: string;
  error?: string;
}

/**
 * POSTs a body in chunks with Transfer-Encoding: chunked (no Content-Length),
 * as a client lying about or omitting its size would. The server may answer
 * and close before everything is sent; the answer is what counts.
 */
export function postChunked(url: string, chunks: number, chunkBytes: number, headers: Record<string, string> = {}) {
  return new Promise<RawResult>((resolve) => {
    const req = httpRequest(url, { method: "POST", headers: { "content-type": "application/json", ...headers } });
    let settled = false;
    const done = (result: RawResult): void => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };
    req.on("response", (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => done({ status: res.statusCode, body }));
      res.on("error", () => done({ status: res.statusCode, body }));
    });
    req.on("error", (error) => done({ body: "", error: error.message }));
    const chunk = Buffer.alloc(chunkBytes, 0x20);
    let sent = 0;
    const writeMore = (): void => {
      while (sent < chunks) {
        sent++;
        if (!req.write(chunk)) {
          req.once("drain", writeMore);
          return;
        }
      }
      req.end();
    };
    writeMore();
  });
}
