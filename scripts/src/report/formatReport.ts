import type { GovernanceRow } from "./governanceRows.ts";

const COLUMNS: { header: string; value: (row: GovernanceRow) => string }[] = [
  { header: "Title", value: (row) => row.title },
  { header: "Type", value: (row) => row.type },
  { header: "Reviewer", value: (row) => row.reviewer },
  { header: "Last reviewed", value: (row) => row.lastReviewed },
  { header: "Next review due", value: (row) => row.nextReviewDue },
  { header: "Status", value: (row) => row.status },
  { header: "Reading grade", value: (row) => (row.readingGrade === null ? "n/a" : row.readingGrade.toFixed(1)) },
  { header: "References", value: (row) => String(row.references) },
];

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

export function toMarkdown(rows: readonly GovernanceRow[], today: string): string {
  const header = `| ${COLUMNS.map((column) => column.header).join(" | ")} |`;
  const rule = `| ${COLUMNS.map(() => "---").join(" | ")} |`;
  const body = rows.map((row) => `| ${COLUMNS.map((column) => escapeCell(column.value(row))).join(" | ")} |`);
  return [`# Clinical governance report`, ``, `Review status as of ${today}.`, ``, header, rule, ...body, ``].join(
    "\n",
  );
}

/** A fixed-width table for the terminal. */
export function toTable(rows: readonly GovernanceRow[]): string {
  const cells = [
    COLUMNS.map((column) => column.header),
    ...rows.map((row) => COLUMNS.map((column) => column.value(row))),
  ];
  const widths = COLUMNS.map((_, index) => Math.max(...cells.map((line) => line[index]!.length)));
  return cells
    .map((line) =>
      line
        .map((cell, index) => cell.padEnd(widths[index]!))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
