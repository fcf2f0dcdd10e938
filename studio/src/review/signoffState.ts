import { isSignedDocumentType, signableOf, signoffChangesFor, SIGNED_FIELDS } from "@patient-ed/content";

/** A document as the Studio holds it (a draft or the published version). */
export type StudioDocument = { _id: string; _type: string } & Record<string, unknown>;

export type StudioSignoffState = ReturnType<typeof signoffChangesFor>;

/**
 * Whether the document the editor is looking at still matches its clinical sign-off, and if not which fields
 * changed: the contract's own fingerprint (the one the build uses), without the signature check only the build
 * can make. Null for types that are not signed off.
 */
export function studioSignoffState(doc: StudioDocument | null | undefined): StudioSignoffState | null {
  if (!doc || !isSignedDocumentType(doc._type)) return null;
  return signoffChangesFor(signableOf(doc));
}

/** One line an editor reads: what patients will see about the page's review if it is published as it is. */
export function signoffSummary(state: StudioSignoffState): string {
  if (state.status === "signed-off") return `Signed off on ${state.signedOn}.`;
  if (state.status === "changed")
    return `Changed since its clinical sign-off on ${state.signedOn}: ${state.changed.join(", ")}.`;
  return "Not signed off by its clinical reviewer.";
}

/** The GROQ projection the Studio needs to judge sign-offs: every signed field, once, from the contract. */
export const SIGNOFF_PROJECTION = [
  ...new Set([
    "_id",
    "_type",
    "title",
    "question",
    "reviewer",
    "lastReviewed",
    "nextReviewDue",
    "clinicalSignoff",
    ...Object.values(SIGNED_FIELDS).flat(),
  ]),
].join(", ");
