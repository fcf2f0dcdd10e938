import type { ContentIssue } from "./ContentError.ts";

/**
 * Problems listed in one error report. A hostile or badly broken dataset can
 * have a problem in every field of every document; an editor acts on the
 * first ones, and the report (the log, the relay's /status) stays small.
 */
export const MAX_REPORTED_ISSUES = 100;

/** Where validation puts the problems it finds. */
export interface IssueSink {
  push(issue: ContentIssue): void;
}

/** Keeps the first MAX_REPORTED_ISSUES problems and counts the rest, and the documents they are in. */
export class IssueList implements IssueSink {
  readonly kept: ContentIssue[] = [];
  #total = 0;
  readonly #documents = new Set<string>();

  push(issue: ContentIssue): void {
    this.#total++;
    this.#documents.add(issue.documentId);
    if (this.kept.length < MAX_REPORTED_ISSUES) this.kept.push(issue);
  }

  get total(): number {
    return this.#total;
  }

  /** Problems found but not listed. */
  get omitted(): number {
    return this.#total - this.kept.length;
  }

  /** How many documents have at least one problem. */
  get documents(): number {
    return this.#documents.size;
  }
}

/** The line that ends a shortened list. */
export function omittedLine(omitted: number): string {
  return `  … and ${omitted} more problem${omitted === 1 ? "" : "s"} (the first ${MAX_REPORTED_ISSUES} are listed)`;
}
