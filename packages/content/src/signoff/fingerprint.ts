import { sha256Hex } from "#signoff-crypto";
import { canonicalJson } from "./canonicalJson.ts";
import { SIGNED_FIELDS, SIGNED_WHEN_SET, signedContentOf, type SignedDocumentType } from "./signedFields.ts";

/**
 * The content fingerprint: SHA-256 over the canonical form of everything a patient reads on the page, and one per
 * field so a mismatch can name what changed. The Studio, offline validation, the relay's sign-off endpoint, the
 * build and the governance report all call this one function. Synchronous and browser-safe (`#signoff-crypto`:
 * @noble in the browser, Node's crypto in Node), so a Studio rule can use it.
 */
export interface ContentFingerprint {
  /** `sha256:` and 64 hex digits over the type and every signed field. */
  digest: string;
  fields: Record<string, string>;
}

const hash = (text: string) => `sha256:${sha256Hex(text)}`;

export function contentFingerprint(doc: { _type: SignedDocumentType } & Record<string, unknown>): ContentFingerprint {
  const content = signedContentOf(doc);
  const fields = Object.fromEntries(
    SIGNED_FIELDS[doc._type]
      .filter((field) => content[field] !== null || !SIGNED_WHEN_SET.has(field))
      .map((field) => [field, hash(canonicalJson(content[field]))]),
  );
  return { digest: hash(canonicalJson({ _type: doc._type, fields })), fields };
}

/** The signed fields whose fingerprints differ, in the order the page shows them. */
export function changedFields(
  type: SignedDocumentType,
  signed: Readonly<Record<string, string>>,
  current: Readonly<Record<string, string>>,
): string[] {
  return SIGNED_FIELDS[type].filter((field) => signed[field] !== current[field]);
}
