import { redactSecrets } from "@patient-ed/env";
import type { CreateHookRequest } from "./request.ts";
import { WebhookSetupError } from "./WebhookSetupError.ts";

export interface CreatedHook {
  id?: string;
  name?: string;
}

/** Long enough for a slow API, short enough that a hung connection does not hang the command. */
const TIMEOUT_MS = 30_000;
/** Enough of an error body to explain a refusal without flooding the terminal. */
const MAX_ERROR_BODY = 1_000;

function credentialsOf(request: CreateHookRequest): string[] {
  const token = request.headers.Authorization?.replace(/^Bearer /, "") ?? "";
  return [token, request.body.secret];
}

function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // fetch reports network faults as "fetch failed" and puts the reason in `cause`.
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}

function createdHookOf(json: unknown): CreatedHook {
  if (typeof json !== "object" || json === null) return {};
  const { id, name } = json as Record<string, unknown>;
  return { id: typeof id === "string" ? id : undefined, name: typeof name === "string" ? name : undefined };
}

/** Sends the create request; any failure becomes a WebhookSetupError with credentials scrubbed. */
export async function sendCreateHook(request: CreateHookRequest): Promise<CreatedHook> {
  const credentials = credentialsOf(request);
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: JSON.stringify(request.body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new WebhookSetupError(redactSecrets(`Could not reach ${request.url}: ${describeCause(error)}`, credentials));
  }

  const text = await response.text();
  if (!response.ok) {
    const body = text.length > MAX_ERROR_BODY ? `${text.slice(0, MAX_ERROR_BODY)}…` : text;
    const hint = response.status === 401 || response.status === 403 ? " (check SANITY_MANAGEMENT_TOKEN)" : "";
    throw new WebhookSetupError(
      redactSecrets(`Sanity refused to create the webhook: HTTP ${response.status}${hint}: ${body}`, credentials),
    );
  }
  try {
    return createdHookOf(JSON.parse(text));
  } catch {
    // Created all the same; only the confirmation details are missing.
    return {};
  }
}
