import { isPublishedId, SITE_DOCUMENT_TYPES } from "@patient-ed/content";

export type Operation = "create" | "update" | "delete";

const OPERATIONS: readonly string[] = ["create", "update", "delete"];

/** What a target needs to know about one publish. */
export interface PublishEvent {
  documentId: string;
  documentType: string;
  operation: Operation;
  transactionId?: string;
  idempotencyKey?: string;
}

export type ParsedEvent = { ok: true; event: PublishEvent } | { ok: false; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/**
 * Reads the operator's GROQ projection (`{_id, _type, operation?}`) plus
 * Sanity's headers. Body values win over headers: the body is covered by the
 * signature, the headers are not.
 */
export function parsePublishEvent(rawBody: string, headers: Headers): ParsedEvent {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return { ok: false, reason: "body is not JSON" };
  }
  if (!isRecord(body)) return { ok: false, reason: "body must be a JSON object" };

  const documentType = nonEmpty(body._type);
  if (!documentType) return { ok: false, reason: "body has no _type: include _type in the webhook projection" };
  const documentId = nonEmpty(body._id) ?? nonEmpty(headers.get("sanity-document-id"));
  if (!documentId) return { ok: false, reason: "body has no _id: include _id in the webhook projection" };

  const operationValue = nonEmpty(body.operation) ?? nonEmpty(headers.get("sanity-operation"));
  if (operationValue !== undefined && !OPERATIONS.includes(operationValue)) {
    return { ok: false, reason: `unknown operation "${operationValue}"` };
  }
  // Without either, the projection left it out; any change means "rebuild", which update says.
  const operation = (operationValue ?? "update") as Operation;

  const event: PublishEvent = { documentId, documentType, operation };
  const transactionId = nonEmpty(headers.get("sanity-transaction-id"));
  if (transactionId) event.transactionId = transactionId;
  const idempotencyKey = nonEmpty(headers.get("idempotency-key"));
  if (idempotencyKey) event.idempotencyKey = idempotencyKey;
  return { ok: true, event };
}

/**
 * Why this event cannot change the published site, or undefined when it can.
 * The site shows the content contract's document types, published only.
 */
export function ignoreReason(
  event: PublishEvent,
  siteTypes: readonly string[] = SITE_DOCUMENT_TYPES,
): string | undefined {
  if (!siteTypes.includes(event.documentType)) return `document type "${event.documentType}" is not shown on the site`;
  // Drafts and release versions are not published content; the site only shows published documents.
  if (!isPublishedId(event.documentId)) {
    return "document is a draft or release version, not published content";
  }
  return undefined;
}
