import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { REDACTED } from "@patient-ed/env";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Env } from "@patient-ed/env";
import { loadConfig } from "../src/config/loadConfig.ts";
import { createFetchRelay } from "../src/fetchRelay.ts";
import { createRelayHandler } from "../src/handler.ts";
import { createLogger } from "../src/logger.ts";
import { serveRelay } from "../src/nodeServer.ts";
import { createTargetFromConfig } from "../src/targets/createTarget.ts";
import { createGithubTarget } from "../src/targets/github.ts";
import { createEvidence, errorText, leakFragments, type Evidence } from "./helpers/evidence.ts";
import { startFakeGithub } from "./helpers/fakeGithub.ts";
import { runMain, type MainProcess } from "./helpers/mainProcess.ts";
import { documentBody, signedHeaders } from "./helpers/signing.ts";
import { waitFor } from "./helpers/waitFor.ts";

// Issue "Hostile input and failure drills", secrets part: with sentinel values
// in every credential, nothing the relay lets out (log lines, response bodies
// including /status and /healthz, thrown errors, build output) may hold one,
// whole or in part.
const WEBHOOK_SECRET = "SENTINEL_WEBHOOK_SECRET_7d1e";
const GITHUB_TOKEN = "SENTINEL_GITHUB_TOKEN_c4a9";
const READ_TOKEN = "SENTINEL_READ_TOKEN_3b5f";
const RELAY_TOKEN = "SENTINEL_RELAY_GITHUB_TOKEN_e802";
const SENTINELS = [WEBHOOK_SECRET, GITHUB_TOKEN, READ_TOKEN, RELAY_TOKEN];
const FRAGMENTS = leakFragments(SENTINELS);

const ENV_DUMP_BUILD = fileURLToPath(new URL("./helpers/envDumpBuild.ts", import.meta.url));

interface Answer {
  status: number;
  text: string;
}

/** A request to the relay whose answer body is recorded as evidence. */
async function call(evidence: Evidence, where: string, url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, init);
  const text = await response.text();
  evidence.add(
    `${where} → ${response.status}`,
    `${text}\n${[...response.headers].map((h) => h.join(": ")).join("\n")}`,
  );
  return { status: response.status, text };
}

async function publish(evidence: Evidence, url: string, id: string, key: string, secret = WEBHOOK_SECRET) {
  const body = documentBody(id, "article");
  const headers = await signedHeaders(body, { timestamp: Date.now(), idempotencyKey: key, secret });
  return call(evidence, `POST ${id}`, url, { method: "POST", body, headers });
}

/** The hostile requests every relay gets: none of their answers may echo a secret. */
async function hostileRequests(evidence: Evidence, url: string): Promise<void> {
  expect((await publish(evidence, url, "article-forged", "forged-1", "guessed-secret")).status).toBe(401);
  const body = documentBody("article-unsigned", "article");
  expect((await call(evidence, "unsigned", url, { method: "POST", body })).status).toBe(401);
  expect((await call(evidence, "GET webhook", url)).status).toBe(405);
  const malformed = "{not json";
  const headers = await signedHeaders(malformed, { timestamp: Date.now(), secret: WEBHOOK_SECRET });
  expect((await call(evidence, "malformed", url, { method: "POST", body: malformed, headers })).status).toBe(400);
}

