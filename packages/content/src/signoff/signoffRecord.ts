import { canonicalJson } from "./canonicalJson.ts";
import type { SignedDocumentType } from "./signedFields.ts";

/**
 * A clinical sign-off as it is stored on the document (`clinicalSignoff`, and each entry of `reviewHistory`):
 * who signed, when, over which content, and the relay's Ed25519 signature over all of it. The Studio writes none
 * of this itself; only the relay's sign-off endpoint, which holds the private key, can make a signature the build
 * accepts.
 */
export interface SignoffRecord {
  _type: "clinicalSignoff";
  _key?: string;
  /** The published id (no `drafts.` prefix): a sign-off cannot be moved to another document. */
  documentId: string;
  documentType: SignedDocumentType;
  reviewer: { _type?: string; _ref: string };
  /** The Sanity user who signed, as Sanity's API named them to the relay. */
  signedBy: { userId: string; name?: string | null; email?: string | null };
  /** When the relay recorded it (an ISO instant). */
  signedAt: string;
  /** The review date patients see ("Last reviewed"), and the next one it scheduled. */
  reviewedOn: string;
  nextReviewDue: string;
  fingerprint: string;
  fieldFingerprints: { _key?: string; _type?: string; field: string; digest: string }[];
  note?: string | null;
  /** Recorded by the operator's migration command for content published before sign-offs existed. */
  recordedAtMigration?: boolean | null;
  keyId: string;
  signature: string;
}

export type UnsignedSignoff = Omit<SignoffRecord, "signature">;

/** The bytes the signature covers: every field that gives the record its meaning, in canonical form. */
export function signoffPayload(record: UnsignedSignoff): string {
  return canonicalJson({
    version: 1,
    documentId: record.documentId,
    documentType: record.documentType,
    reviewer: record.reviewer._ref,
    signedBy: {
      userId: record.signedBy.userId,
      name: record.signedBy.name ?? null,
      email: record.signedBy.email ?? null,
    },
    signedAt: record.signedAt,
    reviewedOn: record.reviewedOn,
    nextReviewDue: record.nextReviewDue,
    fingerprint: record.fingerprint,
    fields: Object.fromEntries(record.fieldFingerprints.map((entry) => [entry.field, entry.digest])),
    note: record.note?.trim() || null,
    recordedAtMigration: record.recordedAtMigration === true,
    keyId: record.keyId,
  });
}

/** The per-field fingerprints as a map, as the record stores them as a list (Sanity arrays hold objects). */
export function fieldDigests(record: Pick<SignoffRecord, "fieldFingerprints">): Record<string, string> {
  return Object.fromEntries(record.fieldFingerprints.map((entry) => [entry.field, entry.digest]));
}
