import { createClient, type ClientConfig } from "@sanity/client";
import { ContentSourceError } from "../errors/ContentError.ts";
import type { ContentSource } from "./ContentSource.ts";
import { SANITY_API_VERSION } from "../rules.ts";
import { boundedJsonRequest, type RequestFault } from "./boundedJsonRequest.ts";
import { backoffDelayMs, parseRetryAfterMs } from "./retry.ts";

/**
 * The largest answer one query may return, unless SANITY_MAX_ANSWER_MB says otherwise. The largest real answer is
 * a full mirror sync, the whole dataset at once: about 22 MiB per 1,000 articles (BENCHMARKS.md), so this default
 * covers some 45,000 articles. Past it the answer is refused before it is held, not retried.
 */
export const MAX_ANSWER_BYTES = 1024 * 1024 * 1024;
/** Past this length the query goes in a POST body, as @sanity/client does, rather than in the URL. */
const MAX_GET_URL_LENGTH = 11_264;

export interface ContentLakeOptions {
  projectId: string;
  dataset: string;
  token?: string;
  /** For tests and proxies, e.g. `http://127.0.0.1:4010`. */
  apiHost?: string;
  /** Attempts in all, including the first (default 5). */
  maxAttempts?: number;
  /** First backoff delay; doubled each attempt (default 500 ms). */
  baseDelayMs?: number;
  /** Longest single wait, including a server's Retry-After (default 30 s). */
  maxDelayMs?: number;
  /** How long a request may wait with nothing arriving, before its answer starts or between its parts (default 30 s). */
  timeoutMs?: number;
  /** The largest answer accepted (default MAX_ANSWER_BYTES). */
  maxAnswerBytes?: number;
  /**
   * What the queries see: `published` (the build) or `drafts` (the draft preview: each draft over its published
   * document; Sanity answers it only with a token that may read drafts).
   */
  perspective?: "published" | "drafts";
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Reads the Content Lake's query API with the published perspective (or the
 * drafts perspective, for the draft preview) and no CDN (a build must see what
 * was just published, a preview what was just saved). @sanity/client makes the
 * address (host, API version, dataset); the request itself is ours, so an
 * answer is refused at MAX_ANSWER_BYTES before it is held whole
 * (boundedJsonRequest.ts). Retries 429 and 5xx answers and network faults,
 * honouring Retry-After, then fails with one clear message. The token never
 * appears in messages.
 */
export function createContentLakeSource(options: ContentLakeOptions): ContentSource {
  const config: ClientConfig = {
    projectId: options.projectId,
    dataset: options.dataset,
    apiVersion: SANITY_API_VERSION,
    useCdn: false,
  };
  if (options.apiHost) {
    config.apiHost = options.apiHost;
    config.useProjectHostname = false;
  }
  const client = createClient(config);
  const queryUrl = client.getUrl(client.getDataUrl("query"), false);
  const maxAttempts = options.maxAttempts ?? 5;
  const baseDelay = options.baseDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxBytes = options.maxAnswerBytes ?? MAX_ANSWER_BYTES;
  const sleep = options.sleep ?? defaultSleep;
  const where = `Sanity project ${options.projectId}, dataset ${options.dataset}`;
  const perspective = options.perspective ?? "published";
  const headers: Record<string, string> = {
    accept: "application/json",
    ...(options.token && { authorization: `Bearer ${options.token}` }),
  };

  function request(query: string, params: Record<string, unknown>) {
    const search = new URLSearchParams({ query, perspective, returnQuery: "false" });
    for (const [name, value] of Object.entries(params)) search.set(`$${name}`, JSON.stringify(value));
    const getUrl = `${queryUrl}?${search}`;
    if (getUrl.length <= MAX_GET_URL_LENGTH) return { url: getUrl, method: "GET" as const, headers };
    return {
      url: `${queryUrl}?${new URLSearchParams({ perspective, returnQuery: "false" })}`,
      method: "POST" as const,
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ query, params }),
    };
  }

  return {
    description: `Content Lake (${where}${perspective === "drafts" ? ", drafts" : ""})`,
    async fetch(query, params = {}) {
      let last: RequestFault | undefined;
      for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const outcome = await boundedJsonRequest({ ...request(query, params), timeoutMs, maxBytes });
        if (outcome.ok) {
          const body = outcome.body;
          if (typeof body === "object" && body !== null && "result" in body) return body.result;
          last = { problem: "the answer was not a query result", retryable: true };
        } else {
          last = outcome.fault;
          if (!last.retryable) {
            throw new ContentSourceError(`The Content Lake refused the query for ${where}: ${last.problem}.`);
          }
        }
        if (attempt === maxAttempts) break;
        const retryAfter = parseRetryAfterMs(last.retryAfter);
        await sleep(Math.min(maxDelay, retryAfter ?? backoffDelayMs(attempt, baseDelay, maxDelay)));
      }
      throw new ContentSourceError(
        `Could not read content from the Content Lake (${where}) after ${maxAttempts} attempts; last error: ${last?.problem ?? "none"}.`,
      );
    },
  };
}
