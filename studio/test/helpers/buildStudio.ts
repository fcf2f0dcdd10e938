import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
export const studioDir = resolve(import.meta.dirname, "../..");

/**
 * Runs the real `sanity build` into `outDir`. Only the variables a test names
 * reach the bundle: a developer's own Sanity settings never do.
 */
export async function buildStudio(outDir: string, env: Record<string, string> = {}): Promise<string> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("SANITY_")));
  const { stdout, stderr } = await run("pnpm", ["exec", "sanity", "build", outDir, "--yes"], {
    cwd: studioDir,
    env: { ...clean, ...env, SANITY_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0" },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout + stderr;
}
