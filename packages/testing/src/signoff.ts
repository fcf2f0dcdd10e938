import { createSignoff, isSignedDocumentType, signingKey, withSignoff, type RawDocument } from "@patient-ed/content";
import { DEVELOPMENT_PRIVATE_KEY } from "@patient-ed/content/node";

const developmentKey = signingKey(DEVELOPMENT_PRIVATE_KEY);

/**
 * Signs every published article and FAQ entry of a test dataset as its reviewer would through the relay, with the
 * development key and the review dates the document already carries: a test that changes review dates or content
 * on purpose signs the result, so it tests what it means to and not a broken sign-off.
 */
export function signedOff<T extends RawDocument>(documents: readonly T[]): T[] {
  return documents.map((doc) => {
    if (doc._id.startsWith("drafts.") || !isSignedDocumentType(doc._type) || !doc.reviewer) return doc;
    const stored: T = { ...doc, clinicalSignoff: undefined, reviewHistory: undefined };
    const record = createSignoff(
      stored,
      {
        signedBy: { userId: "user-test-reviewer", name: "Test Reviewer" },
        signedAt: `${String(doc.lastReviewed)}T12:00:00Z`,
        reviewedOn: String(doc.lastReviewed),
        nextReviewDue: String(doc.nextReviewDue),
      },
      developmentKey,
    );
    return withSignoff(stored, record);
  });
}
