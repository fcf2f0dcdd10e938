import { ConfigError, type ConfigProblem } from "@patient-ed/env";
import { ContentError, ContentSourceError, DatasetFileError, formatIssue, type ContentIssue } from "./ContentError.ts";
import { MAX_REPORTED_ISSUES, omittedLine } from "./issueList.ts";
import { ReviewPolicyError } from "../review/reviewGate.ts";

/** Why a build did not publish, as a kind an operator's tools can act on. */
export type BuildFailureKind =
  | "content" // documents fail the contract
  | "review-policy" // REVIEW_POLICY=strict and pages are overdue or not signed off for what they show
  | "dataset-file" // the dataset file cannot be read
  | "content-source" // the Content Lake could not be read, after retries
  | "settings" // the build's environment variables are wrong
  | "content-process" // the content process died (out of memory, killed) before it replied
  | "mass-removal" // the build would remove too much of the live site (site/scripts/pageRemovalGuard.ts)
  | "unexpected"; // anything else: a bug

/**
 * A failed build as data: what the build log prints, what the publish relay's
 * /status shows and what crosses the content process's boundary. Nothing
 * downstream matches on class names or message text.
 */
export interface BuildFailure {
  kind: BuildFailureKind;
  /** One line: what happened. */
  summary: string;
  /** Each document and field to fix, and the rule it broke: the first MAX_REPORTED_ISSUES of them. */
  issues: ContentIssue[];
  /** Problems found beyond those in `issues`. */
  omittedIssues?: number;
  /** Each environment variable to fix. */
  settings: ConfigProblem[];
  /** Further lines the log shows under the summary, such as the pages a build would remove and what to do. */
  details?: string[];
  /** For an unexpected failure only: where it happened, for whoever fixes the bug. */
  stack?: string;
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

/** Reads an error thrown in this process into a BuildFailure. */
export function buildFailureOf(error: unknown): BuildFailure {
  const carried = carriedFailure(error);
  if (carried) return carried;
  const failure = (kind: BuildFailureKind, summary: string, more: Partial<BuildFailure> = {}): BuildFailure => ({
    kind,
    summary,
    issues: [],
    settings: [],
    ...more,
  });
  if (error instanceof ContentError)
    return failure("content", firstLine(error.message), {
      issues: [...error.issues],
      ...(error.omittedIssues > 0 && { omittedIssues: error.omittedIssues }),
    });
  if (error instanceof ReviewPolicyError) {
    const issues = [
      ...error.overdue.map((doc) => ({
        documentId: doc.id,
        documentType: doc.type,
        path: "nextReviewDue",
        rule: `Clinical review was due ${doc.nextReviewDue} (${doc.title})`,
      })),
      ...error.unsigned.map((doc) =>
        doc.status === "changed"
          ? {
              documentId: doc.id,
              documentType: doc.type,
              path: doc.changed.join(", "),
              rule: `Changed since its clinical sign-off on ${doc.signedOn} (${doc.title})`,
            }
          : {
              documentId: doc.id,
              documentType: doc.type,
              path: "clinicalSignoff",
              rule: `Not signed off: ${doc.reason} (${doc.title})`,
            },
      ),
    ];
    return failure("review-policy", firstLine(error.message), {
      issues: issues.slice(0, MAX_REPORTED_ISSUES),
      ...(issues.length > MAX_REPORTED_ISSUES && { omittedIssues: issues.length - MAX_REPORTED_ISSUES }),
    });
  }
  if (error instanceof ConfigError)
    return failure("settings", "The build's settings are wrong.", { settings: [...error.problems] });
  if (error instanceof DatasetFileError) return failure("dataset-file", error.message);
  if (error instanceof ContentSourceError) return failure("content-source", error.message);
  const unexpected = error instanceof Error ? error : new Error(String(error));
  return failure("unexpected", unexpected.message, unexpected.stack ? { stack: unexpected.stack } : {});
}

/** The failure as the build log shows it: the summary, then one line per thing to fix. */
export function describeBuildFailure(failure: BuildFailure): string {
  const lines = [
    // Settings problems are each a whole sentence naming the variable: a heading would only push them down.
    ...(failure.kind === "settings" ? [] : [failure.summary]),
    ...failure.issues.map((issue) => `  - ${formatIssue(issue)}`),
    ...(failure.omittedIssues ? [omittedLine(failure.omittedIssues)] : []),
    ...failure.settings.map((problem) => `${problem.variable} ${problem.problem}`),
    ...(failure.details ?? []),
  ];
  if (failure.kind === "unexpected" && failure.stack) lines.push(failure.stack);
  return lines.join("\n");
}

const KINDS: readonly string[] = [
  "content",
  "review-policy",
  "dataset-file",
  "content-source",
  "settings",
  "content-process",
  "mass-removal",
  "unexpected",
];

/** Whether a value (e.g. parsed JSON from another process) is a BuildFailure. */
export function isBuildFailure(value: unknown): value is BuildFailure {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<BuildFailure>;
  return (
    typeof candidate.kind === "string" &&
    KINDS.includes(candidate.kind) &&
    typeof candidate.summary === "string" &&
    Array.isArray(candidate.issues) &&
    Array.isArray(candidate.settings)
  );
}

/**
 * An error that carries a BuildFailure made elsewhere (another process, or a
 * module loaded twice): callers read its `failure`, never its class.
 */
export class BuildFailureError extends Error {
  readonly failure: BuildFailure;

  constructor(failure: BuildFailure) {
    super(describeBuildFailure(failure));
    this.name = "BuildFailureError";
    this.failure = failure;
  }
}

function carriedFailure(error: unknown): BuildFailure | undefined {
  const failure = typeof error === "object" && error !== null ? (error as { failure?: unknown }).failure : undefined;
  return isBuildFailure(failure) ? failure : undefined;
}
