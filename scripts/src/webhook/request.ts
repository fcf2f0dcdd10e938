import type { WebhookConfig } from "./config.ts";
import { webhookDefinition, type WebhookDefinition } from "./definition.ts";

/** Version of Sanity's Webhooks (management) API, which is separate from the GROQ API version. */
export const HOOKS_API_VERSION = "v2021-10-04";

export interface CreateHookRequest {
  method: "POST";
  url: string;
  headers: Record<string, string>;
  body: WebhookDefinition;
}

/** The one request that creates the hook; built once so the dry run prints exactly what is sent. */
export function createHookRequest(config: WebhookConfig): CreateHookRequest {
  return {
    method: "POST",
    url: `${config.apiHost}/${HOOKS_API_VERSION}/hooks/projects/${encodeURIComponent(config.projectId)}`,
    headers: {
      Authorization: `Bearer ${config.managementToken}`,
      "Content-Type": "application/json",
    },
    body: webhookDefinition({ dataset: config.dataset, relayUrl: config.relayUrl, secret: config.secret }),
  };
}
