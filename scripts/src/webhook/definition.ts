import { SITE_DOCUMENT_TYPES } from "@patient-ed/content";

/**
 * GROQ API version for the hook's filter and projection. Pinned, like the site's own queries,
 * so a change on Sanity's side cannot silently change which edits trigger a build.
 */
export const WEBHOOK_GROQ_API_VERSION = "v2025-02-19";

export type WebhookOperation = "create" | "update" | "delete";

/**
 * A GROQ-powered ("document") webhook as Sanity's Webhooks HTTP API accepts it. The shape
 * follows Sanity's Webhooks API reference (fields type, name, description, url, httpMethod,
 * apiVersion, includeDrafts, dataset, rule {on, filter, projection}, secret, headers,
 * isDisabled) and the body the sanity.io/manage webhook form sends; it was not checked
 * against a live project from here.
 */
export interface WebhookDefinition {
  type: "document";
  name: string;
  description: string;
  url: string;
  httpMethod: "POST";
  apiVersion: string;
  includeDrafts: boolean;
  dataset: string;
  rule: { on: WebhookOperation[]; filter: string; projection: string };
  secret: string;
  headers: Record<string, string>;
  isDisabled: boolean;
}

export interface DefinitionInput {
  dataset: string;
  relayUrl: string;
  secret: string;
}

export function webhookDefinition({ dataset, relayUrl, secret }: DefinitionInput): WebhookDefinition {
  return {
    type: "document",
    // The dataset in the name tells a production hook from a staging one in sanity.io/manage.
    name: `Patient site rebuild (${dataset})`,
    description: "Asks the publish relay to rebuild the patient site. Created by `pnpm webhook:create`.",
    url: relayUrl,
    httpMethod: "POST",
    apiVersion: WEBHOOK_GROQ_API_VERSION,
    // Drafts never reach patients, so editing one must not start a build.
    includeDrafts: false,
    dataset,
    rule: {
      on: ["create", "update", "delete"],
      filter: `_type in ${JSON.stringify(SITE_DOCUMENT_TYPES)}`,
      // Enough for the relay to log what changed; the build reads the content itself.
      projection: `{_id, _type, "operation": delta::operation()}`,
    },
    secret,
    headers: {},
    isDisabled: false,
  };
}
