import { EnvReader, type Env } from "@patient-ed/env";
import { DEVELOPMENT_PUBLIC_KEY } from "./developmentKey.ts";
import { trustedKey, type TrustedKey } from "./signingKeys.ts";

/** The keys a build accepts sign-offs from, and the line its log says about them. */
export interface SignoffTrust {
  keys: TrustedKey[];
  description: string;
}

/**
 * SIGNOFF_TRUSTED_KEYS (comma-separated base64 Ed25519 public keys: during a key rotation, the old and the new)
 * when set. Otherwise a build from a dataset file trusts the development key, and a build from the Content Lake
 * trusts nothing: the development key's private half is public, so it must never vouch for real content.
 */
export function signoffTrustFromEnv(env: Env, readsContentLake: boolean): SignoffTrust {
  const reader = new EnvReader(env);
  const listed = reader.optional("SIGNOFF_TRUSTED_KEYS");
  const keys: TrustedKey[] = [];
  for (const entry of (listed ?? "").split(",").filter((part) => part.trim() !== "")) {
    try {
      keys.push(trustedKey(entry));
    } catch (error) {
      reader.problem("SIGNOFF_TRUSTED_KEYS", `${(error as Error).message}: ${reader.quote(entry.trim())}`);
    }
  }
  reader.check();
  if (listed) return { keys, description: `Sign-offs are trusted from ${keys.map((key) => key.keyId).join(", ")}.` };
  if (readsContentLake)
    return {
      keys: [],
      description:
        "No sign-off key is trusted (SIGNOFF_TRUSTED_KEYS is not set): no page counts as signed off. Set it to the relay's public key.",
    };
  const development = trustedKey(DEVELOPMENT_PUBLIC_KEY);
  return {
    keys: [development],
    description: `Sign-offs are trusted from the development key ${development.keyId} (dataset files only, never for real content).`,
  };
}
