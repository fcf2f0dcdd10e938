import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO_WORKFLOWS_DIR } from "../src/lintWorkflows.ts";

interface Job {
  if?: string;
  needs?: string;
  steps: {
    name?: string;
    if?: string;
    uses?: string;
    run?: string;
    env?: Record<string, string>;
    with?: Record<string, string>;
  }[];
}

const workflow = parse(readFileSync(join(REPO_WORKFLOWS_DIR, "site.yml"), "utf8")) as { jobs: Record<string, Job> };
const { test, build, deploy } = workflow.jobs as Record<"test" | "build" | "deploy", Job>;

/**
 * Evaluates a job's `if` for an event and the result of the job it needs, the
 * way GitHub does for the few functions these conditions use.
 */
function runs(condition: string | undefined, event: string, needed: string = "success"): boolean {
  if (!condition) return needed === "success";
  const expression = condition
    .replace(/^\$\{\{|\}\}$/g, "")
    .replaceAll("!cancelled()", "true")
    .replaceAll("github.event_name", JSON.stringify(event))
    .replaceAll("github.ref", JSON.stringify("refs/heads/main"))
    .replaceAll(/needs\.\w+\.result/g, JSON.stringify(needed))
    .replaceAll("'", '"');
  return Boolean(new Function(`return (${expression});`)());
}

describe("the publish pipeline (.github/workflows/site.yml)", () => {
  it("tests code changes before building them", () => {
    for (const event of ["push", "pull_request", "workflow_dispatch"]) expect(runs(test.if, event), event).toBe(true);
    expect(runs(build.if, "push", "success")).toBe(true);
    expect(runs(build.if, "push", "failure")).toBe(false);
    expect(runs(build.if, "push", "skipped")).toBe(false);
    expect(runs(build.if, "pull_request", "success")).toBe(false);
  });

  it("builds content events at once, without waiting for the tests, and only from tested code", () => {
    for (const event of ["repository_dispatch", "schedule"]) {
      expect(runs(test.if, event), event).toBe(false);
      expect(runs(build.if, event, "skipped"), event).toBe(true);
    }
    const check = build.steps.find((step) => step.name === "Check that main's code passed its tests");
    expect(check?.if).toBe("needs.test.result == 'skipped'");
  });

  it("deploys only what built", () => {
    expect(deploy.needs).toBe("build");
    expect(runs(deploy.if, "repository_dispatch", "success")).toBe(true);
    expect(runs(deploy.if, "repository_dispatch", "failure")).toBe(false);
  });

  it("guards against mass removal against the pages that are live: the list is kept only once the deploy succeeded", () => {
    const buildStep = build.steps.find((step) => step.run === "pnpm build");
    const record = buildStep?.env?.SITE_PAGES_RECORD;
    expect(record).toMatch(/\/site-pages-record\/live-pages\.txt$/);
    const restoreAt = build.steps.findIndex((step) => step.uses?.startsWith("actions/cache/restore@"));
    expect(restoreAt).toBeGreaterThanOrEqual(0);
    expect(restoreAt).toBeLessThan(build.steps.indexOf(buildStep!));
    expect(build.steps.some((step) => step.uses?.startsWith("actions/cache/save@"))).toBe(false);
    const deployAt = deploy.steps.findIndex((step) => step.uses?.startsWith("actions/deploy-pages@"));
    const saveAt = deploy.steps.findIndex((step) => step.uses?.startsWith("actions/cache/save@"));
    expect(saveAt).toBeGreaterThan(deployAt);
    expect(deploy.steps[saveAt]?.with?.path).toBe("site-pages-record");
  });
});
