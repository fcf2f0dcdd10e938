import { createClient, type ClientConfig } from "@sanity/client";
import { ContentSourceError } from "../errors/ContentError.ts";
import type { ContentSource } from "./ContentSource.ts";
import { SANITY_API_VERSION } from "../rules.ts";
import { backoffDelayMs, isRetryableStatus, parseRetryAfterMs } from "./retry.ts";

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
  /** Per-request timeout (default 30 s). */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

interface HttpFailure {
  statusCode?: number;
  response?: { headers?: Record<string, string | undefined> };
}

function failureOf(error: unknown): HttpFailure {
  return typeof error === "object" && error !== null ? (error as HttpFailure) : {};
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Reads the Content Lake through @sanity/client with the published
 * perspective and no CDN (a build must see what was just published).
 * Retries 429 and 5xx answers and network faults, honouring Retry-After,
 * then fails with one clear message. The token never appears in messages.
 */
export function createContentLakeSource(options: ContentLakeOptions): ContentSource {
  const config: ClientConfig = {
    projectId: options.projectId,
    dataset: options.dataset,
    apiVersion: SANITY_API_VERSION,
    useCdn: false,
    perspective: "published",
    token: options.token,
    timeout: options.timeoutMs ?? 30_000,
    // Retries happen here, where Retry-After can be honoured.
    maxRetries: 0,
  };
  if (options.apiHost) {
    config.apiHost = options.apiHost;
    config.useProjectHostname = false;
  }
  const client = createClient(config);
  const maxAttempts = options.maxAttempts ?? 5;
  const baseDelay = options.baseDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const sleep = options.sleep ?? defaultSleep;
  const where = `Sanity project ${options.projectId}, dataset ${options.dataset}`;

  return {
    description: `Content Lake (${where})`,
    async fetch(query, params = {}) {
      let lastProblem = "";
      let retryAfter: number | undefined;
      for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        try {
          const response: unknown = await client.fetch(query, params, { filterResponse: false });
          // A truncated or garbled body parses to a string or nothing: never mistake it for "no content".
          if (typeof response === "object" && response !== null && "result" in response) return response.result;
          lastProblem = "the response was not valid query API JSON";
        } catch (error) {
          const failure = failureOf(error);
          const status = failure.statusCode;
          if (status !== undefined && !isRetryableStatus(status)) {
            throw new ContentSourceError(`The Content Lake refused the query (HTTP ${status}) for ${where}.`);
          }
          lastProblem = status === undefined ? describeNetworkError(error) : `HTTP ${status}`;
          retryAfter = parseRetryAfterMs(failure.response?.headers?.["retry-after"]);
        }
        if (attempt === maxAttempts) break;
        await sleep(Math.min(maxDelay, retryAfter ?? backoffDelayMs(attempt, baseDelay, maxDelay)));
        retryAfter = undefined;
      }
      throw new ContentSourceError(
        `Could not read content from the Content Lake (${where}) after ${maxAttempts} attempts; last error: ${lastProblem}.`,
      );
    },
  };
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  // fetch reports the socket's fault (ECONNREFUSED, ETIMEDOUT...) as the cause of a TypeError.
  const code = (error as Error & { code?: string }).code ?? (error.cause as { code?: string } | undefined)?.code;
  // Keep only the kind of fault: URLs in messages may carry query parameters.
  if (code) return code;
  return error.name === "SyntaxError" ? "invalid JSON in the response" : error.name;
}
