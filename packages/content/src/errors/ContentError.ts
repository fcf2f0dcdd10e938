import { omittedLine } from "./issueList.ts";

/** One problem with one document, in the words an editor can act on. */
export interface ContentIssue {
  documentId: string;
  documentType: string;
  /** Dotted field path, e.g. `body[2].children[0].text` or `reviewer.name`. */
  path: string;
  /** The rule that failed, e.g. "Required" or "Must be a date (YYYY-MM-DD)". */
  rule: string;
}

/**
 * Formats one issue as `article "article-x" at disclaimer: Required`. The id is
 * JSON-quoted: it comes from the dataset, and quotes or a newline in it must not
 * end the quote or forge another line of the message.
 */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.path ? ` at ${issue.path}` : "";
  return `${issue.documentType} ${JSON.stringify(issue.documentId)}${where}: ${issue.rule}`;
}

/**
 * Thrown when content cannot be published as it is. It lists every problem at
 * once, and the build prints its message alone: a stack trace helps no editor.
 */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];
  /** Problems found beyond those listed (see IssueList). */
  readonly omittedIssues: number;

  constructor(summary: string, issues: readonly ContentIssue[], omittedIssues = 0) {
    super(
      [
        summary,
        ...issues.map((issue) => `  - ${formatIssue(issue)}`),
        ...(omittedIssues > 0 ? [omittedLine(omittedIssues)] : []),
      ].join("\n"),
    );
    this.name = "ContentError";
    this.issues = issues;
    this.omittedIssues = omittedIssues;
  }
}

/** A dataset file that cannot be read: names the file and the line. */
export class DatasetFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatasetFileError";
  }
}

/** The content source could not be reached or answered nonsense, after retries. */
export class ContentSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ContentSourceError";
  }
}
