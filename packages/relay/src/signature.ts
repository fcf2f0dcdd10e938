import { decodeSignatureHeader, encodeSignatureHeader, isSignatureError, SIGNATURE_HEADER_NAME } from "@sanity/webhook";

export { SIGNATURE_HEADER_NAME };

/** How far a signature's timestamp may be from our clock before the delivery counts as a replay. */
export interface ReplayWindow {
  maxAgeMs: number;
  maxFutureMs: number;
}

export const DEFAULT_REPLAY_WINDOW: ReplayWindow = { maxAgeMs: 5 * 60_000, maxFutureMs: 60_000 };

export type SignatureCheck =
  { ok: true; timestamp: number; digest: string } | { ok: false; status: 400 | 401; reason: string };

/**
 * Verifies `sanity-webhook-signature` (`t=<ms>,v1=<base64url HMAC-SHA256>`)
 * against the raw body, using @sanity/webhook's own encoder so we sign
 * exactly as Sanity does. The digests are compared in constant time (the
 * library's own check uses `!==`), and the timestamp must sit inside the
 * replay window: a captured delivery cannot be replayed later.
 */
export async function checkSignature(
  rawBody: string,
  header: string | null,
  secret: string,
  now: number,
  window: ReplayWindow = DEFAULT_REPLAY_WINDOW,
): Promise<SignatureCheck> {
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
  if (rawBody === "") return { ok: false, status: 400, reason: "empty body" };

  const ageMs = now - timestamp;
  if (ageMs > window.maxAgeMs)
    return { ok: false, status: 401, reason: "signature timestamp is too old (replay window)" };
  if (-ageMs > window.maxFutureMs) {
    return { ok: false, status: 401, reason: "signature timestamp is in the future (replay window)" };
  }

  let expected: string;
  try {
    expected = decodeSignatureHeader(await encodeSignatureHeader(rawBody, timestamp, secret)).hashedPayload;
  } catch (error) {
    if (isSignatureError(error))
      return { ok: false, status: 400, reason: "signature cannot be computed for this request" };
    throw error;
  }
  if (!constantTimeEqual(expected, digest)) return { ok: false, status: 401, reason: "signature does not match" };
  return { ok: true, timestamp, digest };
}

/** Pure JS so the handler stays free of Node APIs; the length is not secret (always 43 chars for SHA-256). */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let index = 0; index < a.length; index++) diff |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return diff === 0;
}
