import { publishedIdOf } from "../sources/perspectives.ts";
import { changedFields, contentFingerprint } from "./fingerprint.ts";
import { fieldDigests, type SignoffRecord } from "./signoffRecord.ts";
import { signoffRecordSchema } from "./signoffSchema.ts";
import { signatureProblem, type TrustedKey } from "./signingKeys.ts";
import type { SignedDocumentType } from "./signedFields.ts";

/** What a page may claim about its clinical review. */
export type SignoffState =
  | { status: "signed-off"; signoff: SignoffRecord }
  /** Signed, but the content (or the reviewer, or the review date) is no longer what was signed. */
  | { status: "changed"; signoff: SignoffRecord; changed: string[] }
  | { status: "not-signed-off"; reason: string };

export interface SignableDocument {
  _id: string;
  _type: SignedDocumentType;
  /** The reviewer the document names now (a reference id). */
  reviewerId: string | null;
  lastReviewed: string | null;
  /** The next review the page shows: it may come sooner than the sign-off scheduled, never later. */
  nextReviewDue: string | null;
  /** The document's signed fields as stored (signedContentOf). */
  content: Record<string, unknown>;
  clinicalSignoff: unknown;
}

/** Checks a stored sign-off: its shape and signature first, then whether it still describes this document. */
export function verifiedSignoff(
  record: unknown,
  doc: Pick<SignableDocument, "_id" | "_type">,
  trusted: readonly TrustedKey[],
): { signoff: SignoffRecord } | { problem: string } {
  if (record === null || record === undefined) return { problem: "it has no clinical sign-off" };
  const parsed = signoffRecordSchema.safeParse(record);
  if (!parsed.success) return { problem: "its clinical sign-off is incomplete" };
  const signoff = parsed.data;
  const problem = signatureProblem(signoff, trusted);
  if (problem) return { problem: `its clinical sign-off is not trusted: ${problem}` };
  if (signoff.documentId !== publishedIdOf(doc._id) || signoff.documentType !== doc._type)
    return { problem: `its clinical sign-off was made for another document (${signoff.documentId})` };
  return { signoff };
}

/** The fields in which `doc` differs from what `signoff` signed: content, reviewer and review date. */
export function changedSinceSignoff(doc: SignableDocument, signoff: SignoffRecord): string[] {
  const current = contentFingerprint({ _type: doc._type, ...doc.content });
  const changed =
    current.digest === signoff.fingerprint ? [] : changedFields(doc._type, fieldDigests(signoff), current.fields);
  // A digest that differs while no field does means the field list itself changed: name them all.
  if (current.digest !== signoff.fingerprint && changed.length === 0) changed.push(...Object.keys(current.fields));
  if (doc.reviewerId !== signoff.reviewer._ref) changed.push("reviewer");
  if (doc.lastReviewed !== signoff.reviewedOn) changed.push("lastReviewed");
  if (doc.nextReviewDue === null || doc.nextReviewDue > signoff.nextReviewDue) changed.push("nextReviewDue");
  return changed;
}

export function judgeSignoff(doc: SignableDocument, trusted: readonly TrustedKey[]): SignoffState {
  const verified = verifiedSignoff(doc.clinicalSignoff, doc, trusted);
  if ("problem" in verified) return { status: "not-signed-off", reason: verified.problem };
  const changed = changedSinceSignoff(doc, verified.signoff);
  return changed.length === 0
    ? { status: "signed-off", signoff: verified.signoff }
    : { status: "changed", signoff: verified.signoff, changed };
}

/**
 * What the Studio can say without the build's keys: whether the document still matches the sign-off it carries.
 * Advisory (anyone can write the fields through the API); the build checks the signature.
 */
export function signoffChangesFor(
  doc: Omit<SignableDocument, "clinicalSignoff"> & { clinicalSignoff: unknown },
):
  | { status: "not-signed-off" }
  | { status: "changed"; signedOn: string; changed: string[] }
  | { status: "signed-off"; signedOn: string } {
  const parsed = signoffRecordSchema.safeParse(doc.clinicalSignoff);
  if (!parsed.success) return { status: "not-signed-off" };
  const changed = changedSinceSignoff(doc, parsed.data);
  return changed.length === 0
    ? { status: "signed-off", signedOn: parsed.data.reviewedOn }
    : { status: "changed", signedOn: parsed.data.reviewedOn, changed };
}
