import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

// axe-core itself is not a direct dependency, so its result type is taken from AxeBuilder.
type Violations = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"];

/** WCAG 2.2 AA and everything below it. */
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

/**
 * Axe's WCAG 2.2 AA violations on the page as it is now, as describeViolations words them ("" when there are none).
 * Legacy mode runs axe in the page itself; the default opens a blank page beside it to gather each frame's results,
 * which cost about a second a page (a third of each check) for nothing: the site's pages have no frames.
 */
export async function wcagViolations(page: Page): Promise<string> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).setLegacyMode(true).analyze();
  return describeViolations(results.violations);
}

/** Axe's violations as a short readable list: rule, impact, what to fix, and where. */
function describeViolations(violations: Violations): string {
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
