import type { IncomingMessage, ServerResponse } from "node:http";

export interface NodeBody {
  stream: ReadableStream<Uint8Array>;
  /** Reads and throws away whatever the handler left unread, up to a limit. */
  discardRest(limitBytes: number): void;
}

/**
 * Exposes the request body as a web stream, pulled with backpressure. Unlike
 * Readable.toWeb, cancelling does not destroy the request: that would reset
 * the socket before a 413 could be written.
 */
export function nodeBody(req: IncomingMessage): NodeBody {
  let mode: "stream" | "discard" = "stream";
  let finished = false;
  let discarded = 0;
  let discardLimit = 0;
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;

  req.on("data", (chunk: Buffer) => {
    if (mode === "discard") {
      discarded += chunk.byteLength;
      // A client that keeps sending after its answer gets cut off rather than read forever.
      if (discarded > discardLimit) req.socket.destroy();
      return;
    }
    controller?.enqueue(new Uint8Array(chunk));
    if ((controller?.desiredSize ?? 0) <= 0) req.pause();
  });
  req.once("end", () => {
    if (mode === "stream" && !finished) controller?.close();
    finished = true;
  });
  req.once("error", (error) => {
    if (mode === "stream" && !finished) controller?.error(error);
    finished = true;
  });
  req.pause();

  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    pull() {
      req.resume();
    },
    cancel() {
      mode = "discard";
    },
  });

  return {
    stream,
    discardRest(limitBytes) {
      if (req.complete) return;
      mode = "discard";
      discardLimit = limitBytes;
      req.resume();
    },
  };
}

export function toWebRequest(req: IncomingMessage, body: ReadableStream<Uint8Array>): Request {
  const headers = new Headers();
  for (const [name, values] of Object.entries(req.headersDistinct)) {
    for (const value of values ?? []) headers.append(name, value);
  }
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  // Only the path is used; a fixed origin keeps the Host header out of URL parsing.
  return new Request(new URL(req.url ?? "/", "http://relay.local"), {
    method,
    headers,
    ...(hasBody ? { body, duplex: "half" } : {}),
  });
}

/** Relay responses are small JSON, so buffering them is fine. */
export async function sendWebResponse(
  res: ServerResponse,
  response: Response,
  closeConnection: boolean,
): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.setHeader("content-length", body.byteLength);
  // The client may still be sending a body we will not read; close after answering.
  if (closeConnection) res.setHeader("connection", "close");
  res.end(body);
}
