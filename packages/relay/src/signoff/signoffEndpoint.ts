import type { SigningKey } from "@patient-ed/content";
import { BodyTooLargeError, readBodyText } from "../bodyReader.ts";
import { jsonResponse } from "../jsonResponse.ts";
import type { Logger } from "../logger.ts";
import { signOff, SignoffRefused, type ReviewerUsers, type SignoffRequest } from "./signOff.ts";
import type { SignoffBackend } from "./signoffBackend.ts";

export interface SignoffEndpointOptions {
  backend: SignoffBackend;
  /** SIGNOFF_PRIVATE_KEY: only the relay holds it, so only the relay can make a sign-off the build trusts. */
  key: SigningKey;
  /** SIGNOFF_REVIEWERS: which Sanity user signs for which reviewer (person id to user id). */
  reviewers: ReviewerUsers;
  /** SIGNOFF_ALLOWED_ORIGIN: the Studio's origin, which may call this from the browser. */
  allowedOrigin?: string;
  now?: () => Date;
}

/** A sign-off request is a document id and a short note: anything larger is not one. */
const MAX_SIGNOFF_BODY_BYTES = 16 * 1024;
const MAX_NOTE_LENGTH = 2000;

function corsHeaders(request: Request, allowedOrigin: string | undefined): Record<string, string> {
  const origin = request.headers.get("origin");
  if (!origin || origin !== allowedOrigin) return {};
  return {
    "access-control-allow-origin": origin,
    "access-control-allow-methods": "POST",
    "access-control-allow-headers": "authorization, content-type",
    "access-control-max-age": "600",
    vary: "origin",
  };
}

function parseRequest(text: string): SignoffRequest | null {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof body !== "object" || body === null) return null;
  const { documentId, revision, note } = body as { documentId?: unknown; revision?: unknown; note?: unknown };
  // Published or draft ids only: a release version is signed off when it is published.
  if (typeof documentId !== "string" || !/^(drafts\.)?[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/.test(documentId))
    return null;
  if (documentId.startsWith("versions.")) return null;
  if (typeof revision !== "string" || revision.length === 0 || revision.length > 128) return null;
  if (note !== undefined && (typeof note !== "string" || note.length > MAX_NOTE_LENGTH)) return null;
  return { documentId, revision, ...(typeof note === "string" && note.trim() && { note: note.trim() }) };
}

/**
 * POST /signoff with the reviewer's own Sanity token (`Authorization: Bearer …`) and `{ documentId, note? }`:
 * signs off and publishes the document's current revision (signOff.ts). Answers JSON: 200 with the sign-off's
 * date and key, or an error status with one sentence an editor can act on.
 */
export async function handleSignoffRequest(
  request: Request,
  options: SignoffEndpointOptions | undefined,
  logger: Logger,
): Promise<Response> {
  if (!options)
    return jsonResponse(404, { error: "Clinical sign-off is not set up on this relay (SIGNOFF_PRIVATE_KEY)." });
  const cors = corsHeaders(request, options.allowedOrigin);
  if (request.method === "OPTIONS") return new Response(null, { status: 204, headers: cors });
  if (request.method !== "POST") return jsonResponse(405, { error: "method not allowed" }, { allow: "POST", ...cors });
  const token = /^Bearer (\S+)$/.exec(request.headers.get("authorization") ?? "")?.[1];
  if (!token) return jsonResponse(401, { error: "Sign in to the Studio: a sign-off needs your Sanity session." }, cors);
  let parsed: SignoffRequest | null;
  try {
    parsed = parseRequest(await readBodyText(request, MAX_SIGNOFF_BODY_BYTES));
  } catch (error) {
    if (error instanceof BodyTooLargeError) return jsonResponse(413, { error: "The request is too large." }, cors);
    parsed = null;
  }
  if (!parsed)
    return jsonResponse(400, { error: 'Send JSON: { "documentId": "…", "revision": "…", "note": "…" }.' }, cors);
  try {
    const now = (options.now ?? (() => new Date()))();
    const record = await signOff(options.backend, options.key, options.reviewers, token, parsed, now);
    logger.info("clinical sign-off recorded", {
      documentId: record.documentId,
      userId: record.signedBy.userId,
      reviewer: record.reviewer._ref,
      reviewedOn: record.reviewedOn,
      keyId: record.keyId,
    });
    return jsonResponse(
      200,
      {
        documentId: record.documentId,
        reviewedOn: record.reviewedOn,
        nextReviewDue: record.nextReviewDue,
        fingerprint: record.fingerprint,
        keyId: record.keyId,
      },
      cors,
    );
  } catch (error) {
    if (error instanceof SignoffRefused) {
      logger.warn("clinical sign-off refused", {
        documentId: parsed.documentId,
        status: error.status,
        reason: error.message,
      });
      return jsonResponse(error.status, { error: error.message }, cors);
    }
    logger.error("clinical sign-off failed", { documentId: parsed.documentId, error });
    return jsonResponse(502, { error: "The sign-off could not be recorded: Sanity did not answer. Try again." }, cors);
  }
}
