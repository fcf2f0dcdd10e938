import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchBrowser } from "@patient-ed/testing/browser";
import { serveStatic } from "@patient-ed/testing/static-server";
import { afterAll, describe, expect, it } from "vitest";
import { createSchema } from "sanity";
import { schemaTypes } from "../src/schemaTypes/index.ts";
import { buildStudio } from "./helpers/buildStudio.ts";
import { screenshot } from "./helpers/studioPage.ts";

describe("the Studio, offline and without a project", () => {
  const outDir = mkdtempSync(join(tmpdir(), "studio-build-"));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  // What `sanity schema validate` reports, without its 20 s of loading the workspace: the same schema
  // compilation, in process. (`pnpm check` loads the real workspace anyway, for `sanity schema extract`.)
  it("compiles the schema with no errors or warnings", () => {
    const schema = createSchema({ name: "default", types: schemaTypes });
    const problems = (schema._validation ?? []).flatMap((group) =>
      group.problems.map((problem) => `${group.path.map((step) => step.name).join(".")}: ${problem.message}`),
    );
    expect(problems).toEqual([]);
  });

  // The build itself fails if the bundle would carry Node-only code (src/build/browserSafety.ts).
  it("builds with `sanity build`", async () => {
    await buildStudio(outDir);
    const html = readFileSync(join(outDir, "index.html"), "utf8");
    expect(html).toContain('<div id="sanity">');
    expect(existsSync(join(outDir, "static"))).toBe(true);
  }, 300_000);

  it("opens in a browser to Sanity's own network error screen, with no uncaught error", async () => {
    const server = await serveStatic(outDir, { singlePageApp: true });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const uncaught: string[] = [];
      page.on("pageerror", (error) => uncaught.push(error.message));
      await page.goto(`${server.origin}/structure`);
      // With no network, Sanity's API is unreachable: its own screen says so and offers to try again.
      await page.getByText("Couldn't reach the Sanity servers").waitFor({ timeout: 60_000 });
      await page.getByRole("button", { name: "Try again" }).waitFor();
      await screenshot(page, "offline-network-error");
      expect(uncaught).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 120_000);
});
