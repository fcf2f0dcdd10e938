import { describe, expect, it } from "vitest";
import { ConfigError, type Env } from "@patient-ed/env";
import { newKeyPair } from "@patient-ed/content";
import { loadConfig } from "../src/config/loadConfig.ts";

const BASE: Env = { SANITY_WEBHOOK_SECRET: "s3cret-value", RELAY_TARGET: "github" };
const GITHUB: Env = { ...BASE, GITHUB_REPOSITORY: "acme/patient-ed", GITHUB_TOKEN: "ghp_token_value" };
const LOCAL: Env = { SANITY_WEBHOOK_SECRET: "s3cret-value", RELAY_TARGET: "local", RELAY_SERVE_DIR: "www/site" };

function configError(env: Env): ConfigError {
  try {
    loadConfig(env, "/srv/relay");
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("config from env", () => {
  it.each([
    ["SANITY_WEBHOOK_SECRET", { ...GITHUB, SANITY_WEBHOOK_SECRET: undefined }],
    ["SANITY_WEBHOOK_SECRET", { ...GITHUB, SANITY_WEBHOOK_SECRET: "  " }],
    ["RELAY_TARGET", { ...GITHUB, RELAY_TARGET: undefined }],
    ["RELAY_TARGET", { ...GITHUB, RELAY_TARGET: "netlify" }],
    ["GITHUB_REPOSITORY", { ...GITHUB, GITHUB_REPOSITORY: undefined }],
    ["GITHUB_REPOSITORY", { ...GITHUB, GITHUB_REPOSITORY: "just-a-name" }],
    ["GITHUB_TOKEN", { ...GITHUB, GITHUB_TOKEN: undefined }],
    ["GITHUB_API_URL", { ...GITHUB, GITHUB_API_URL: "not a url" }],
    ["RELAY_PORT", { ...GITHUB, RELAY_PORT: "80a" }],
    ["RELAY_PORT", { ...GITHUB, RELAY_PORT: "70000" }],
    ["RELAY_SERVE_DIR", { ...LOCAL, RELAY_SERVE_DIR: undefined }],
    ["RELAY_DEBOUNCE_MS", { ...LOCAL, RELAY_DEBOUNCE_MS: "soon" }],
    ["RELAY_RELEASES_DIR", { ...LOCAL, RELAY_RELEASES_DIR: "www/site/releases" }],
  ])("fails fast naming %s", (variable, env) => {
    const error = configError(env);
    expect(error.problems.map((problem) => problem.variable)).toEqual([variable]);
    expect(error.message.startsWith(variable)).toBe(true);
    expect(error.message).not.toContain("s3cret-value");
  });

  it("names every missing variable at once, one line each", () => {
    const error = configError({ RELAY_TARGET: "github", RELAY_PORT: "high" });
    expect(error.message.split("\n")).toEqual([
      expect.stringMatching(/^SANITY_WEBHOOK_SECRET is required: /),
      expect.stringMatching(/^GITHUB_REPOSITORY is required: /),
      expect.stringMatching(/^GITHUB_TOKEN \(or RELAY_GITHUB_TOKEN\) is required: /),
      'RELAY_PORT must be a whole number from 0 to 65535, not "high"',
    ]);
  });

  it("turns the sign-off endpoint on with SIGNOFF_PRIVATE_KEY, naming every setting it then needs", () => {
    expect(loadConfig(GITHUB, "/srv/relay").signoff).toBeUndefined();
    const error = configError({ ...GITHUB, SIGNOFF_PRIVATE_KEY: "short" });
    expect(error.problems.map((problem) => problem.variable)).toEqual([
      "SIGNOFF_PRIVATE_KEY",
      "SANITY_PROJECT_ID",
      "SANITY_DATASET",
      "SANITY_API_WRITE_TOKEN",
      "SIGNOFF_REVIEWERS",
    ]);
    const pair = newKeyPair();
    const config = loadConfig(
      {
        ...GITHUB,
        SIGNOFF_PRIVATE_KEY: pair.privateKey,
        SANITY_PROJECT_ID: "abc123",
        SANITY_DATASET: "production",
        SANITY_API_WRITE_TOKEN: "sk-write-token",
        SIGNOFF_ALLOWED_ORIGIN: "https://studio.example.org/",
        SIGNOFF_REVIEWERS: "person-a=user-a, person-b=user-b",
      },
      "/srv/relay",
    );
    expect(config.signoff).toMatchObject({ allowedOrigin: "https://studio.example.org", key: { keyId: pair.keyId } });
    expect([...(config.signoff?.reviewers ?? [])]).toEqual([
      ["person-a", "user-a"],
      ["person-b", "user-b"],
    ]);
    expect(config.secrets).toEqual(expect.arrayContaining([pair.privateKey, "sk-write-token"]));
  });

  it("reads the github target with defaults", () => {
    const config = loadConfig(GITHUB, "/srv/relay");
    expect(config.host).toBe("127.0.0.1");
    expect(config.port).toBe(8787);
    expect(config.target).toEqual({
      kind: "github",
      owner: "acme",
      repo: "patient-ed",
      token: "ghp_token_value",
      apiUrl: "https://api.github.com",
    });
    expect(config.secrets).toEqual(expect.arrayContaining(["s3cret-value", "ghp_token_value"]));
  });

  it("prefers RELAY_GITHUB_TOKEN and strips a trailing slash from GITHUB_API_URL", () => {
    const config = loadConfig(
      { ...GITHUB, RELAY_GITHUB_TOKEN: "relay_token_value", GITHUB_API_URL: "https://ghe.example/api/v3/" },
      "/srv",
    );
    expect(config.target).toMatchObject({ token: "relay_token_value", apiUrl: "https://ghe.example/api/v3" });
  });

  it("reads the local target, resolving relative paths against the directory pnpm relay ran in", () => {
    const config = loadConfig(
      { ...LOCAL, RELAY_PORT: "0", RELAY_HOST: "0.0.0.0", SANITY_API_READ_TOKEN: "sk-read" },
      "/srv/relay",
    );
    expect(config.port).toBe(0);
    expect(config.host).toBe("0.0.0.0");
    expect(config.target).toEqual({
      kind: "local",
      serveDir: "/srv/relay/www/site",
      releasesDir: "/srv/relay/www/releases",
      buildCommand: "pnpm --filter @patient-ed/site build",
      buildCwd: "/srv/relay",
      debounceMs: 2000,
      buildTimeoutMs: 15 * 60_000,
    });
    // Credentials the build inherits are redacted too.
    expect(config.secrets).toEqual(expect.arrayContaining(["s3cret-value", "sk-read"]));
  });

  it("uses INIT_CWD (set by pnpm) as the base directory by default", () => {
    const config = loadConfig({ ...LOCAL, INIT_CWD: "/home/ops/site" });
    expect(config.target).toMatchObject({ serveDir: "/home/ops/site/www/site" });
  });
});
