import type { RawDocument } from "../dataset/parseNdjson.ts";
import { publishedIdOf } from "../sources/perspectives.ts";
import { sha256Hex } from "#signoff-crypto";
import { contentFingerprint } from "./fingerprint.ts";
import { isSignedDocumentType, type SignedDocumentType } from "./signedFields.ts";
import { signSignoff, type SigningKey } from "./signingKeys.ts";
import type { SignoffRecord } from "./signoffRecord.ts";

export interface SignoffDetails {
  signedBy: SignoffRecord["signedBy"];
  /** An ISO instant. */
  signedAt: string;
  reviewedOn: string;
  nextReviewDue: string;
  note?: string | null;
  recordedAtMigration?: boolean;
}

/**
 * Signs `doc` as it is now, in the name of the reviewer it names: the relay's sign-off endpoint, the operator's
 * migration command and the dataset tools all sign through here. The fingerprint is of exactly this revision.
 */
export function createSignoff(doc: RawDocument, details: SignoffDetails, key: SigningKey): SignoffRecord {
  const type = doc._type;
  if (!isSignedDocumentType(type)) throw new Error(`${doc._id}: a ${type} has no clinical sign-off`);
  const reviewer = doc.reviewer as { _ref?: unknown } | undefined;
  if (typeof reviewer?._ref !== "string") throw new Error(`${doc._id}: it names no clinical reviewer to sign it off`);
  const fingerprint = contentFingerprint({ ...doc, _type: type as SignedDocumentType });
  const signed = signSignoff(
    {
      _type: "clinicalSignoff",
      documentId: publishedIdOf(doc._id),
      documentType: type,
      reviewer: { _type: "reference", _ref: reviewer._ref },
      signedBy: details.signedBy,
      signedAt: details.signedAt,
      reviewedOn: details.reviewedOn,
      nextReviewDue: details.nextReviewDue,
      fingerprint: fingerprint.digest,
      fieldFingerprints: Object.entries(fingerprint.fields).map(([field, digest]) => ({
        _key: field,
        _type: "fieldFingerprint",
        field,
        digest,
      })),
      note: details.note?.trim() || null,
      recordedAtMigration: details.recordedAtMigration === true,
    },
    key,
  );
  return { ...signed, _key: `signoff-${sha256Hex(signed.signature).slice(0, 12)}` };
}

/**
 * The document with the sign-off recorded: as its current sign-off, with the review dates it signed, and first in
 * its review history (kept on the document, so it outlives Sanity's own history retention).
 */
export function withSignoff<T extends RawDocument>(doc: T, signoff: SignoffRecord): T {
  const history = Array.isArray(doc.reviewHistory) ? (doc.reviewHistory as unknown[]) : [];
  const { _key: _unkeyed, ...current } = signoff;
  return {
    ...doc,
    lastReviewed: signoff.reviewedOn,
    nextReviewDue: signoff.nextReviewDue,
    clinicalSignoff: current,
    reviewHistory: [signoff, ...history],
  };
}
