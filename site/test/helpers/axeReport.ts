import type AxeBuilder from "@axe-core/playwright";

// axe-core itself is not a direct dependency, so its result type is taken from AxeBuilder.
type Violations = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"];

/** Axe's violations as a short readable list: rule, impact, what to fix, and where. */
export function describeViolations(violations: Violations): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 5)
        .map(
          (node) => `    at ${node.target.join(" ")}\n      ${node.failureSummary?.replace(/\n/g, "\n      ") ?? ""}`,
        )
        .join("\n");
      const more = violation.nodes.length > 5 ? `\n    …and ${violation.nodes.length - 5} more` : "";
      return `- ${violation.id} (${violation.impact ?? "no impact"}): ${violation.help}\n    ${violation.helpUrl}\n${nodes}${more}`;
    })
    .join("\n");
}
