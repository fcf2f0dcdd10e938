import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import {
  createFileSource,
  DEVELOPMENT_PUBLIC_KEY,
  governanceQuery,
  SIGNED_FIELDS,
  trustedKey,
  type RawDocument,
} from "@patient-ed/content";
import { article, faq, reviewer, settings, toNdjson, withFields } from "@patient-ed/testing/fixtures";
import { signedOff } from "@patient-ed/testing/signoff";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeContentLake, type FakeQueryApi } from "@patient-ed/testing/fakes";
import { governanceRows } from "../src/report/governanceRows.ts";

const run = promisify(execFile);
const root = join(import.meta.dirname, "../..");
const developmentKeys = [trustedKey(DEVELOPMENT_PUBLIC_KEY)];
const [signedArticle, signedFaq] = signedOff([
  withFields(article, { nextReviewDue: "2026-12-01" }),
  withFields(faq, { lastReviewed: "2025-01-01", nextReviewDue: "2026-01-01" }),
]) as [RawDocument, RawDocument];
const documents = [
  settings,
  reviewer,
  signedArticle,
  // Edited after its sign-off: the answer patients read is no longer the one the reviewer approved.
  withFields(signedFaq, { question: "Is this still a test?" }),
  { _id: "faq-broken", _type: "faq", question: "Is this broken?" },
];

let lake: FakeQueryApi | undefined;
afterEach(async () => {
  await lake?.close();
  lake = undefined;
});

describe("the governance report", () => {
  it("has one row per article and FAQ entry with status, reading grade and references, broken ones included", async () => {
    const rows = await governanceRows(createFileSource(documents, "test"), "2026-11-24", developmentKeys);
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

  it("judges each sign-off: signed off, changed since sign-off naming the fields, or not signed off and why", async () => {
    const rows = await governanceRows(createFileSource(documents, "test"), "2026-11-24", developmentKeys);
    expect(rows.map((row) => [row.id, row.signoff, row.signedOn, row.changedFields, row.signoffProblem])).toEqual([
      ["faq-test", "changed since sign-off", "2025-01-01", ["question"], null],
      ["article-test", "signed off", "2026-01-15", [], null],
      ["faq-broken", "not signed off", null, [], "it has no clinical sign-off"],
    ]);
  });

  it("trusts no sign-off made with a key it was not given", async () => {
    const rows = await governanceRows(createFileSource(documents, "test"), "2026-11-24", []);
    expect(rows.find((row) => row.id === "article-test")).toMatchObject({
      signoff: "not signed off",
      signoffProblem: expect.stringMatching(/signed with key ed25519:\w+, which this build does not trust/),
    });
  });

  it("reads exactly the signed fields of each type", async () => {
    const rows = (await createFileSource(documents, "test").fetch(governanceQuery, {
      types: ["article", "faq"],
    })) as { _type: "article" | "faq"; signedContent: object }[];
    for (const row of rows) expect(Object.keys(row.signedContent).sort()).toEqual([...SIGNED_FIELDS[row._type]].sort());
  });

  async function runReport(env: Record<string, string>) {
    const outDir = mkdtempSync(join(tmpdir(), "report-"));
    const { stdout } = await run(process.execPath, ["scripts/src/report/cli.ts", "--out-dir", outDir], {
      cwd: root,
      env: { ...process.env, SITE_NOW: "2026-11-24T12:00:00Z", SIGNOFF_TRUSTED_KEYS: "", ...env },
    });
    const json = JSON.parse(readFileSync(join(outDir, "governance.json"), "utf8"));
    const markdown = readFileSync(join(outDir, "governance.md"), "utf8");
    return { stdout, json, markdown };
  }

  it("runs against a dataset file, prints a table and writes JSON and Markdown, exiting 0", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "report-data-")), "data.ndjson");
    writeFileSync(file, toNdjson(documents));
    // The fixtures are signed with the development key, which a report on a file trusts only when told to.
    const { stdout, json, markdown } = await runReport({
      SANITY_DATASET_FILE: file,
      SIGNOFF_TRUSTED_KEYS: DEVELOPMENT_PUBLIC_KEY,
    });
    const summary = "3 documents: 1 overdue, 1 due soon; 1 signed off, 1 changed since sign-off, 1 not signed off.";
    expect(stdout).toContain(summary);
    expect(stdout).toContain(`Sign-offs are trusted from ${trustedKey(DEVELOPMENT_PUBLIC_KEY).keyId}.`);
    expect(stdout).toMatch(/Is this still a test\? .* changed since sign-off +question\n/);
    expect(json.rows).toHaveLength(3);
    expect(json.rows[0]).toMatchObject({ signoff: "changed since sign-off", changedFields: ["question"] });
    expect(markdown).toContain(summary);
    expect(markdown).toContain(
      "| Is this still a test? | faq | Dana Reviewer | 2025-01-01 | 2026-01-01 | overdue | n/a | 0 | changed since sign-off | question |",
    );
    expect(markdown).toContain("| signed off |  |");
    expect(markdown).toContain("| not signed off | it has no clinical sign-off |");
  });

  it("runs against the Content Lake, where the development key is never trusted", async () => {
    lake = await startFakeContentLake(() => documents);
    const contentLake = { SANITY_PROJECT_ID: "abc", SANITY_DATASET: "production", SANITY_API_HOST: lake.url };
    const { json } = await runReport(contentLake);
    expect(json.source).toMatch(/Content Lake/);
    expect(json.rows).toHaveLength(3);
    expect(json.rows.map((row: { signoff: string }) => row.signoff)).toEqual(Array(3).fill("not signed off"));
    const trusting = await runReport({ ...contentLake, SIGNOFF_TRUSTED_KEYS: DEVELOPMENT_PUBLIC_KEY });
    expect(trusting.json.rows.map((row: { signoff: string }) => row.signoff)).toEqual([
      "changed since sign-off",
      "signed off",
      "not signed off",
    ]);
  });

  it("runs against the embedded dataset, every page signed off", async () => {
    const { json } = await runReport({});
    expect(json.rows.length).toBeGreaterThanOrEqual(6);
    expect(json.rows.every((row: { references: number }) => row.references > 0)).toBe(true);
    expect(json.rows.every((row: { signoff: string }) => row.signoff === "signed off")).toBe(true);
  });
});
