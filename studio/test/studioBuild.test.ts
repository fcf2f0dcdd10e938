import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { launchBrowser } from "@patient-ed/testing/browser";
import { serveStatic } from "@patient-ed/testing/static-server";
import { afterAll, describe, expect, it } from "vitest";
import { buildStudio, studioDir } from "./helpers/buildStudio.ts";
import { screenshot } from "./helpers/studioPage.ts";

const run = promisify(execFile);
const env = { ...process.env, SANITY_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0" };

describe("the Studio, offline and without a project", () => {
  const outDir = mkdtempSync(join(tmpdir(), "studio-build-"));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("passes `sanity schema validate` with no errors or warnings", async () => {
    const { stdout } = await run("pnpm", ["exec", "sanity", "schema", "validate"], { cwd: studioDir, env });
    expect(stdout).toMatch(/Errors:\s+0 errors/);
    expect(stdout).toMatch(/Warnings:\s+0 warnings/);
  }, 120_000);

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
