import { signWithDevelopmentKey } from "@patient-ed/content/node";
import { article, faq } from "./documents.ts";
import { openNdjsonWriter } from "../common/ndjsonWriter.ts";
import type { DatasetPlan } from "./plan.ts";
import { person, siteSettings, standingPage } from "./siteDocuments.ts";

export interface DatasetSummary {
  path: string;
  documents: number;
  bytes: number;
}

/**
 * Signed off by its reviewer on its last review date, as published content is: the benchmark measures a build that
 * judges every page's sign-off, as a real one does.
 */
const signedOff = <T extends { _id: string; _type: string }>(doc: T) =>
  signWithDevelopmentKey(doc, { userId: "user-benchmark-reviewer" });

/** Writes the whole dataset in Sanity's export format, one document at a time. */
export async function writeDataset(plan: DatasetPlan, path: string): Promise<DatasetSummary> {
  const writer = await openNdjsonWriter(path);
  let documents = 0;
  const write = async (document: object) => {
    await writer.write(document);
    documents++;
  };
  try {
    await write(siteSettings());
    for (let index = 0; index < plan.reviewers; index++) await write(person(plan, "reviewer", index));
    for (let index = 0; index < plan.authors; index++) await write(person(plan, "author", index));
    await write(standingPage(plan, "editorial-policy"));
    await write(standingPage(plan, "accessibility"));
    for (let index = 0; index < plan.articles; index++) await write(signedOff(article(plan, index)));
    for (let index = 0; index < plan.faqs; index++) await write(signedOff(faq(plan, index)));
  } catch (error) {
    await writer.abort();
    throw error;
  }
  return { path, documents, bytes: await writer.close() };
}
