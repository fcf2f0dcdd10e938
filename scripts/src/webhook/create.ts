// Creates the GROQ-powered webhook that tells the publish relay to rebuild the site.
// Usage: pnpm webhook:create [--dry-run]
// Env: SANITY_PROJECT_ID, SANITY_DATASET, SANITY_MANAGEMENT_TOKEN, SANITY_WEBHOOK_SECRET, RELAY_URL,
//      optional SANITY_API_HOST (default https://api.sanity.io).
import { parseArgs } from "node:util";
import { ConfigError } from "@patient-ed/env";
import { readWebhookConfig } from "./config.ts";
import { formatRequest } from "./redact.ts";
import { createHookRequest } from "./request.ts";
import { sendCreateHook } from "./send.ts";
import { WebhookSetupError } from "./WebhookSetupError.ts";

async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { "dry-run": { type: "boolean", default: false } } });
  const config = readWebhookConfig(process.env);
  const request = createHookRequest(config);

  if (values["dry-run"]) {
    console.log("Dry run: this request would be sent (credentials masked); nothing was sent.\n");
    console.log(formatRequest(request));
    return 0;
  }

  const created = await sendCreateHook(request);
  const id = created.id ? ` (id ${created.id})` : "";
  console.log(
    `Created webhook "${created.name ?? request.body.name}"${id} on dataset ${config.dataset}, delivering to ${config.relayUrl}`,
  );
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Setup and configuration errors are complete and credential-free; a stack would only bury the message.
  const complete = error instanceof WebhookSetupError || error instanceof ConfigError;
  const usage = complete ? "" : "\nUsage: pnpm webhook:create [--dry-run]";
  console.error(`${error instanceof Error ? error.message : String(error)}${usage}`);
  process.exitCode = 1;
}
