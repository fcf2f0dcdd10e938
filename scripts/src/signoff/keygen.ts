import { newKeyPair } from "@patient-ed/content";

/**
 * `pnpm signoff:keygen`: a new Ed25519 key pair for clinical sign-offs. The private half signs (the relay's
 * sign-off endpoint, and signoff:migrate); the public half is all a build needs to check a signature.
 */
const pair = newKeyPair();
console.log(
  `Key ${pair.keyId}: set SIGNOFF_PRIVATE_KEY on the relay only (keep it secret); set SIGNOFF_TRUSTED_KEYS to the public key for builds (during a rotation, the old and new public keys, comma-separated).`,
);
console.log(`SIGNOFF_PRIVATE_KEY=${pair.privateKey}`);
console.log(`SIGNOFF_TRUSTED_KEYS=${pair.publicKey}`);
