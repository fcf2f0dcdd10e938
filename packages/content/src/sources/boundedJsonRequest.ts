import { isRetryableStatus } from "./retry.ts";

/*
 * One HTTP request whose answer is read with a byte limit and a deadline, for the Content Lake's query API.
 * @sanity/client buffers an answer whole before anything can look at its size, so a broken or hostile endpoint
 * could make the build hold gigabytes; here the body is counted as it streams and the request is abandoned at the
 * limit. Every fault comes back as words an operator can act on, never a bare error code.
 */

/** What went wrong with a request, and whether asking again could help. */
export interface RequestFault {
  problem: string;
  retryable: boolean;
  /** A server's Retry-After header, when it sent one. */
  retryAfter?: string | undefined;
}

export type RequestOutcome = { ok: true; body: unknown } | { ok: false; fault: RequestFault };

export interface BoundedRequest {
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  maxBytes: number;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / 1024 / 1024)} MiB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KiB` : `${bytes} bytes`;
}

/** Socket faults by the code Node's fetch gives them (as the cause of its TypeError), in words. */
const NETWORK_FAULTS: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset by the server",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name lookup failed",
  ETIMEDOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  UND_ERR_SOCKET: "connection closed by the server",
  UND_ERR_CONNECT_TIMEOUT: "connection timed out",
  UND_ERR_HEADERS_TIMEOUT: "no answer in time",
  UND_ERR_BODY_TIMEOUT: "the answer stopped arriving",
  CERT_HAS_EXPIRED: "the server's certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the server's certificate is not trusted",
  SELF_SIGNED_CERT_IN_CHAIN: "the server's certificate is not trusted",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server's certificate is not trusted",
};

function codeOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** A request error in words: never the URL (it may carry query parameters) and never a bare code. */
export function describeNetworkError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `timed out: nothing arrived for ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}`;
  }
  const code = codeOf(error);
  if (code) return NETWORK_FAULTS[code] ?? `network error (${code})`;
  return "network error";
}

/**
 * An abort signal that fires when nothing has arrived for `ms`: a slow but steady answer (a whole dataset for a full
 * mirror sync) is read to the end, a stalled one is given up.
 */
function idleTimeout(ms: number) {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new DOMException("nothing arrived", "TimeoutError")), ms);
  };
  restart();
  return { signal: controller.signal, restart, stop: () => clearTimeout(timer) };
}

/** What reading an answer's body came to: its text, or why there is none. */
type BodyText = { text: string } | { problem: "too large" | "not UTF-8" };

/**
 * Reads a body as UTF-8 text, a part at a time, giving up past `maxBytes` (at once if Content-Length says so).
 * Each part is decoded as it arrives, so the bytes are never held whole beside the text.
 */
async function readCappedText(response: Response, maxBytes: number, onProgress: () => void): Promise<BodyText> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return { problem: "too large" };
  }
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const parts: string[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (!reader) return { text: "" };
  // The decoder throws on bytes that are not UTF-8; a fault of the connection comes from reader.read() instead.
  const decode = (value?: Uint8Array): boolean => {
    try {
      parts.push(value ? decoder.decode(value, { stream: true }) : decoder.decode());
      return true;
    } catch {
      return false;
    }
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onProgress();
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return { problem: "too large" };
    }
    if (!decode(value)) {
      await reader.cancel();
      return { problem: "not UTF-8" };
    }
  }
  return decode() ? { text: parts.join("") } : { problem: "not UTF-8" };
}

/** Sends the request and reads a JSON answer of at most `maxBytes`, giving up when nothing arrives for `timeoutMs`. */
export async function boundedJsonRequest(request: BoundedRequest): Promise<RequestOutcome> {
  const fault = (problem: string, retryable: boolean, retryAfter?: string | null): RequestOutcome => ({
    ok: false,
    fault: { problem, retryable, retryAfter: retryAfter ?? undefined },
  });
  const idle = idleTimeout(request.timeoutMs);
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body !== undefined && { body: request.body }),
      redirect: "error",
      signal: idle.signal,
    });
    idle.restart();
    if (!response.ok) {
      await response.body?.cancel();
      const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
      return fault(status, isRetryableStatus(response.status), response.headers.get("retry-after"));
    }
    const body = await readCappedText(response, request.maxBytes, idle.restart);
    if ("problem" in body)
      return body.problem === "too large"
        ? fault(`the answer was larger than ${formatBytes(request.maxBytes)}, the limit for one answer`, false)
        : fault("the answer was not UTF-8 text", true);
    try {
      return { ok: true, body: JSON.parse(body.text) as unknown };
    } catch {
      // A truncated or garbled body: worth another try, and never to be mistaken for "no content".
      return fault("the answer was not valid JSON", true);
    }
  } catch (error) {
    return fault(describeNetworkError(error, request.timeoutMs), true);
  } finally {
    idle.stop();
  }
}
