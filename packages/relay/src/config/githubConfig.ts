import type { EnvReader } from "@patient-ed/env";

export interface GithubConfig {
  kind: "github";
  owner: string;
  repo: string;
  token: string;
  apiUrl: string;
}

const REPOSITORY = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/;

/** Platform-neutral on purpose: fetch-style deployments read this without any Node module. */
export function loadGithubConfig(env: EnvReader): GithubConfig {
  const repository = env.required("GITHUB_REPOSITORY", "owner/repo of the site repository, e.g. acme/patient-ed");
  const match = REPOSITORY.exec(repository.trim());
  if (repository && (!match?.[1] || !match[2]))
    env.problem("GITHUB_REPOSITORY", `must look like owner/repo, not ${env.quote(repository)}`);

  // A relay-specific token wins, so the relay can hold a narrower token than CI's GITHUB_TOKEN.
  const token = env.optional("RELAY_GITHUB_TOKEN") ? env.env.RELAY_GITHUB_TOKEN : env.env.GITHUB_TOKEN;
  if (!token?.trim()) {
    env.problem(
      "GITHUB_TOKEN",
      "(or RELAY_GITHUB_TOKEN) is required: a token that may create repository_dispatch events (fine-grained: Contents read and write)",
    );
  }
  const apiUrl = env.url("GITHUB_API_URL", ["https:", "http:"])?.href ?? "https://api.github.com";
  return {
    kind: "github",
    owner: match?.[1] ?? "",
    repo: match?.[2] ?? "",
    token: token ?? "",
    apiUrl: apiUrl.replace(/\/+$/, ""),
  };
}
