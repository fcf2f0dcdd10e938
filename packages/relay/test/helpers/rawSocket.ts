import { connect } from "node:net";

export interface RawExchange {
  /** From the first response line, if one came. */
  status?: number;
  /** The response as received (first 4 KiB). */
  response: string;
  /** How long the server kept the connection before closing it. */
  closedAfterMs: number;
  /** The server did not close it within `giveUpMs`; the client did. */
  gaveUp: boolean;
}

/**
 * Writes `text` on a raw socket (empty: sends nothing at all) and waits for
 * the server to close it, or `giveUpMs`. Raw because node:http and fetch
 * refuse to send some of what a hostile client can (TRACE, CONNECT, a body
 * that never comes).
 */
export function rawExchange(port: number, text: string, giveUpMs: number): Promise<RawExchange> {
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let response = "";
    let gaveUp = false;
    const giveUp = setTimeout(() => {
      gaveUp = true;
      socket.destroy();
    }, giveUpMs);
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => {
      if (response.length < 4096) response += chunk;
    });
    socket.on("error", () => undefined);
    socket.on("connect", () => {
      if (text) socket.write(text);
    });
    socket.on("close", () => {
      clearTimeout(giveUp);
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(response);
      resolve({
        ...(match?.[1] ? { status: Number(match[1]) } : {}),
        response,
        closedAfterMs: Date.now() - started,
        gaveUp,
      });
    });
  });
}

/** Opens a connection and keeps it open, sending nothing, until the caller closes it. */
export function openIdleSocket(port: number): Promise<{ closed: Promise<number>; close(): void }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const closed = new Promise<number>((onClose) => socket.on("close", () => onClose(Date.now() - started)));
    socket.on("error", () => undefined);
    // Read (and drop) whatever comes, such as a 408, so the server's close is seen.
    socket.resume();
    socket.once("connect", () => resolve({ closed, close: () => socket.destroy() }));
    socket.once("error", reject);
  });
}
