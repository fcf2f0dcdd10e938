import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "node-html-parser";
import { PAGE_TYPES, samplePages } from "./pageTypes.ts";
import { checkBudgets } from "./weight/budgets.ts";
import { pageWeight } from "./weight/pageWeight.ts";
import { budgetLines, weightTable } from "./weight/table.ts";

/**
 * `pnpm report:weight`: what each kind of page costs a patient to download,
 * from the built site (SITE_OUT_DIR, default site/dist, as for the build).
 * Prints a table, writes reports/weight.json at the repository root (or
 * WEIGHT_REPORT_FILE) and flags pages over issue 4's budgets. It reports;
 * it does not fail the build over a budget.
 */
const siteDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = resolve(process.env.SITE_OUT_DIR ?? resolve(siteDir, "dist"));
const reportFile = resolve(process.env.WEIGHT_REPORT_FILE ?? resolve(siteDir, "../reports/weight.json"));

/** The path the site is served under ("/" or "/repo/"), read from the home page's canonical link. */
function basePathOf(siteFolder: string): string {
  const home = parse(readFileSync(resolve(siteFolder, "index.html"), "utf8"));
  const canonical = home.querySelector('link[rel="canonical"]')?.getAttribute("href");
  return canonical ? new URL(canonical).pathname : "/";
}

if (!existsSync(resolve(dist, "index.html"))) {
  console.error(`No built site in ${dist}: run \`pnpm build\` first.`);
  process.exit(1);
}

const basePath = basePathOf(dist);
const samples = samplePages(dist);
const pages = PAGE_TYPES.map((type) => pageWeight(dist, basePath, samples[type]));
const budgets = checkBudgets(pages);

mkdirSync(dirname(reportFile), { recursive: true });
writeFileSync(
  reportFile,
  `${JSON.stringify({ generatedAt: new Date().toISOString(), site: dist, basePath, pages, budgets }, null, 2)}\n`,
);

console.log(weightTable(pages));
console.log(`\nBudgets:\n${budgetLines(budgets)}`);
const unresolved = pages.flatMap((page) =>
  [...page.css.unresolved, ...page.js.unresolved, ...page.images.unresolved].map((ref) => `${page.path}: ${ref}`),
);
if (unresolved.length > 0) console.log(`\nNot weighed (other origins or missing files):\n${unresolved.join("\n")}`);
console.log(`\nWritten to ${reportFile}`);
