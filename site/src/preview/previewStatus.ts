import { formatIssue, type ContentIssue, type ReviewPolicy } from "@patient-ed/content";
import type { PreviewSnapshot } from "@patient-ed/content/node";
import { formatDate } from "../lib/dates.ts";

/** What the banner says about the page being previewed, and about the rest of the drafts. */
export interface PreviewStatus {
  /** Why the page would not be published as a reviewed page (empty when it would). */
  findings: string[];
  /** What the build would do with it at publish, under the publisher's REVIEW_POLICY. */
  atPublish: string;
  /** Problems in other documents that would stop the build, as the build lists them. */
  elsewhere: string[];
}

const CONSEQUENCE: Record<ReviewPolicy, string> = {
  warn: "If published now, patients see it with a notice and without “Medically reviewed by”.",
  strict: "If published now, the build would refuse it (REVIEW_POLICY=strict) and the live site would stay as it is.",
  hide: "If published now, this page would be left out of the site (REVIEW_POLICY=hide).",
};

/** The banner's lines for the page showing `documentId` (none for lists and other pages). */
export function previewStatusOf(snapshot: PreviewSnapshot, documentId: string | undefined): PreviewStatus {
  const { index, issues, publishPolicy } = snapshot;
  const findings: string[] = [];
  const unsigned = index.unsigned.find((doc) => doc.id === documentId);
  if (unsigned?.status === "changed")
    findings.push(
      `Changed since its clinical sign-off${unsigned.signedOn ? ` on ${formatDate(unsigned.signedOn)}` : ""}: ${unsigned.changed.join(", ")}.`,
    );
  if (unsigned?.status === "not-signed-off")
    findings.push(`Not signed off by its clinical reviewer: ${unsigned.reason}.`);
  const overdue = index.overdue.find((doc) => doc.id === documentId);
  if (overdue) findings.push(`Overdue for clinical review: it was due on ${formatDate(overdue.nextReviewDue)}.`);
  const pageProblems = issues.filter((issue) => issue.documentId === documentId);
  const atPublish =
    documentId === undefined
      ? "Pages show drafts where there are any."
      : pageProblems.length > 0
        ? "If published now, the build would fail until the problems listed are fixed; the live site would stay as it is."
        : findings.length > 0
          ? CONSEQUENCE[publishPolicy]
          : "Signed off for what it shows: if published now, patients see it as medically reviewed.";
  const elsewhere = issues
    .filter((issue) => issue.documentId !== documentId)
    .map((issue: ContentIssue) => formatIssue(issue));
  return { findings, atPublish, elsewhere };
}
