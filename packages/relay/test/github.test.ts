import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFetchRelay } from "../src/fetchRelay.ts";
import { createLogger } from "../src/logger.ts";
import type { RelayServer } from "../src/nodeServer.ts";
import { createGithubTarget } from "../src/targets/github.ts";
import { startFakeGithub } from "./helpers/fakeGithub.ts";
import { startRelay } from "./helpers/relayServer.ts";
import { documentBody, SECRET, signedHeaders } from "./helpers/signing.ts";

// Sentinels: if either shows up in a log line, an error or a response, the test fails.
const TOKEN = "ghp_SENTINEL_do_not_log_7d1e";

describe("github target (against a fake GitHub API on 127.0.0.1)", () => {
  let github: Awaited<ReturnType<typeof startFakeGithub>>;
  let relay: RelayServer;
  const logs: string[] = [];

  beforeAll(async () => {
    github = await startFakeGithub();
    const logger = createLogger({ secrets: [SECRET, TOKEN], write: (line) => logs.push(line), minLevel: "debug" });
    const target = createGithubTarget({
      owner: "acme",
      repo: "patient-ed",
      token: TOKEN,
      apiUrl: github.url,
      logger,
      retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 40 },
    });
    relay = await startRelay({ target, logger });
  });
  afterAll(async () => {
    await relay.close();
    await github.close();
    // Checked across everything this suite logged.
    const all = logs.join("\n");
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(SECRET);
  });
  beforeEach(() => {
    github.requests.length = 0;
    github.replies.length = 0;
  });

  async function publish(id: string, type: string, idempotencyKey: string, operation?: string) {
    const body = documentBody(id, type, operation);
    const response = await fetch(relay.url, {
      method: "POST",
      body,
      headers: await signedHeaders(body, { timestamp: Date.now(), idempotencyKey }),
    });
    return { status: response.status, text: await response.text() };
  }

  it("sends repository_dispatch exactly as GitHub documents it", async () => {
    const { status } = await publish("article-asthma", "article", "gh-1", "create");
    expect(status).toBe(202);
    expect(github.requests).toHaveLength(1);
    const [request] = github.requests;
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe("/repos/acme/patient-ed/dispatches");
    expect(request?.headers.accept).toBe("application/vnd.github+json");
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request?.headers["x-github-api-version"]).toBe("2022-11-28");
    expect(request?.headers["user-agent"]).toBe("patient-ed-relay");
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request?.body ?? "")).toEqual({
      event_type: "sanity-publish",
      client_payload: { documentId: "article-asthma", documentType: "article", operation: "create" },
    });
  });

  it("retries a 5xx and succeeds", async () => {
    github.replies.push({ status: 502, body: '{"message":"Server Error"}' }, { status: 503 });
    const { status } = await publish("faq-1", "faq", "gh-2");
    expect(status).toBe(202);
    expect(github.requests).toHaveLength(3);
    expect(logs.some((line) => line.includes("github dispatch failed, retrying"))).toBe(true);
  });

  it("does not retry a 4xx, answers 502 so Sanity retries, and acts on that retry", async () => {
    github.replies.push({ status: 404, body: '{"message":"Not Found"}' });
    const failed = await publish("page-about", "page", "gh-3");
    expect(failed.status).toBe(502);
    expect(github.requests).toHaveLength(1);
    // Sanity delivers again with the same idempotency-key: not a duplicate, since the first failed.
    const retried = await publish("page-about", "page", "gh-3");
    expect(retried.status).toBe(202);
    expect(github.requests).toHaveLength(2);
  });

  it("gives up after the bounded number of attempts on repeated 5xx", async () => {
    github.replies.push({ status: 500 }, { status: 500 }, { status: 500 }, { status: 500 });
    const { status } = await publish("person-lee", "person", "gh-4");
    expect(status).toBe(502);
    expect(github.requests).toHaveLength(3);
  });

  it("never puts the token in logs, errors, responses or /status, even if GitHub echoes it", async () => {
    github.replies.push({ status: 401, body: JSON.stringify({ message: `Bad credentials: ${TOKEN}` }) });
    const { status, text } = await publish("siteSettings", "siteSettings", "gh-5");
    expect(status).toBe(502);
    expect(text).not.toContain(TOKEN);
    const statusText = await (await fetch(`${relay.url}/status`)).text();
    expect(statusText).not.toContain(TOKEN);
    expect(statusText).toContain("Bad credentials: [redacted]");
    expect(logs.join("\n")).toContain("Bad credentials: [redacted]");
    expect(logs.join("\n")).not.toContain(TOKEN);
  });

  it("retries network errors (nothing listening) a bounded number of times", async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer();
      probe.listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const errors: string[] = [];
    const target = createGithubTarget({
      owner: "acme",
      repo: "patient-ed",
      token: TOKEN,
      apiUrl: `http://127.0.0.1:${closedPort}`,
      retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 10 },
      logger: createLogger({ secrets: [TOKEN], write: (line) => errors.push(line) }),
    });
    const failure = await target
      .trigger({ documentId: "article-x", documentType: "article", operation: "update" })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(Error);
    expect(String(failure)).not.toContain(TOKEN);
    expect(errors.filter((line) => line.includes("retrying"))).toHaveLength(2);
  });

  it("works as a fetch-platform handler built from an env record", async () => {
    const handler = createFetchRelay(
      {
        SANITY_WEBHOOK_SECRET: SECRET,
        GITHUB_REPOSITORY: "acme/patient-ed",
        GITHUB_TOKEN: TOKEN,
        GITHUB_API_URL: `${github.url}/`,
      },
      { logger: createLogger({ secrets: [SECRET, TOKEN], write: (line) => logs.push(line) }) },
    );
    const body = documentBody("article-copd", "article");
    const response = await handler(
      new Request("https://relay.example/api/sanity", {
        method: "POST",
        body,
        headers: await signedHeaders(body, { timestamp: Date.now() }),
      }),
    );
    expect(response.status).toBe(202);
    expect(github.requests.map((request) => request.path)).toEqual(["/repos/acme/patient-ed/dispatches"]);
  });
});
