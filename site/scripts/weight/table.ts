import type { BudgetCheck } from "./budgets.ts";
import type { PageWeight } from "./pageWeight.ts";
import type { Sizes } from "./sizes.ts";

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const triple = (sizes: Sizes) => `${kb(sizes.raw)} / ${kb(sizes.gzip)} / ${kb(sizes.brotli)}`;

function render(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ");
  return [line(rows[0]!), widths.map((width) => "-".repeat(width)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

/** A plain-text table in KB (1 KB = 1024 bytes): raw / gzip / brotli for each kind of bytes. */
export function weightTable(pages: PageWeight[]): string {
  return render([
    ["page", "path", "HTML raw/gz/br", "CSS raw/gz/br", "JS raw/gz/br", "HTML+CSS br", "images (files, KB)"],
    ...pages.map((page) => [
      page.label,
      page.path,
      triple(page.html),
      triple(page.css),
      triple(page.js),
      kb(page.htmlCssBrotli),
      `${page.images.count}, ${kb(page.images.raw)}`,
    ]),
  ]);
}

export function budgetLines(checks: BudgetCheck[]): string {
  return checks
    .map(
      (check) =>
        `${check.ok ? "ok  " : "OVER"}  ${check.rule}: ${check.page} ${check.actual} B (limit ${check.limit} B)`,
    )
    .join("\n");
}
