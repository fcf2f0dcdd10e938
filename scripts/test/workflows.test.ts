import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lintWorkflowFiles, listWorkflows, REPO_WORKFLOWS_DIR } from "../src/lintWorkflows.ts";
import { lintWorkflowText } from "../src/workflows/actionlint.ts";

const CLI = resolve(import.meta.dirname, "../src/lintWorkflows.ts");

/** A small valid workflow; each broken case below changes one thing in it. */
const VALID = `name: ok
on:
  push:
    branches: [main]
  schedule:
    - cron: "17 5 * * *"
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo build
  deploy:
    needs: build
    runs-on: ubuntu-latest
    permissions:
      pages: write
    steps:
      - run: echo deploy
`;

function broken(from: string, to: string): string {
  if (!VALID.includes(from)) throw new Error(`fixture has no "${from}"`);
  return VALID.replace(from, to);
}

describe("workflow lint (actionlint, offline)", () => {
  it("finds the repository's workflows and they lint clean", async () => {
    const files = await listWorkflows(REPO_WORKFLOWS_DIR);
    expect(files.map((file) => file.slice(REPO_WORKFLOWS_DIR.length + 1))).toContain("site.yml");
    expect(await lintWorkflowFiles(files)).toEqual([]);
  });

  it("accepts the valid fixture, so the broken cases below fail for their one change", async () => {
    expect(await lintWorkflowText(VALID, "ok.yml")).toEqual([]);
  });

  it.each([
    // actionlint places this one at the job that has the bad needs.
    ["needs of a job that does not exist", broken("needs: build", "needs: biuld"), "job-needs", 14],
    [
      "runs-on from an undefined matrix",
      broken("runs-on: ubuntu-latest", "runs-on: ${{ matrix.os }}"),
      "expression",
      11,
    ],
    ["an invalid cron", broken('"17 5 * * *"', '"61 5 * * *"'), "events", 6],
    ["an unknown permission scope", broken("pages: write", "pagess: write"), "permissions", 18],
  ])("reports %s", async (_name, text, kind, line) => {
    const problems = await lintWorkflowText(text, "broken.yml");
    expect(problems).toContainEqual(expect.objectContaining({ kind, line }));
  });

  describe("command line", () => {
    let dir = "";
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "workflows-"));
      await writeFile(join(dir, "ok.yml"), VALID);
      await writeFile(join(dir, "broken.yaml"), broken("needs: build", "needs: biuld"));
      // Not a workflow: GitHub ignores it, and so does the linter.
      await writeFile(join(dir, "README.md"), "jobs: [");
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it("exits 0 on the repository's workflows", async () => {
      const { stdout } = await promisify(execFile)(process.execPath, [CLI]);
      expect(stdout).toMatch(/^0 problem\(s\) in \d+ workflow file\(s\)$/m);
    });

    it("prints file:line:col message and exits non-zero on a problem", async () => {
      const run = promisify(execFile)(process.execPath, [CLI, dir], { cwd: dir });
      await expect(run).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining(
          'broken.yaml:14:3: job "deploy" needs job "biuld" which does not exist in this workflow [job-needs]\n' +
            "1 problem(s) in 2 workflow file(s)",
        ),
      });
    });
  });
});
