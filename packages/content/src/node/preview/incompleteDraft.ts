import type { ContentIssue } from "../../errors/ContentError.ts";
import { draftBySlugQuery } from "../../queries.ts";
import { requiredText } from "../../schemas/fields.ts";
import { richText, type RichTextValue } from "../../schemas/richText.ts";
import type { PreviewSnapshot } from "./previewContent.ts";

/** A draft the contract refuses, as far as it can be shown: each field only if it is valid on its own. */
export interface IncompleteDraft {
  id: string;
  type: "article" | "faq";
  /** The title, or the question of a FAQ entry. */
  heading: string | null;
  summary: string | null;
  /** The body, or the answer of a FAQ entry. */
  text: RichTextValue | null;
  disclaimer: string | null;
  /** What is missing or wrong, by field (as the build would list it). */
  issues: readonly ContentIssue[];
}

/**
 * The draft behind a preview address that the snapshot's index left out because it fails the content contract, or
 * null when there is no such document. Its problems come from the snapshot, which read it a moment ago.
 */
export async function findIncompleteDraft(
  snapshot: PreviewSnapshot,
  type: "article" | "faq",
  slug: string,
): Promise<IncompleteDraft | null> {
  const found = await snapshot.source.fetch(draftBySlugQuery, { type, slug });
  if (typeof found !== "object" || found === null) return null;
  const doc = found as Record<string, unknown>;
  const id = typeof doc._id === "string" ? doc._id : "";
  return {
    id,
    type,
    heading: requiredText.safeParse(type === "article" ? doc.title : doc.question).data ?? null,
    summary: requiredText.safeParse(doc.summary).data ?? null,
    text: richText.safeParse(type === "article" ? doc.body : doc.answer).data ?? null,
    disclaimer: requiredText.safeParse(doc.disclaimer).data ?? null,
    issues: snapshot.issues.filter((issue) => issue.documentId === id),
  };
}
