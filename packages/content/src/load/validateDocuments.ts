import type { z } from "zod";
import type { IssueSink } from "../errors/issueList.ts";
import { documentLimitProblems } from "../limits/documentLimits.ts";

interface Identified {
  _id?: unknown;
  _type?: unknown;
}

/** Joins a zod path the way editors see fields: `body[3].children[0].text`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === "number" ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`))
    .join("");
}

/**
 * Validates every document and collects every issue instead of stopping at
 * the first, so one build tells an editor everything that needs fixing.
 * Text no output can carry (control characters, broken characters, values
 * over the length limit) and nesting past the limit are checked too, in one
 * linear walk (documentLimits.ts), beside the schema.
 */
export function validateDocuments<Schema extends z.ZodType>(
  schema: Schema,
  values: readonly unknown[],
  fallbackType: string,
  issues: IssueSink,
): z.output<Schema>[] {
  const valid: z.output<Schema>[] = [];
  values.forEach((value, index) => {
    const doc = (typeof value === "object" && value !== null ? value : {}) as Identified;
    const documentId = typeof doc._id === "string" ? doc._id : `(${fallbackType} #${index + 1} without an id)`;
    const documentType = typeof doc._type === "string" ? doc._type : fallbackType;
    // `signedContent` repeats fields the walk already sees (the sign-off's fingerprint reads them as stored):
    // checked once, a problem is named at the field an editor can fix.
    const { signedContent: _copy, ...own } = doc as Identified & { signedContent?: unknown };
    const limits = documentLimitProblems(own);
    for (const problem of limits)
      issues.push({ documentId, documentType, path: formatPath(problem.path), rule: problem.rule });
    const result = schema.safeParse(value);
    if (result.success && limits.length === 0) valid.push(result.data);
    for (const issue of result.error?.issues ?? []) {
      issues.push({ documentId, documentType, path: formatPath(issue.path), rule: issue.message });
    }
  });
  return valid;
}
