import { decodeSignatureHeader, encodeSignatureHeader, isSignatureError, SIGNATURE_HEADER_NAME } from "@sanity/webhook";

export { SIGNATURE_HEADER_NAME };

/** How far a signature's timestamp may be from our clock before the delivery counts as a replay. */
export interface ReplayWindow {
  maxAgeMs: number;
  maxFutureMs: number;
}

export const DEFAULT_REPLAY_WINDOW: ReplayWindow = { maxAgeMs: 5 * 60_000, maxFutureMs: 60_000 };

export type SignatureRefusal = { ok: false; status: 400 | 401; reason: string };

/** A header that is well formed and fresh: worth reading the body for. */
export type SignatureHeaderCheck = { ok: true; timestamp: number; digest: string } | SignatureRefusal;

export type SignatureCheck = { ok: true; timestamp: number; digest: string } | SignatureRefusal;

/**
 * The half of the check that needs no body: `sanity-webhook-signature`
 * (`t=<ms>,v1=<base64url HMAC-SHA256>`) must be present, well formed and
 * inside the replay window. It runs before the body is read, so a missing,
 * malformed or expired header costs the relay nothing but the headers.
 */
export function checkSignatureHeader(
  header: string | null,
  now: number,
  window: ReplayWindow = DEFAULT_REPLAY_WINDOW,
): SignatureHeaderCheck {
  if (header === null || header.trim() === "") {
    return { ok: false, status: 401, reason: `missing ${SIGNATURE_HEADER_NAME} header` };
  }
  let timestamp: number;
  let digest: string;
  try {
    ({ timestamp, hashedPayload: digest } = decodeSignatureHeader(header));
  } catch (error) {
    if (isSignatureError(error)) return { ok: false, status: 400, reason: `malformed ${SIGNATURE_HEADER_NAME} header` };
    throw error;
  }
  const ageMs = now - timestamp;
  if (ageMs > window.maxAgeMs)
    return { ok: false, status: 401, reason: "signature timestamp is too old (replay window)" };
  if (-ageMs > window.maxFutureMs) {
    return { ok: false, status: 401, reason: "signature timestamp is in the future (replay window)" };
  }
  return { ok: true, timestamp, digest };
}

/**
 * The half that needs the body: the HMAC of the raw body under the shared
 * secret, computed with @sanity/webhook's own encoder so we sign exactly as
 * Sanity does, must equal the header's digest. Compared in constant time
 * (the library's own check uses `!==`).
 */
export async function checkSignedBody(
  rawBody: string,
  header: { timestamp: number; digest: string },
  secret: string,
): Promise<SignatureCheck> {
  if (rawBody === "") return { ok: false, status: 400, reason: "empty body" };
  let expected: string;
  try {
    expected = decodeSignatureHeader(await encodeSignatureHeader(rawBody, header.timestamp, secret)).hashedPayload;
  } catch (error) {
    if (isSignatureError(error))
      return { ok: false, status: 400, reason: "signature cannot be computed for this request" };
    throw error;
  }
  if (!constantTimeEqual(expected, header.digest))
    return { ok: false, status: 401, reason: "signature does not match" };
  return { ok: true, ...header };
}

/** Both halves, for a body already in hand. */
export async function checkSignature(
  rawBody: string,
  header: string | null,
  secret: string,
  now: number,
  window: ReplayWindow = DEFAULT_REPLAY_WINDOW,
): Promise<SignatureCheck> {
  const fresh = checkSignatureHeader(header, now, window);
  return fresh.ok ? checkSignedBody(rawBody, fresh, secret) : fresh;
}

/** Pure JS so the handler stays free of Node APIs; the length is not secret (always 43 chars for SHA-256). */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let index = 0; index < a.length; index++) diff |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return diff === 0;
}
