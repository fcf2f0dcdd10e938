import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from "node:crypto";

/* The sign-off's hashing and Ed25519 through Node's own crypto: see browserCrypto.ts, which this mirrors. */

// DER headers that turn a raw 32-byte Ed25519 key into the PKCS#8 and SPKI forms Node's key objects read.
const PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");
const SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

const privateKeyObject = (privateKey: Uint8Array) =>
  createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, privateKey]), format: "der", type: "pkcs8" });
const publicKeyObject = (publicKey: Uint8Array) =>
  createPublicKey({ key: Buffer.concat([SPKI_PREFIX, publicKey]), format: "der", type: "spki" });
const rawPublicKey = (key: ReturnType<typeof createPublicKey>) =>
  new Uint8Array(key.export({ format: "der", type: "spki" }).subarray(SPKI_PREFIX.length));

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

export function ed25519PublicKey(privateKey: Uint8Array): Uint8Array {
  return rawPublicKey(createPublicKey(privateKeyObject(privateKey)));
}

export function ed25519Sign(message: string, privateKey: Uint8Array): Uint8Array {
  return new Uint8Array(sign(null, Buffer.from(message, "utf8"), privateKeyObject(privateKey)));
}

export function ed25519Verify(signature: Uint8Array, message: string, publicKey: Uint8Array): boolean {
  try {
    return verify(null, Buffer.from(message, "utf8"), publicKeyObject(publicKey), signature);
  } catch {
    return false;
  }
}

export function ed25519KeyPair(): { privateKey: Uint8Array; publicKey: Uint8Array } {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const pkcs8 = privateKey.export({ format: "der", type: "pkcs8" });
  return { privateKey: new Uint8Array(pkcs8.subarray(PKCS8_PREFIX.length)), publicKey: rawPublicKey(publicKey) };
}
