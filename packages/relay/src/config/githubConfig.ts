import { ConfigError, quoteValue, readOptional, readRequired, type Env } from "./env.ts";

export interface GithubConfig {
  kind: "github";
  owner: string;
  repo: string;
  token: string;
  apiUrl: string;
}

const REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/;

/** Platform-neutral on purpose: fetch-style deployments read this without any Node module. */
export function loadGithubConfig(env: Env): GithubConfig {
  const repository = readRequired(env, "GITHUB_REPOSITORY", "owner/repo of the site repository, e.g. acme/patient-ed");
  const match = REPOSITORY.exec(repository.trim());
  if (!match?.[1] || !match[2])
    throw new ConfigError("GITHUB_REPOSITORY", `must look like owner/repo, got ${quoteValue(env, repository)}`);

  // A relay-specific token wins, so the relay can hold a narrower token than CI's GITHUB_TOKEN.
  const token = env.RELAY_GITHUB_TOKEN?.trim() ? env.RELAY_GITHUB_TOKEN : env.GITHUB_TOKEN;
  if (!token?.trim()) {
    throw new ConfigError(
      "GITHUB_TOKEN",
      "(or RELAY_GITHUB_TOKEN) is required: a token that may create repository_dispatch events (fine-grained: Contents read and write)",
    );
  }

  const apiUrl = readOptional(env, "GITHUB_API_URL") ?? "https://api.github.com";
  let parsed: URL;
  try {
    parsed = new URL(apiUrl);
  } catch {
    throw new ConfigError("GITHUB_API_URL", `must be a URL, got ${quoteValue(env, apiUrl)}`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new ConfigError("GITHUB_API_URL", `must be an http(s) URL, got ${quoteValue(env, apiUrl)}`);
  }

  return { kind: "github", owner: match[1], repo: match[2], token, apiUrl: apiUrl.replace(/\/+$/, "") };
}
