import type { z } from "zod";
import type { ContentIssue } from "../errors/ContentError.ts";

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
 */
export function validateDocuments<Schema extends z.ZodType>(
  schema: Schema,
  values: readonly unknown[],
  fallbackType: string,
  issues: ContentIssue[],
): z.output<Schema>[] {
  const valid: z.output<Schema>[] = [];
  values.forEach((value, index) => {
    const result = schema.safeParse(value);
    if (result.success) {
      valid.push(result.data);
      return;
    }
    const doc = (typeof value === "object" && value !== null ? value : {}) as Identified;
    const documentId = typeof doc._id === "string" ? doc._id : `(${fallbackType} #${index + 1} without an id)`;
    const documentType = typeof doc._type === "string" ? doc._type : fallbackType;
    for (const issue of result.error.issues) {
      issues.push({ documentId, documentType, path: formatPath(issue.path), rule: issue.message });
    }
  });
  return valid;
}
