import { documentLimitProblems } from "@patient-ed/content";
import type { ValidationError } from "sanity";

/**
 * The contract's limits on every text value and on nesting, on the whole
 * document at once: each problem is shown on its own field, as the build
 * names it (control characters, broken characters, over-long text).
 */
export function documentLimitsRule(document: unknown): true | ValidationError[] {
  const problems = documentLimitProblems(document);
  return problems.length === 0 ? true : problems.map((problem) => ({ message: problem.rule, path: problem.path }));
}
