import { signingKey, signoffTrustFromEnv, type SigningKey, type TrustedKey } from "@patient-ed/content";
import { DEVELOPMENT_PRIVATE_KEY } from "@patient-ed/content/node";
import { ConfigError, EnvReader, type Env } from "@patient-ed/env";
import { MigrationUsageError } from "./MigrationUsageError.ts";

export interface MigrationKeys {
  key: SigningKey;
  /** The keys existing sign-offs are judged with: what builds trust, and the key the migration signs with. */
  trusted: TrustedKey[];
  /** Said before anything else: which key signs, and whether builds will trust what it records. */
  notes: string[];
}

const developmentKeyId = signingKey(DEVELOPMENT_PRIVATE_KEY).keyId;

function readKey(env: Env, developmentKey: boolean, contentLake: boolean): SigningKey {
  if (developmentKey) {
    if (contentLake)
      throw new MigrationUsageError(
        "--development-key signs dataset files only: its private half is public, so it must never sign real content.",
      );
    return signingKey(DEVELOPMENT_PRIVATE_KEY);
  }
  const reader = new EnvReader(env);
  const base64 = reader.required(
    "SIGNOFF_PRIVATE_KEY",
    "the relay's base64 Ed25519 private key signs the sign-offs (or, for a dataset file, pass --development-key)",
  );
  reader.check();
  let key: SigningKey;
  try {
    key = signingKey(base64);
  } catch (error) {
    // What is wrong with the key, never the key itself.
    throw ConfigError.of("SIGNOFF_PRIVATE_KEY", `is not a sign-off key: ${(error as Error).message}`);
  }
  if (contentLake && key.keyId === developmentKeyId)
    throw new MigrationUsageError(
      "SIGNOFF_PRIVATE_KEY is the development key, whose private half is public: the Content Lake needs a key of its own (pnpm signoff:keygen).",
    );
  return key;
}

/**
 * The key the migration signs with (SIGNOFF_PRIVATE_KEY, or the development key for a dataset file), and the keys
 * an existing sign-off counts as trusted under. The migration's own key is among them whatever builds trust, so a
 * second run finds its first run's sign-offs and records nothing.
 */
export function migrationKeys(env: Env, developmentKey: boolean, contentLake: boolean): MigrationKeys {
  const key = readKey(env, developmentKey, contentLake);
  const builds = signoffTrustFromEnv(env, contentLake ? "content-lake" : "file");
  const buildsTrustIt = builds.keys.some((trusted) => trusted.keyId === key.keyId);
  const notes = [`Signing with ${key.keyId}${key.keyId === developmentKeyId ? " (the development key)" : ""}.`];
  if (!buildsTrustIt)
    notes.push(
      `Builds with this environment do not trust ${key.keyId}: add its public key to SIGNOFF_TRUSTED_KEYS, or no page will count as signed off.`,
    );
  const own: TrustedKey = { keyId: key.keyId, publicKey: key.publicKey };
  return { key, trusted: buildsTrustIt ? builds.keys : [...builds.keys, own], notes };
}
