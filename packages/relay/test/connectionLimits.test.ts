import { encodeSignatureHeader } from "@sanity/webhook";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRelayHandler } from "../src/handler.ts";
import type { RelayServer, RelayServerTimeouts } from "../src/nodeServer.ts";
import { recordingTarget } from "./helpers/recordingTarget.ts";
import { openIdleSocket, rawExchange } from "./helpers/rawSocket.ts";
import { startRelay } from "./helpers/relayServer.ts";
import { documentBody, SECRET } from "./helpers/signing.ts";

// Issue "Hostile input and faults, round 2": what a client that sends little or nothing costs the relay.

/**
 * A short header limit, so an idle connection shows within a second or two, and a long body limit, so an
 * answer that waited for the body would be a 408 long after one that did not. Production: 10 s / 5 s / 30 s / 1 s.
 */
const TIMEOUTS: RelayServerTimeouts = { headersMs: 1000, keepAliveMs: 1000, requestMs: 20_000, checkIntervalMs: 200 };
/** A client the server never cuts off is given up on here, so a missing limit fails the test instead of hanging it. */
const GIVE_UP_MS = 12_000;
/** Cut off well before the give-up point: the limit, a check interval and wide slack for a loaded machine. */
const CUT_OFF_WITHIN_MS = GIVE_UP_MS - 2000;

const port = (server: RelayServer) => new URL(server.url).port;

/** Headers of a POST announcing a 4 KiB body that never comes. */
function postHeadersOnly(signature: string): string {
  return `POST / HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 4096\r\nsanity-webhook-signature: ${signature}\r\n\r\n`;
}

describe("the relay holds nothing for clients that send nothing useful (raw sockets on 127.0.0.1)", () => {
  const target = recordingTarget();
  let server: RelayServer;

  beforeAll(async () => {
    server = await startRelay({ target }, { timeouts: TIMEOUTS });
  });
  afterAll(() => server.close());

  it("closes a connection that sends nothing at all within the header time limit", async () => {
    const socket = await openIdleSocket(Number(port(server)));
    const closedAfterMs = await Promise.race([
      socket.closed,
      new Promise<number>((resolve) => setTimeout(() => resolve(Number.POSITIVE_INFINITY), GIVE_UP_MS)),
    ]);
    socket.close();
    expect(closedAfterMs).toBeGreaterThanOrEqual(TIMEOUTS.headersMs - 100);
    expect(closedAfterMs).toBeLessThan(CUT_OFF_WITHIN_MS);
  });

  it("refuses an expired signature from the headers alone, without waiting for the body", async () => {
    const expired = await encodeSignatureHeader(documentBody("article-x", "article"), Date.now() - 3_600_000, SECRET);
    const exchange = await rawExchange(Number(port(server)), postHeadersOnly(expired), GIVE_UP_MS);
    expect(exchange.status).toBe(401);
    expect(exchange.response).toContain("signature timestamp is too old");
    // Answered from the headers: a relay that read the body first would have cut this client off with 408 after 20 s.
    expect(exchange.closedAfterMs).toBeLessThan(TIMEOUTS.requestMs / 2);
    expect(target.events).toHaveLength(0);
  });

  it.each([
    ["missing", "", 401],
    ["malformed", "t=soon,v1=", 400],
  ])("refuses a %s signature header from the headers alone", async (_label, signature, status) => {
    const headers = signature
      ? postHeadersOnly(signature)
      : "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-length: 4096\r\n\r\n";
    const exchange = await rawExchange(Number(port(server)), headers, GIVE_UP_MS);
    expect(exchange.status).toBe(status);
    expect(exchange.closedAfterMs).toBeLessThan(TIMEOUTS.requestMs / 2);
  });

  it.each(["TRACE", "CONNECT"])("answers %s with 405 and Allow: POST", async (method) => {
    const line = method === "CONNECT" ? "CONNECT 127.0.0.1:443 HTTP/1.1" : `${method} / HTTP/1.1`;
    const exchange = await rawExchange(Number(port(server)), `${line}\r\nHost: 127.0.0.1\r\n\r\n`, GIVE_UP_MS);
    expect(exchange.status).toBe(405);
    expect(exchange.response.toLowerCase()).toContain("allow: post");
    expect(exchange.gaveUp).toBe(false);
  });
});

describe("caps on connections and on bodies read at once", () => {
  it("closes connections past the cap on arrival, and serves again once they go", async () => {
    const MAX = 4;
    // A long header limit, so the held connections stay open for the whole test.
    const server = await startRelay(
      { target: recordingTarget() },
      { timeouts: { headersMs: 30_000, requestMs: 30_000 }, maxConnections: MAX },
    );
    try {
      const held = await Promise.all(Array.from({ length: MAX }, () => openIdleSocket(Number(port(server)))));
      const refused = await rawExchange(
        Number(port(server)),
        "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        GIVE_UP_MS,
      );
      expect(refused.gaveUp).toBe(false);
      expect(refused.status).toBeUndefined();
      for (const socket of held) socket.close();
      await Promise.all(held.map((socket) => socket.closed));
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it("answers 503 before reading a body when the body-reading slots are all taken", async () => {
    const target = recordingTarget();
    const handler = createRelayHandler({ secret: SECRET, target, maxConcurrentBodies: 2 });
    const header = `t=${Date.now()},v1=${"A".repeat(43)}`;
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    /** A body that sends one byte, then nothing until released. */
    const stalledRequest = () => {
      let sent = false;
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (!sent) {
            sent = true;
            controller.enqueue(new TextEncoder().encode("{"));
            return;
          }
          await released;
          controller.close();
        },
      });
      return new Request("http://relay.test/", {
        method: "POST",
        headers: { "sanity-webhook-signature": header },
        body,
        duplex: "half",
      });
    };
    const first = handler(stalledRequest());
    const second = handler(stalledRequest());
    const third = await handler(stalledRequest());
    expect(third.status).toBe(503);
    expect(third.headers.get("retry-after")).toBe("5");
    release();
    // The stalled two finish (their digest is wrong: 401), and their slots come back.
    expect((await first).status).toBe(401);
    expect((await second).status).toBe(401);
    const fourth = await handler(stalledRequest());
    expect(fourth.status).toBe(401);
    expect(target.events).toHaveLength(0);
  });
});
