import { ed25519KeyPair, ed25519PublicKey, ed25519Sign, ed25519Verify, sha256Hex } from "#signoff-crypto";
import { signoffPayload, type SignoffRecord, type UnsignedSignoff } from "./signoffRecord.ts";

/** A public key the build trusts: raw 32-byte Ed25519 key, base64. Its id is what a sign-off names. */
export interface TrustedKey {
  keyId: string;
  publicKey: Uint8Array;
}

const fromBase64 = (text: string) => Uint8Array.from(atob(text.trim()), (char) => char.charCodeAt(0));
const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

/** `ed25519:` and the first 16 hex digits of the public key's SHA-256: short, and names the key in logs. */
export function keyIdOf(publicKey: Uint8Array): string {
  return `ed25519:${sha256Hex(publicKey).slice(0, 16)}`;
}

/** A raw Ed25519 key (either half) from base64; anything that is not 32 bytes of base64 is refused with the reason. */
function keyBytes(base64: string, half: "public" | "private"): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(base64);
  } catch {
    throw new Error(`a sign-off ${half} key must be base64`);
  }
  if (bytes.length !== 32) throw new Error(`a sign-off ${half} key is 32 bytes, not ${bytes.length}`);
  return bytes;
}

/** Reads a base64 public key the build trusts. */
export function trustedKey(base64PublicKey: string): TrustedKey {
  const publicKey = keyBytes(base64PublicKey, "public");
  return { keyId: keyIdOf(publicKey), publicKey };
}

/** A private key that can sign sign-offs: only the relay (and the offline dataset tools) hold one. */
export interface SigningKey extends TrustedKey {
  privateKey: Uint8Array;
}

export function signingKey(base64PrivateKey: string): SigningKey {
  const privateKey = keyBytes(base64PrivateKey, "private");
  const publicKey = ed25519PublicKey(privateKey);
  return { keyId: keyIdOf(publicKey), publicKey, privateKey };
}

/** A new key pair, base64, for `pnpm signoff:keygen`. */
export function newKeyPair(): { privateKey: string; publicKey: string; keyId: string } {
  const { privateKey, publicKey } = ed25519KeyPair();
  return { privateKey: toBase64(privateKey), publicKey: toBase64(publicKey), keyId: keyIdOf(publicKey) };
}

export function signSignoff(record: Omit<UnsignedSignoff, "keyId">, key: SigningKey): SignoffRecord {
  const unsigned: UnsignedSignoff = { ...record, keyId: key.keyId };
  const signature = ed25519Sign(signoffPayload(unsigned), key.privateKey);
  return { ...unsigned, signature: toBase64(signature) };
}

/** Why a stored sign-off cannot be trusted, or null when its signature holds under one of the trusted keys. */
export function signatureProblem(record: SignoffRecord, trusted: readonly TrustedKey[]): string | null {
  if (typeof record.signature !== "string" || record.signature === "") return "it carries no signature";
  const key = trusted.find((candidate) => candidate.keyId === record.keyId);
  if (!key) return `it is signed with key ${String(record.keyId)}, which this build does not trust`;
  let signature: Uint8Array;
  try {
    signature = fromBase64(record.signature);
  } catch {
    return "its signature is not base64";
  }
  if (signature.length === 64 && ed25519Verify(signature, signoffPayload(record), key.publicKey)) return null;
  return `its signature does not match its content (key ${key.keyId})`;
}
