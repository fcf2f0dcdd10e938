import { isSignedDocumentType, type RawDocument } from "@patient-ed/content";
import { signWithDevelopmentKey } from "@patient-ed/content/node";

/**
 * Signs every published article and FAQ entry of a test dataset as its reviewer would through the relay, with the
 * development key and the review dates the document already carries: a test that changes review dates or content
 * on purpose signs the result, so it tests what it means to and not a broken sign-off.
 */
export function signedOff<T extends RawDocument>(documents: readonly T[]): T[] {
  return documents.map((doc) =>
    doc._id.startsWith("drafts.") || !isSignedDocumentType(doc._type) || !doc.reviewer
      ? doc
      : signWithDevelopmentKey(doc, { userId: "user-test-reviewer", name: "Test Reviewer" }),
  );
}
