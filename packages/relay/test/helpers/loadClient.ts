import { request as httpRequest } from "node:http";
import { connect } from "node:net";

/** What one request got back. `status` is undefined when the connection ended without an answer. */
export interface Outcome {
  status?: number;
  body: string;
  /** The client finished writing its request (headers and every body byte). */
  sentAll: boolean;
  error?: string;
  ms: number;
}

export interface RawRequest {
  method: string;
  /** Path plus query, e.g. `/` or `/healthz`. */
  path?: string;
  headers?: Record<string, string>;
  /** Sent in one piece with an honest Content-Length. */
  body?: Uint8Array | string;
  /** Sent as `chunks` pieces of `chunk` with Transfer-Encoding: chunked (no Content-Length). */
  chunked?: { chunk: Uint8Array; chunks: number };
  /** A client-side deadline, so a hung server fails the test instead of hanging it. */
  timeoutMs?: number;
}

/**
 * One request on a fresh connection (no pooling, so one request's connection
 * being cut cannot affect another), with node:http rather than fetch: the
 * answer is taken as soon as it arrives, even if the server answers before
 * the body is sent (413) and then closes the connection.
 */
export function send(baseUrl: string, options: RawRequest): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    let settled = false;
    let status: number | undefined;
    let body = "";
    let sentAll = false;
    const done = (error?: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({
        ...(status === undefined ? {} : { status }),
        body,
        sentAll,
        ...(error === undefined ? {} : { error }),
        ms: Date.now() - started,
      });
    };
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined) headers["content-length"] = String(Buffer.byteLength(options.body));
    const req = httpRequest(new URL(options.path ?? "/", baseUrl), { method: options.method, headers, agent: false });
    const timer = setTimeout(() => {
      req.destroy();
      done(`client timeout after ${options.timeoutMs ?? 15_000} ms`);
    }, options.timeoutMs ?? 15_000);

    req.on("response", (res) => {
      status = res.statusCode;
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        if (body.length < 64 * 1024) body += chunk;
      });
      res.on("end", () => done());
      // The answer is in; a reset after it (the server cutting an unread upload) does not change it.
      res.on("error", () => done());
      res.on("close", () => done());
    });
    req.on("error", (error) => done(error.message));
    req.on("finish", () => {
      sentAll = true;
    });

    if (options.chunked) {
      const { chunk, chunks } = options.chunked;
      let written = 0;
      const writeMore = (): void => {
        while (written < chunks) {
          written++;
          if (!req.write(chunk)) {
            req.once("drain", writeMore);
            return;
          }
        }
        req.end();
      };
      writeMore();
    } else {
      req.end(options.body);
    }
  });
}

export type SlowMode =
  /** Complete headers, then one body byte every `intervalMs`, never reaching Content-Length. */
  | "trickle-body"
  /** Complete headers, then nothing. */
  | "stall-body"
  /** Headers that never end: one header line every `intervalMs`. */
  | "trickle-headers";

export interface SlowOutcome {
  mode: SlowMode;
  /** Parsed from the first response line, if any came. */
  status?: number;
  /** How long the server kept the connection before closing it. */
  closedAfterMs: number;
  /** True if the server did not close it before `giveUpMs`; the client closed it. */
  gaveUp: boolean;
  bytesSent: number;
}

/**
 * A hostile slow client on a raw socket (node:http would not let us stall
 * mid-header). It gives up after `giveUpMs`, so a server without timeouts
 * shows up as `gaveUp` rather than a hung test.
 */
export function slowClient(
  port: number,
  mode: SlowMode,
  options: { headers?: Record<string, string>; intervalMs?: number; giveUpMs?: number } = {},
): Promise<SlowOutcome> {
  const started = Date.now();
  const intervalMs = options.intervalMs ?? 100;
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    let bytesSent = 0;
    let gaveUp = false;
    let ticker: ReturnType<typeof setInterval> | undefined;
    const write = (text: string): void => {
      if (socket.writable) {
        socket.write(text);
        bytesSent += Buffer.byteLength(text);
      }
    };
    const giveUp = setTimeout(() => {
      gaveUp = true;
      socket.destroy();
    }, options.giveUpMs ?? 10_000);

    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => {
      if (received.length < 4096) received += chunk;
    });
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearInterval(ticker);
      clearTimeout(giveUp);
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(received);
      resolve({
        mode,
        ...(match?.[1] ? { status: Number(match[1]) } : {}),
        closedAfterMs: Date.now() - started,
        gaveUp,
        bytesSent,
      });
    });
    socket.on("connect", () => {
      const extra = Object.entries(options.headers ?? {})
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join("");
      if (mode === "trickle-headers") {
        write(`POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n${extra}`);
        let line = 0;
        ticker = setInterval(() => write(`x-slow-${++line}: ${"a".repeat(8)}\r\n`), intervalMs);
        return;
      }
      write(
        `POST / HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 4096\r\n${extra}\r\n`,
      );
      if (mode === "trickle-body") ticker = setInterval(() => write("{"), intervalMs);
    });
  });
}

/** Runs the tasks with at most `limit` in flight, keeping results in task order. */
export async function runPool<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < tasks.length) {
      const index = next++;
      const task = tasks[index];
      if (task) results[index] = await task();
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, () => worker()));
  return results;
}

/** A small seeded PRNG (mulberry32), so a failing mix can be replayed exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
