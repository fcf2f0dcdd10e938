import type { CreateHookRequest } from "./request.ts";

import { REDACTED } from "@patient-ed/env";

/** The request with its credentials masked, for printing. */
export function redactRequest(request: CreateHookRequest): CreateHookRequest {
  return {
    ...request,
    headers: { ...request.headers, Authorization: `Bearer ${REDACTED}` },
    body: { ...request.body, secret: REDACTED },
  };
}

/** The dry run's output: an HTTP-like rendering of the redacted request. */
export function formatRequest(request: CreateHookRequest): string {
  const safe = redactRequest(request);
  const headers = Object.entries(safe.headers).map(([name, value]) => `${name}: ${value}`);
  return [`${safe.method} ${safe.url}`, ...headers, "", JSON.stringify(safe.body, null, 2)].join("\n");
}
