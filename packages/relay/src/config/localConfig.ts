import { dirname, join, resolve } from "node:path";
import type { EnvReader } from "@patient-ed/env";

export interface LocalConfig {
  kind: "local";
  /** The path the static web server serves; the relay owns it as a symlink. */
  serveDir: string;
  releasesDir: string;
  buildCommand: string;
  buildCwd: string;
  debounceMs: number;
  buildTimeoutMs: number;
}

export const DEFAULT_BUILD_COMMAND = "pnpm --filter @patient-ed/site build";

/** Relative paths resolve against `baseDir` (where `pnpm relay` was typed), not the package folder pnpm runs in. */
export function loadLocalConfig(env: EnvReader, baseDir: string): LocalConfig {
  const serveDir = resolve(
    baseDir,
    env.required("RELAY_SERVE_DIR", "the folder your static web server serves; the relay makes it a symlink"),
  );
  const releasesDir = resolve(baseDir, env.optional("RELAY_RELEASES_DIR") ?? join(dirname(serveDir), "releases"));
  if (env.optional("RELAY_SERVE_DIR") && (releasesDir === serveDir || releasesDir.startsWith(serveDir + "/")))
    env.problem("RELAY_RELEASES_DIR", `must not be RELAY_SERVE_DIR or inside it (${releasesDir})`);
  return {
    kind: "local",
    serveDir,
    releasesDir,
    buildCommand: env.optional("RELAY_BUILD_COMMAND") ?? DEFAULT_BUILD_COMMAND,
    buildCwd: resolve(baseDir, env.optional("RELAY_BUILD_CWD") ?? "."),
    debounceMs: env.integer("RELAY_DEBOUNCE_MS", { fallback: 2000, min: 0, max: 10 * 60_000 }),
    buildTimeoutMs: env.integer("RELAY_BUILD_TIMEOUT_MS", {
      fallback: 15 * 60_000,
      min: 1000,
      max: 24 * 60 * 60_000,
    }),
  };
}
