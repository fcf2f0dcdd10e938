import type { RawDocument } from "../dataset/parseNdjson.ts";
import type { SignableDocument } from "./judgeSignoff.ts";
import { isSignedDocumentType, signedContentOf } from "./signedFields.ts";

/**
 * An article or FAQ entry as stored (a dataset line, a Content Lake document) in the form judgeSignoff reads.
 * Offline validation and the migration command judge stored documents; the build judges validated ones (judgePage):
 * both end in the same judgeSignoff, so they cannot disagree about a page.
 */
export function signableOf(doc: RawDocument): SignableDocument {
  const type = doc._type;
  if (!isSignedDocumentType(type)) throw new Error(`${doc._id}: a ${type} has no clinical sign-off`);
  const reviewer = doc.reviewer as { _ref?: unknown } | undefined;
  return {
    _id: doc._id,
    _type: type,
    reviewerId: typeof reviewer?._ref === "string" ? reviewer._ref : null,
    lastReviewed: typeof doc.lastReviewed === "string" ? doc.lastReviewed : null,
    nextReviewDue: typeof doc.nextReviewDue === "string" ? doc.nextReviewDue : null,
    content: signedContentOf({ ...doc, _type: type }),
    clinicalSignoff: doc.clinicalSignoff,
  };
}
