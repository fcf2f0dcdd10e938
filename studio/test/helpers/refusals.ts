import { ContentError, createFileSource, streamSiteContent, type RawDocument } from "@patient-ed/content";
import { validateDataset } from "../../src/validation/validateDataset.ts";

/*
 * Where the Studio and the contract each refuse a dataset, as "document id → top-level field", so the agreement
 * tests can compare the two verdicts place by place.
 */

/** The contract names some fields by their query projection; the Studio by the stored field. */
const STORED_NAME: Record<string, string> = { faqIds: "faqs", relatedArticleIds: "relatedArticles" };

const topField = (path: string) => path.split(/[.[]/)[0] ?? "";
const where = (documentId: string, path: string) => `${documentId} → ${STORED_NAME[topField(path)] ?? topField(path)}`;
const unique = (places: string[]) => [...new Set(places)].sort();

/** The places Sanity's own validation, with the Studio schema, reports an error. */
export async function studioRefuses(dataset: RawDocument[]): Promise<string[]> {
  const problems = await validateDataset(dataset);
  return unique(problems.filter((problem) => problem.level === "error").map((p) => where(p.documentId, p.path)));
}

/** The places the contract refuses, through the path the build reads content by. */
export async function contractRefuses(dataset: RawDocument[]): Promise<string[]> {
  try {
    await streamSiteContent(createFileSource(dataset, "agreement test"), () => ({ article() {}, faq() {} }));
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return unique(error.issues.map((issue) => where(issue.documentId, issue.path)));
  }
}
