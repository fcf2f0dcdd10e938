import { silentLogger, type Logger } from "../logger.ts";
import type { PublishEvent } from "../publishEvent.ts";
import { redactSecrets } from "@patient-ed/env";
import { backoffDelayMs, DEFAULT_RETRY_POLICY, sleep, type RetryPolicy } from "./retry.ts";
import type { Target } from "./target.ts";

export interface GithubTargetOptions {
  owner: string;
  repo: string;
  token: string;
  /** Default https://api.github.com; GitHub Enterprise uses https://HOST/api/v3. */
  apiUrl?: string;
  logger?: Logger;
  fetch?: typeof fetch;
  retry?: Partial<RetryPolicy>;
  sleep?: (ms: number) => Promise<void>;
  /** Per attempt. */
  timeoutMs?: number;
}

/** The workflow listens with `on: repository_dispatch: types: [sanity-publish]`. */
export const DISPATCH_EVENT_TYPE = "sanity-publish";

/** The message never includes the token: only the status, and GitHub's own short message. */
export class GithubDispatchError extends Error {
  readonly status: number | undefined;

  constructor(message: string, status?: number) {
    super(message);
    this.name = "GithubDispatchError";
    this.status = status;
  }
}

type AttemptOutcome = { ok: true } | { ok: false; retryable: boolean; status?: number; message: string };

interface DispatchRecord {
  at: string;
  documentId: string;
  result: "success" | "failed";
  attempts: number;
  error?: string;
}

/** Triggers the site workflow with a repository_dispatch event. */
export function createGithubTarget(options: GithubTargetOptions): Target {
  const logger = options.logger ?? silentLogger;
  const doFetch = options.fetch ?? fetch;
  const wait = options.sleep ?? sleep;
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const timeoutMs = options.timeoutMs ?? 10_000;
  const apiUrl = (options.apiUrl ?? "https://api.github.com").replace(/\/+$/, "");
  const url = `${apiUrl}/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}/dispatches`;
  const headers = {
    accept: "application/vnd.github+json",
    authorization: `Bearer ${options.token}`,
    "x-github-api-version": "2022-11-28",
    "user-agent": "patient-ed-relay",
    "content-type": "application/json",
  };
  let dispatches = 0;
  let failures = 0;
  let last: DispatchRecord | null = null;

  async function attempt(body: string): Promise<AttemptOutcome> {
    let response: Response;
    try {
      response = await doFetch(url, { method: "POST", headers, body, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
      const message = `${error instanceof Error ? error.message : String(error)}${cause}`;
      return { ok: false, retryable: true, message: redactSecrets(message, [options.token]) };
    }
    // GitHub answers 204; read the body either way so the connection is reusable.
    const text = await response.text().catch(() => "");
    if (response.ok) return { ok: true };
    // Scrubbed here, not just in logs: the message also reaches /status and thrown errors.
    // Before githubMessage shortens it: a token cut in two by the cut would no longer match.
    const detail = githubMessage(redactSecrets(text, [options.token]));
    return {
      ok: false,
      // 4xx (bad token, missing permission, unknown repo) will not fix itself by repeating.
      retryable: response.status >= 500,
      status: response.status,
      message: `GitHub answered ${response.status}${detail ? `: ${detail}` : ""}`,
    };
  }

  return {
    name: "github",
    async trigger(event: PublishEvent) {
      const body = JSON.stringify({
        event_type: DISPATCH_EVENT_TYPE,
        client_payload: { documentId: event.documentId, documentType: event.documentType, operation: event.operation },
      });
      for (let attemptNumber = 1; ; attemptNumber++) {
        const outcome = await attempt(body);
        const at = new Date().toISOString();
        if (outcome.ok) {
          dispatches++;
          last = { at, documentId: event.documentId, result: "success", attempts: attemptNumber };
          logger.info("github dispatch sent", { documentId: event.documentId, attempts: attemptNumber });
          return;
        }
        if (!outcome.retryable || attemptNumber >= policy.attempts) {
          failures++;
          last = {
            at,
            documentId: event.documentId,
            result: "failed",
            attempts: attemptNumber,
            error: outcome.message,
          };
          throw new GithubDispatchError(`repository_dispatch failed: ${outcome.message}`, outcome.status);
        }
        const delayMs = backoffDelayMs(attemptNumber, policy);
        logger.warn("github dispatch failed, retrying", { attempt: attemptNumber, delayMs, reason: outcome.message });
        await wait(delayMs);
      }
    },
    status() {
      return { target: "github", repository: `${options.owner}/${options.repo}`, dispatches, failures, last };
    },
  };
}

/** GitHub errors are `{"message": "..."}`; keep it short, it ends up in logs. */
function githubMessage(text: string): string {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === "object" && parsed !== null && "message" in parsed && typeof parsed.message === "string") {
      return parsed.message.slice(0, 200);
    }
  } catch {
    // Not JSON: fall through to the raw text.
  }
  return text.slice(0, 200);
}