function recordMain(evidence: Evidence, where: string, relay: MainProcess): void {
  relay.stdout.forEach((line, index) => evidence.add(`${where} stdout line ${index + 1}`, line));
  evidence.add(`${where} stderr`, relay.stderr());
}

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "relay-secrets-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("secrets never leak: github target (src/main.ts against a fake GitHub API)", () => {
  it(
    "keeps the token out of logs, answers and /status through success, 5xx retries and echoed 401/422 bodies",
    {
      timeout: 30_000,
    },
    async () => {
      const evidence = createEvidence();
      const github = await startFakeGithub();
      const relay = runMain({
        SANITY_WEBHOOK_SECRET: WEBHOOK_SECRET,
        RELAY_TARGET: "github",
        RELAY_PORT: "0",
        GITHUB_REPOSITORY: "acme/patient-ed",
        GITHUB_TOKEN,
        GITHUB_API_URL: github.url,
        SANITY_API_READ_TOKEN: READ_TOKEN,
      });
      try {
        const url = await relay.url();

        expect((await publish(evidence, url, "article-ok", "gh-ok")).status).toBe(202);
        // The relay really holds the sentinel: it is what GitHub receives.
        expect(github.requests[0]?.headers.authorization).toBe(`Bearer ${GITHUB_TOKEN}`);

        // 5xx answers that echo the token are retried (0.5 s, 1 s), then the dispatch succeeds.
        github.replies.push(
          { status: 502, body: JSON.stringify({ message: `upstream rejected Bearer ${GITHUB_TOKEN}` }) },
          { status: 503, body: `<html>Authorization: Bearer ${GITHUB_TOKEN}</html>` },
        );
        expect((await publish(evidence, url, "article-retry", "gh-retry")).status).toBe(202);
        expect(github.requests).toHaveLength(4);

        // A 401 whose body echoes the token: not retried, 502 so Sanity retries.
        github.replies.push({ status: 401, body: JSON.stringify({ message: `Bad credentials: ${GITHUB_TOKEN}` }) });
        expect((await publish(evidence, url, "article-401", "gh-401")).status).toBe(502);
        const afterEcho = await call(evidence, "GET /status after 401", `${url}/status`);
        expect(afterEcho.text).toContain("Bad credentials: [redacted]");

        // A non-JSON answer with the token where the relay shortens the message (200 characters):
        // redacting after shortening would miss the cut-off token and show its start.
        github.replies.push({ status: 422, body: `${"x".repeat(192)}${GITHUB_TOKEN} and more` });
        expect((await publish(evidence, url, "article-422", "gh-422")).status).toBe(502);

        await hostileRequests(evidence, url);
        await call(evidence, "GET /status", `${url}/status`);
        expect((await call(evidence, "GET /healthz", `${url}/healthz`)).status).toBe(200);
      } finally {
        expect(await relay.stop()).toBe(0);
        await github.close();
      }
      recordMain(evidence, "github relay", relay);
      // The failures were logged (with the token redacted), so the check below looked at real content.
      expect(relay.stdout.some((line) => line.includes("Bad credentials: [redacted]"))).toBe(true);
      expect(relay.stdout.some((line) => line.includes("github dispatch failed, retrying"))).toBe(true);
      expect(evidence.leaks(FRAGMENTS)).toEqual([]);
    },
  );

  it("keeps the token out of thrown errors, logs and status when every attempt fails or GitHub is unreachable", async () => {
    const evidence = createEvidence();
    const env: Env = {
      SANITY_WEBHOOK_SECRET: WEBHOOK_SECRET,
      RELAY_TARGET: "github",
      GITHUB_REPOSITORY: "acme/patient-ed",
      GITHUB_TOKEN,
      SANITY_API_READ_TOKEN: READ_TOKEN,
    };
    const config = loadConfig(env, dir);
    const logger = createLogger({
      secrets: config.secrets,
      write: (line) => evidence.add("log", line),
      minLevel: "debug",
    });
    const github = await startFakeGithub();
    try {
      const echoing = createGithubTarget({
        owner: "acme",
        repo: "patient-ed",
        token: GITHUB_TOKEN,
        apiUrl: github.url,
        logger,
        retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 10 },
      });
      const event = { documentId: "article-x", documentType: "article", operation: "update" } as const;
      // GitHub only ever sees its own token, so that is what an answer can echo.
      const echo = `bad request from token=${GITHUB_TOKEN}`;
      github.replies.push({ status: 500, body: echo }, { status: 500, body: echo }, { status: 500, body: echo });
      const exhausted = await echoing.trigger(event).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(exhausted).toBeInstanceOf(Error);
      evidence.add("thrown after 5xx retries", errorText(exhausted));
      github.replies.push({ status: 401, body: JSON.stringify({ message: `Bad credentials: ${GITHUB_TOKEN}` }) });
      const refused = await echoing.trigger(event).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(errorText(refused)).toContain("Bad credentials: [redacted]");
      evidence.add("thrown after 401", errorText(refused));
      evidence.add("status", JSON.stringify(echoing.status()));

      // Through the handler too: the 502 answer carries no detail.
      const relay = await serveRelay({
        handler: createRelayHandler({ secret: config.secret, target: echoing, logger }),
        port: 0,
        host: "127.0.0.1",
        logger,
      });
      try {
        github.replies.push({
          status: 403,
          body: JSON.stringify({ message: `Resource not accessible: ${GITHUB_TOKEN}` }),
        });
        expect((await publish(evidence, relay.url, "article-403", "gh-403")).status).toBe(502);
        await call(evidence, "GET /status", `${relay.url}/status`);
      } finally {
        await relay.close();
      }
    } finally {
      await github.close();
    }

    const unreachable = createGithubTarget({
      owner: "acme",
      repo: "patient-ed",
      token: GITHUB_TOKEN,
      apiUrl: `http://127.0.0.1:${await closedPort()}`,
      logger,
      retry: { attempts: 2, baseDelayMs: 5, maxDelayMs: 5 },
    });
    const networkError = await unreachable
      .trigger({ documentId: "faq-1", documentType: "faq", operation: "create" })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(networkError).toBeInstanceOf(Error);
    evidence.add("thrown when unreachable", errorText(networkError));
    evidence.add("status when unreachable", JSON.stringify(unreachable.status()));

    expect(evidence.text()).toContain("[redacted]");
    expect(evidence.leaks(FRAGMENTS)).toEqual([]);
  });
});

