import { SITE_DOCUMENT_TYPES } from "@patient-ed/content";
import { createBodyReadSlots } from "./bodyReadSlots.ts";
import { createIdempotencyStore, type IdempotencyStore } from "./idempotency.ts";
import { jsonResponse } from "./jsonResponse.ts";
import { silentLogger, type Logger } from "./logger.ts";
import { DEFAULT_REPLAY_WINDOW, type ReplayWindow } from "./signature.ts";
import type { Target } from "./targets/target.ts";
import { receiveWebhook } from "./webhook.ts";
import { handleSignoffRequest, type SignoffEndpointOptions } from "./signoff/signoffEndpoint.ts";

export type RelayHandler = (request: Request) => Promise<Response>;

export interface RelayHandlerOptions {
  /** SANITY_WEBHOOK_SECRET. */
  secret: string;
  target: Target;
  logger?: Logger;
  /** Injected so replay-window behaviour can be tested without waiting. */
  now?: () => number;
  /** Default 1 MiB. */
  maxBodyBytes?: number;
  /** Default: 5 minutes old, 1 minute ahead. */
  replayWindow?: Partial<ReplayWindow>;
  idempotency?: IdempotencyStore;
  siteDocumentTypes?: readonly string[];
  /** Request bodies read at the same time (default 16); past it, 503 before reading. */
  maxConcurrentBodies?: number;
  /** The clinical sign-off endpoint (POST /signoff); without it, /signoff answers 404. */
  signoff?: SignoffEndpointOptions;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** Sanity delivers one publish at a time per webhook; 16 at once is already a burst. */
export const DEFAULT_MAX_CONCURRENT_BODIES = 16;

/**
 * A web-standard `(Request) => Promise<Response>`, so the same code runs in
 * the Node server and on any fetch-style platform. GET /healthz and GET
 * /status are answered at any prefix (platforms often mount under a path),
 * and so is /signoff (the Studio's clinical sign-off); every other path
 * receives the webhook.
 */
export function createRelayHandler(options: RelayHandlerOptions): RelayHandler {
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? Date.now;
  const context = {
    secret: options.secret,
    target: options.target,
    logger,
    now,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    replayWindow: { ...DEFAULT_REPLAY_WINDOW, ...options.replayWindow },
    idempotency: options.idempotency ?? createIdempotencyStore({ now }),
    siteDocumentTypes: options.siteDocumentTypes ?? SITE_DOCUMENT_TYPES,
    bodyReads: createBodyReadSlots(options.maxConcurrentBodies ?? DEFAULT_MAX_CONCURRENT_BODIES),
  };

  return async function handleRelayRequest(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname.endsWith("/healthz")) return onlyGet(request, () => ({ ok: true }));
    if (pathname.endsWith("/status")) return onlyGet(request, () => options.target.status());
    if (pathname.endsWith("/signoff")) return handleSignoffRequest(request, options.signoff, logger);
    if (request.method !== "POST") {
      return jsonResponse(405, { error: "method not allowed: Sanity webhooks are POSTed" }, { allow: "POST" });
    }
    try {
      return await receiveWebhook(request, context);
    } catch (error) {
      logger.error("webhook failed unexpectedly", { error });
      return jsonResponse(500, { error: "internal error" });
    }
  };
}

function onlyGet(request: Request, body: () => unknown): Response {
  if (request.method !== "GET") return jsonResponse(405, { error: "method not allowed" }, { allow: "GET" });
  return jsonResponse(200, body());
}
