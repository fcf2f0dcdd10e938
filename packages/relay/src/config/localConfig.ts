import { dirname, join, resolve } from "node:path";
import { ConfigError, readInteger, readOptional, readRequired, type Env } from "./env.ts";

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
export function loadLocalConfig(env: Env, baseDir: string): LocalConfig {
  const serveDir = resolve(
    baseDir,
    readRequired(env, "RELAY_SERVE_DIR", "the folder your static web server serves; the relay makes it a symlink"),
  );
  const releasesDir = resolve(baseDir, readOptional(env, "RELAY_RELEASES_DIR") ?? join(dirname(serveDir), "releases"));
  if (releasesDir === serveDir || releasesDir.startsWith(serveDir + "/")) {
    throw new ConfigError("RELAY_RELEASES_DIR", `must not be RELAY_SERVE_DIR or inside it (${releasesDir})`);
  }
  return {
    kind: "local",
    serveDir,
    releasesDir,
    buildCommand: readOptional(env, "RELAY_BUILD_COMMAND") ?? DEFAULT_BUILD_COMMAND,
    buildCwd: resolve(baseDir, readOptional(env, "RELAY_BUILD_CWD") ?? "."),
    debounceMs: readInteger(env, "RELAY_DEBOUNCE_MS", 2000, 0, 10 * 60_000),
    buildTimeoutMs: readInteger(env, "RELAY_BUILD_TIMEOUT_MS", 15 * 60_000, 1000, 24 * 60 * 60_000),
  };
}