describe("secrets never leak: local target (src/main.ts, a build that prints its whole environment and fails)", () => {
  it(
    "passes SANITY_API_READ_TOKEN to the build but shows it redacted in /status and the logs",
    {
      timeout: 30_000,
    },
    async () => {
      const evidence = createEvidence();
      const home = await mkdtemp(join(dir, "local-"));
      const relay = runMain({
        SANITY_WEBHOOK_SECRET: WEBHOOK_SECRET,
        RELAY_TARGET: "local",
        RELAY_PORT: "0",
        INIT_CWD: home,
        RELAY_SERVE_DIR: "www/site",
        RELAY_DEBOUNCE_MS: "20",
        RELAY_BUILD_COMMAND: `"${process.execPath}" "${ENV_DUMP_BUILD}"`,
        SANITY_API_READ_TOKEN: READ_TOKEN,
        GITHUB_TOKEN,
        RELAY_GITHUB_TOKEN: RELAY_TOKEN,
      });
      let status: { result: string; error: { issues: { rule: string }[]; outputTail: string[] } | null } | undefined;
      try {
        const url = await relay.url();
        expect((await publish(evidence, url, "article-env", "local-1")).status).toBe(202);
        await waitFor(async () => {
          status = JSON.parse((await call(evidence, "GET /status (polling)", `${url}/status`)).text) as typeof status;
          return status?.result === "failed";
        }, 15_000);
        await hostileRequests(evidence, url);
        expect((await call(evidence, "GET /healthz", `${url}/healthz`)).status).toBe(200);
      } finally {
        expect(await relay.stop()).toBe(0);
      }
      recordMain(evidence, "local relay", relay);

      const tail = status?.error?.outputTail ?? [];
      // The build got the read token (it needs it for the Content Lake), and /status shows it redacted...
      expect(tail).toContain(`SANITY_API_READ_TOKEN=${REDACTED}`);
      expect(tail).toContain(`GITHUB_TOKEN=${REDACTED}`);
      expect(tail).toContain("using read token [redacted]");
      expect(status?.error?.issues.map((issue) => issue.rule)).toEqual(["fetched with [redacted]"]);
      // ...the dump is really in the tail, and the webhook secret and relay token never reached the build at all.
      expect(tail.some((line) => line.startsWith("SITE_OUT_DIR="))).toBe(true);
      expect(tail.filter((line) => /^(SANITY_WEBHOOK_SECRET|RELAY_GITHUB_TOKEN)=/.test(line))).toEqual([]);
      // The long line is shown cut short, and its continuation (the token's second half) not at all.
      expect(tail.some((line) => line.startsWith("xxxx"))).toBe(true);
      expect(tail.filter((line) => line.includes("(end of a long line)"))).toEqual([]);
      expect(relay.stdout.some((line) => line.includes("build failed; the previous site is still served"))).toBe(true);

      expect(evidence.leaks(FRAGMENTS)).toEqual([]);
    },
  );
});

