/**
 * What a clinical sign-off covers: every field of a page a patient reads. The fingerprint is taken over exactly
 * these fields, so a sign-off is about what patients see, not about review dates or editorial bookkeeping.
 * (Links and care cards live inside the rich text; the FAQ list and related articles are references.)
 */
export const SIGNED_FIELDS = {
  article: ["title", "summary", "leadImage", "body", "faqs", "author", "references", "disclaimer"],
  faq: ["question", "answer", "relatedArticles", "references", "disclaimer"],
} as const satisfies Record<string, readonly string[]>;

/**
 * Signed fields added after sign-offs already existed: while empty they are left out of the fingerprint, so
 * every sign-off made before the field existed still holds; once an editor fills one in, it counts as a change.
 */
export const SIGNED_WHEN_SET: ReadonlySet<string> = new Set(["leadImage"]);

export type SignedDocumentType = keyof typeof SIGNED_FIELDS;

export function isSignedDocumentType(type: unknown): type is SignedDocumentType {
  return type === "article" || type === "faq";
}

/** The signed fields of a document as stored (a Studio draft, a dataset line, a Content Lake answer). */
export function signedContentOf(doc: { _type: SignedDocumentType } & Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(SIGNED_FIELDS[doc._type].map((field) => [field, doc[field] ?? null]));
}
