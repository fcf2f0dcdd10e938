import { createHmac, timingSafeEqual } from "node:crypto";

/** The cookie that lets a browser see the draft preview once it has come through the enable address. */
export const SESSION_COOKIE = "patient-ed-preview";
/** Short-lived: an editor's session is renewed each time the Studio opens the preview. */
export const SESSION_SECONDS = 60 * 60;

const digest = (secret: string, text: string) => createHmac("sha256", secret).update(text).digest();

/** Compares two strings in time that does not depend on where they differ. */
export function sameSecret(given: string, expected: string): boolean {
  // Compare digests, which have one length, so the length of the secret does not leak either.
  return timingSafeEqual(digest("compare", given), digest("compare", expected));
}

/** A session cookie value: its expiry, signed with the preview secret. */
export function newSession(secret: string, now: number): string {
  const expires = now + SESSION_SECONDS * 1000;
  return `${expires}.${digest(secret, `session:${expires}`).toString("hex")}`;
}

/** Whether a session cookie value was made with this secret and has not expired. */
export function validSession(value: string | undefined, secret: string, now: number): boolean {
  const match = /^(\d{1,16})\.([0-9a-f]{64})$/.exec(value ?? "");
  if (!match) return false;
  const expires = Number(match[1]);
  const expected = digest(secret, `session:${expires}`);
  return expires > now && timingSafeEqual(Buffer.from(match[2] ?? "", "hex"), expected);
}

/** The Set-Cookie header: HttpOnly always; on https SameSite=None and Secure, so the Studio's frame sends it. */
export function sessionCookie(value: string, path: string, https: boolean, maxAgeSeconds = SESSION_SECONDS): string {
  const sameSite = https ? "SameSite=None; Secure" : "SameSite=Lax";
  return `${SESSION_COOKIE}=${value}; Path=${path}; Max-Age=${maxAgeSeconds}; HttpOnly; ${sameSite}`;
}

/** The named cookie from a Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

/** Where to send the browser after enabling: a path on this site (with its query), never another origin. */
export function safeRedirectPath(requested: string | null, base: string): string {
  if (!requested?.startsWith("/")) return base;
  // Parsed as a browser would (tabs and newlines dropped, backslashes as slashes): anything that leaves the origin
  // is refused, and what is sent back is the parsed, encoded path.
  const origin = "http://preview.invalid";
  const url = new URL(requested, origin);
  return url.origin === origin ? `${url.pathname}${url.search}` : base;
}
