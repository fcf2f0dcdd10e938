import { EnvReader, type Env } from "@patient-ed/env";
import { DEVELOPMENT_PUBLIC_KEY } from "./developmentKey.ts";
import { trustedKey, type TrustedKey } from "./signingKeys.ts";

/** The keys a build accepts sign-offs from, and the line its log says about them. */
export interface SignoffTrust {
  keys: TrustedKey[];
  description: string;
}

/** Where content is read from, as source selection names it. */
export type ContentOrigin = "embedded" | "file" | "content-lake";

/**
 * SIGNOFF_TRUSTED_KEYS (comma-separated base64 Ed25519 public keys: during a key rotation, the old and the new)
 * when set. Otherwise only the embedded dataset trusts the development key: its private half is public, so it must
 * never vouch for real content, whether read from the Content Lake or from a file (an export of real content).
 */
export function signoffTrustFromEnv(env: Env, origin: ContentOrigin): SignoffTrust {
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
  if (origin !== "embedded")
    return {
      keys: [],
      description:
        "No sign-off key is trusted (SIGNOFF_TRUSTED_KEYS is not set): no page counts as signed off. Set it to the relay's public key.",
    };
  const development = trustedKey(DEVELOPMENT_PUBLIC_KEY);
  return {
    keys: [development],
    description: `Sign-offs are trusted from the development key ${development.keyId} (the embedded dataset only, never real content).`,
  };
}
