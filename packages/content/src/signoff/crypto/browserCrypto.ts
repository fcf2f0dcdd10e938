import * as ed from "@noble/ed25519";
import { sha256, sha512 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

/*
 * The sign-off's hashing and Ed25519 in plain JavaScript (@noble), for the Studio's browser bundle. Node resolves
 * `#signoff-crypto` to nodeCrypto.ts instead (package.json "imports"): the same results, about ten times faster,
 * which matters to a build judging thousands of pages.
 */

// @noble/ed25519 signs and verifies synchronously once it has a SHA-512.
ed.hashes.sha512 = sha512;

export function sha256Hex(data: string | Uint8Array): string {
  return bytesToHex(sha256(typeof data === "string" ? utf8ToBytes(data) : data));
}

export function ed25519PublicKey(privateKey: Uint8Array): Uint8Array {
  return ed.getPublicKey(privateKey);
}

export function ed25519Sign(message: string, privateKey: Uint8Array): Uint8Array {
  return ed.sign(utf8ToBytes(message), privateKey);
}

export function ed25519Verify(signature: Uint8Array, message: string, publicKey: Uint8Array): boolean {
  try {
    return ed.verify(signature, utf8ToBytes(message), publicKey);
  } catch {
    return false;
  }
}

export function ed25519KeyPair(): { privateKey: Uint8Array; publicKey: Uint8Array } {
  const { secretKey, publicKey } = ed.keygen();
  return { privateKey: secretKey, publicKey };
}
