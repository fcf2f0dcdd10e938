import type { IssueSink } from "../errors/issueList.ts";

export interface Slugged {
  _id: string;
  _type: string;
  slug: string;
}

/** Two documents of one type with one slug would overwrite each other's page. */
export function findDuplicateSlugs(documents: readonly Slugged[], issues: IssueSink): void {
  const firstBySlug = new Map<string, string>();
  for (const doc of documents) {
    const first = firstBySlug.get(doc.slug);
    if (first === undefined) {
      firstBySlug.set(doc.slug, doc._id);
      continue;
    }
    issues.push({
      documentId: doc._id,
      documentType: doc._type,
      path: "slug",
      rule: `Must be unique: "${doc.slug}" is also the slug of ${JSON.stringify(first)}`,
    });
  }
}
