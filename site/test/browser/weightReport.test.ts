import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, expect, it } from "vitest";
import { PAGE_TYPES } from "../../scripts/pageTypes.ts";
import type { BudgetCheck } from "../../scripts/weight/budgets.ts";
import type { PageWeight } from "../../scripts/weight/pageWeight.ts";
import { siteDir, tempDir } from "../helpers/buildSite.ts";
import { builtSiteDir } from "../helpers/builtSite.ts";

const run = promisify(execFile);

interface WeightReport {
  pages: PageWeight[];
  budgets: BudgetCheck[];
}

let report: WeightReport;
let output: string;

beforeAll(async () => {
  const file = join(tempDir("weight-report-"), "weight.json");
  // The same entry point as `pnpm report:weight`, pointed at the shared test build.
  const result = await run(process.execPath, ["scripts/reportWeight.ts"], {
    cwd: siteDir,
    env: { ...process.env, SITE_OUT_DIR: await builtSiteDir(), WEIGHT_REPORT_FILE: file },
  });
  output = result.stdout;
  report = JSON.parse(readFileSync(file, "utf8")) as WeightReport;
});

it("reports HTML, CSS and JavaScript weight for every page type", () => {
  expect(report.pages.map((page) => page.type)).toEqual([...PAGE_TYPES]);
  for (const page of report.pages) {
    expect(page.html.brotli, page.path).toBeGreaterThan(0);
    expect(page.html.brotli, page.path).toBeLessThan(page.html.raw);
    expect(page.css.files.length, `${page.path} links its stylesheet`).toBeGreaterThan(0);
    expect(page.css.unresolved, page.path).toEqual([]);
  }
  expect(output).toContain("HTML+CSS br");
});

it("finds zero JavaScript outside /search/, and search's own scripts", () => {
  expect(report.budgets.filter((check) => check.rule.startsWith("zero JavaScript") && !check.ok)).toEqual([]);
  const search = report.pages.find((page) => page.type === "search")!;
  expect(search.js.files.length).toBeGreaterThan(0);
  expect(search.js.raw).toBeGreaterThan(0);
});
