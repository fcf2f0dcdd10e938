import type { GovernanceRow } from "./governanceRows.ts";
import { signoffDetail } from "./reportSignoff.ts";

const COLUMNS: { header: string; value: (row: GovernanceRow) => string }[] = [
  { header: "Title", value: (row) => row.title },
  { header: "Type", value: (row) => row.type },
  { header: "Reviewer", value: (row) => row.reviewer },
  { header: "Last reviewed", value: (row) => row.lastReviewed },
  { header: "Next review due", value: (row) => row.nextReviewDue },
  { header: "Status", value: (row) => row.status },
  { header: "Reading grade", value: (row) => (row.readingGrade === null ? "n/a" : row.readingGrade.toFixed(1)) },
  { header: "References", value: (row) => String(row.references) },
  { header: "Sign-off", value: (row) => row.signoff },
  { header: "Changed fields or why not signed off", value: signoffDetail },
];

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

const count = (rows: readonly GovernanceRow[], keep: (row: GovernanceRow) => boolean) => rows.filter(keep).length;

/** The counts a reader needs first: review dates, then sign-offs. */
export function summaryLine(rows: readonly GovernanceRow[]): string {
  const overdue = count(rows, (row) => row.status === "overdue");
  const dueSoon = count(rows, (row) => row.status === "due soon");
  const signed = count(rows, (row) => row.signoff === "signed off");
  const changed = count(rows, (row) => row.signoff === "changed since sign-off");
  const unsigned = count(rows, (row) => row.signoff === "not signed off");
  return (
    `${rows.length} documents: ${overdue} overdue, ${dueSoon} due soon; ` +
    `${signed} signed off, ${changed} changed since sign-off, ${unsigned} not signed off.`
  );
}

/** `trust` says which sign-off keys were trusted: a page is only as signed off as the keys it was judged with. */
export function toMarkdown(rows: readonly GovernanceRow[], today: string, trust: string): string {
  const header = `| ${COLUMNS.map((column) => column.header).join(" | ")} |`;
  const rule = `| ${COLUMNS.map(() => "---").join(" | ")} |`;
  const body = rows.map((row) => `| ${COLUMNS.map((column) => escapeCell(column.value(row))).join(" | ")} |`);
  return [
    `# Clinical governance report`,
    ``,
    `Review status as of ${today}. ${trust}`,
    ``,
    summaryLine(rows),
    ``,
    header,
    rule,
    ...body,
    ``,
  ].join("\n");
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