describe("secrets never leak: error paths", () => {
  const credentials = {
    SANITY_WEBHOOK_SECRET: WEBHOOK_SECRET,
    GITHUB_TOKEN,
    SANITY_API_READ_TOKEN: READ_TOKEN,
  };
  const badConfigs: [string, string, Record<string, string>][] = [
    [
      "no webhook secret",
      "SANITY_WEBHOOK_SECRET",
      { ...credentials, SANITY_WEBHOOK_SECRET: "", RELAY_TARGET: "github" },
    ],
    ["no target", "RELAY_TARGET", { ...credentials }],
    ["no repository", "GITHUB_REPOSITORY", { ...credentials, RELAY_TARGET: "github" }],
    [
      "no token",
      "GITHUB_TOKEN",
      { ...credentials, GITHUB_TOKEN: "", RELAY_TARGET: "github", GITHUB_REPOSITORY: "a/b" },
    ],
    ["no serve dir", "RELAY_SERVE_DIR", { ...credentials, RELAY_TARGET: "local" }],
    // Credentials pasted into the wrong variable: the message quotes the value, so it must be redacted.
    [
      "the token as repository",
      "GITHUB_REPOSITORY",
      { ...credentials, RELAY_TARGET: "github", GITHUB_REPOSITORY: GITHUB_TOKEN },
    ],
    [
      "the token as API URL",
      "GITHUB_API_URL",
      {
        ...credentials,
        RELAY_TARGET: "github",
        GITHUB_REPOSITORY: "acme/patient-ed",
        GITHUB_API_URL: GITHUB_TOKEN,
      },
    ],
    ["the secret as target", "RELAY_TARGET", { ...credentials, RELAY_TARGET: WEBHOOK_SECRET }],
    [
      "the read token as port",
      "RELAY_PORT",
      {
        ...credentials,
        RELAY_TARGET: "github",
        GITHUB_REPOSITORY: "acme/patient-ed",
        RELAY_PORT: READ_TOKEN,
      },
    ],
  ];

  it.each(badConfigs)(
    "bad config (%s): the startup error names %s and holds no secret",
    async (_label, variable, env) => {
      const evidence = createEvidence();
      // In process: the thrown error, from the Node config and from the fetch-platform entry.
      const thrown = (() => {
        try {
          loadConfig(env, dir);
        } catch (error) {
          return error;
        }
        return undefined;
      })();
      expect(errorText(thrown)).toContain(variable);
      evidence.add("loadConfig threw", errorText(thrown));
      try {
        createFetchRelay(env);
      } catch (error) {
        evidence.add("createFetchRelay threw", errorText(error));
      }
      // The real entry point: exit 1, the variable named on stderr.
      const relay = runMain({ ...env, RELAY_PORT: env.RELAY_PORT ?? "0" });
      expect(await relay.exited).toBe(1);
      expect(relay.stderr()).toContain(`relay: ${variable}`);
      recordMain(evidence, "main", relay);

      expect(evidence.leaks(FRAGMENTS)).toEqual([]);
    },
  );

  it("a target that cannot start (the serve path is a real folder): error and startup message hold no secret", async () => {
    const evidence = createEvidence();
    const home = await mkdtemp(join(dir, "taken-"));
    await mkdir(join(home, "www", "site"), { recursive: true });
    await writeFile(join(home, "www", "site", "index.html"), "operator's own files");
    const env = {
      ...credentials,
      RELAY_GITHUB_TOKEN: RELAY_TOKEN,
      RELAY_TARGET: "local",
      RELAY_SERVE_DIR: "www/site",
      INIT_CWD: home,
    };
    const config = loadConfig(env, home);
    const logger = createLogger({ secrets: config.secrets, write: (line) => evidence.add("log", line) });
    const failure = await createTargetFromConfig(config, logger, env).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(errorText(failure)).toMatch(/is not a symlink/);
    evidence.add("createTargetFromConfig threw", errorText(failure));

    const relay = runMain({ ...env, RELAY_PORT: "0" });
    expect(await relay.exited).toBe(1);
    expect(relay.stderr()).toMatch(/relay: RELAY_SERVE_DIR .* is not a symlink/);
    recordMain(evidence, "main", relay);

    expect(evidence.leaks(FRAGMENTS)).toEqual([]);
  });
});
