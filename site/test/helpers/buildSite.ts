import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { DEVELOPMENT_PUBLIC_KEY } from "@patient-ed/content";

const run = promisify(execFile);
export const siteDir = resolve(import.meta.dirname, "../..");

export interface BuildResult {
  ok: boolean;
  output: string;
}

/**
 * Runs the real `pnpm build` entry point (site/scripts/build.ts) into
 * `outDir`, with only the environment a test gives it for content. Each
 * build gets its own Astro cache folder unless the test gives one (to build
 * twice on one mirror): the two test lanes build at the same time, and
 * Astro's data store in a shared cache would mix their content.
 */
export async function buildSite(outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !name.startsWith("SANITY_") && !name.startsWith("SIGNOFF_") && name !== "REVIEW_POLICY",
    ),
  );
  try {
    const { stdout, stderr } = await run(process.execPath, ["scripts/build.ts"], {
      cwd: siteDir,
      env: {
        ...clean,
        SITE_OUT_DIR: outDir,
        ASTRO_CACHE_DIR: tempDir("astro-cache-"),
        // Test datasets are the embedded dataset changed, or fixtures, signed with the development key.
        SIGNOFF_TRUSTED_KEYS: DEVELOPMENT_PUBLIC_KEY,
        ...env,
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failure.stdout ?? ""}${failure.stderr ?? ""}` };
  }
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
