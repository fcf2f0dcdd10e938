import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const studioDir = new URL("..", import.meta.url).pathname;
const env = { ...process.env, SANITY_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0" };

describe("the Studio, offline", () => {
  const outDir = mkdtempSync(join(tmpdir(), "studio-build-"));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("passes `sanity schema validate` with no errors or warnings", async () => {
    const { stdout } = await run("pnpm", ["exec", "sanity", "schema", "validate"], { cwd: studioDir, env });
    expect(stdout).toMatch(/Errors:\s+0 errors/);
    expect(stdout).toMatch(/Warnings:\s+0 warnings/);
  }, 120_000);

  it("builds with `sanity build`", async () => {
    await run("pnpm", ["exec", "sanity", "build", outDir, "--yes"], { cwd: studioDir, env });
    const html = readFileSync(join(outDir, "index.html"), "utf8");
    expect(html).toContain('<div id="sanity">');
    expect(existsSync(join(outDir, "static"))).toBe(true);
  }, 300_000);
});
