import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createFileSource } from "@patient-ed/content";
import { article, faq, reviewer, settings, toNdjson, withFields } from "@patient-ed/testing/fixtures";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeContentLake, type FakeQueryApi } from "@patient-ed/testing/fakes";
import { governanceRows } from "../src/report/governanceRows.ts";

const run = promisify(execFile);
const root = join(import.meta.dirname, "../..");
const documents = [
  settings,
  reviewer,
  withFields(article, { nextReviewDue: "2026-12-01" }),
  withFields(faq, { lastReviewed: "2025-01-01", nextReviewDue: "2026-01-01" }),
  { _id: "faq-broken", _type: "faq", question: "Is this broken?" },
];

let lake: FakeQueryApi | undefined;
afterEach(async () => {
  await lake?.close();
  lake = undefined;
});

describe("the governance report", () => {
  it("has one row per article and FAQ entry with status, reading grade and references, broken ones included", async () => {
    const rows = await governanceRows(createFileSource(documents, "test"), "2026-11-24");
    expect(rows.map((row) => [row.id, row.status, row.references])).toEqual([
      ["faq-test", "overdue", 0],
      ["article-test", "due soon", 1],
      ["faq-broken", "no review date", 0],
    ]);
    expect(rows.find((row) => row.id === "article-test")).toMatchObject({
      title: "A test article",
      reviewer: "Dana Reviewer",
      lastReviewed: "2026-01-15",
    });
  });

  async function runReport(env: Record<string, string>) {
    const outDir = mkdtempSync(join(tmpdir(), "report-"));
    const { stdout } = await run(process.execPath, ["scripts/src/report/cli.ts", "--out-dir", outDir], {
      cwd: root,
      env: { ...process.env, SITE_NOW: "2026-11-24T12:00:00Z", ...env },
    });
    const json = JSON.parse(readFileSync(join(outDir, "governance.json"), "utf8"));
    const markdown = readFileSync(join(outDir, "governance.md"), "utf8");
    return { stdout, json, markdown };
  }

  it("runs against a dataset file, prints a table and writes JSON and Markdown, exiting 0", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "report-data-")), "data.ndjson");
    writeFileSync(file, toNdjson(documents));
    const { stdout, json, markdown } = await runReport({ SANITY_DATASET_FILE: file });
    expect(stdout).toMatch(/3 documents: 1 overdue, 1 due soon\./);
    expect(json.rows).toHaveLength(3);
    expect(markdown).toContain("| Is this a test? | faq | Dana Reviewer | 2025-01-01 | 2026-01-01 | overdue |");
  });

  it("runs against the Content Lake", async () => {
    lake = await startFakeContentLake(() => documents);
    const { json } = await runReport({
      SANITY_PROJECT_ID: "abc",
      SANITY_DATASET: "production",
      SANITY_API_HOST: lake.url,
    });
    expect(json.source).toMatch(/Content Lake/);
    expect(json.rows).toHaveLength(3);
  });

  it("runs against the embedded dataset", async () => {
    const { json } = await runReport({});
    expect(json.rows.length).toBeGreaterThanOrEqual(6);
    expect(json.rows.every((row: { references: number }) => row.references > 0)).toBe(true);
  });
});
