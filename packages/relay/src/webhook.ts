import { BodyTooLargeError, MalformedBodyError, readBodyText } from "./bodyReader.ts";
import type { IdempotencyStore } from "./idempotency.ts";
import { jsonResponse } from "./jsonResponse.ts";
import type { Logger } from "./logger.ts";
import { ignoreReason, parsePublishEvent } from "./publishEvent.ts";
import { checkSignatureHeader, checkSignedBody, SIGNATURE_HEADER_NAME, type ReplayWindow } from "./signature.ts";
import type { BodyReadSlots } from "./bodyReadSlots.ts";
import type { Target } from "./targets/target.ts";

export interface WebhookContext {
  secret: string;
  target: Target;
  logger: Logger;
  now: () => number;
  maxBodyBytes: number;
  replayWindow: ReplayWindow;
  idempotency: IdempotencyStore;
  siteDocumentTypes: readonly string[];
  bodyReads: BodyReadSlots;
}

/**
 * One POSTed delivery, checked in order of cost: the signature header and its
 * replay window (no body read yet), a free body-reading slot, size, the
 * signature over the body, JSON shape, relevance, repetition; only then is
 * the target invoked.
 */
export async function receiveWebhook(request: Request, context: WebhookContext): Promise<Response> {
  const { logger } = context;
  const header = checkSignatureHeader(request.headers.get(SIGNATURE_HEADER_NAME), context.now(), context.replayWindow);
  if (!header.ok) {
    logger.warn("webhook rejected", { status: header.status, reason: header.reason });
    return jsonResponse(header.status, { error: header.reason });
  }

  const slot = context.bodyReads.take();
  if (!slot) {
    logger.warn("webhook rejected", { status: 503, reason: "too many bodies being read at once" });
    return jsonResponse(503, { error: "busy: too many deliveries at once; Sanity will retry" }, { "retry-after": "5" });
  }
  let rawBody: string;
  try {
    rawBody = await readBodyText(request, context.maxBodyBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      logger.warn("webhook rejected", { status: 413, reason: error.message });
      return jsonResponse(413, { error: `body too large: the limit is ${error.limitBytes} bytes` });
    }
    if (error instanceof MalformedBodyError) {
      logger.warn("webhook rejected", { status: 400, reason: error.message });
      return jsonResponse(400, { error: error.message });
    }
    throw error;
  } finally {
    slot.release();
  }

  const signature = await checkSignedBody(rawBody, header, context.secret);
  if (!signature.ok) {
    logger.warn("webhook rejected", { status: signature.status, reason: signature.reason });
    return jsonResponse(signature.status, { error: signature.reason });
  }

  const parsed = parsePublishEvent(rawBody, request.headers);
  if (!parsed.ok) {
    logger.warn("webhook rejected", { status: 400, reason: parsed.reason });
    return jsonResponse(400, { error: parsed.reason });
  }
  const { event } = parsed;
  const about = { documentId: event.documentId, documentType: event.documentType, operation: event.operation };

  const ignored = ignoreReason(event, context.siteDocumentTypes);
  if (ignored) {
    logger.info("webhook ignored", { ...about, reason: ignored });
    return jsonResponse(202, { status: "ignored", reason: ignored });
  }

  // Sanity repeats the idempotency-key on every retry of one delivery. The
  // signature digest is remembered too: the key header is not signed, so a
  // replayed request with a fresh key would otherwise pass inside the window.
  const keys = [`sig:${signature.digest}`];
  if (event.idempotencyKey) keys.push(`key:${event.idempotencyKey}`);
  const claimed: string[] = [];
  for (const key of keys) {
    if (!context.idempotency.claim(key)) {
      for (const held of claimed) context.idempotency.release(held);
      logger.info("webhook duplicate", { ...about, idempotencyKey: event.idempotencyKey });
      return jsonResponse(200, { status: "duplicate" });
    }
    claimed.push(key);
  }

  try {
    await context.target.trigger(event);
  } catch (error) {
    // Forget the delivery so Sanity's retry is acted on.
    for (const key of claimed) context.idempotency.release(key);
    logger.error("target failed", { ...about, target: context.target.name, error });
    return jsonResponse(502, { error: `the ${context.target.name} target failed; Sanity will retry` });
  }
  logger.info("webhook accepted", { ...about, target: context.target.name, idempotencyKey: event.idempotencyKey });
  return jsonResponse(202, { status: "accepted", target: context.target.name });
}
