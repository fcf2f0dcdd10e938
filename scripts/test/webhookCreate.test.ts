import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { startRecordingServer, type RecordingServer } from "./helpers/recordingServer.ts";

const CLI = resolve(import.meta.dirname, "../src/webhook/create.ts");
const TOKEN = "sk-management-token-4f9a1c";
const SECRET = "whsec-shared-secret-77b2e0";

const ENV = {
  SANITY_PROJECT_ID: "abc123",
  SANITY_DATASET: "production",
  SANITY_MANAGEMENT_TOKEN: TOKEN,
  SANITY_WEBHOOK_SECRET: SECRET,
  RELAY_URL: "https://relay.example.org/hooks/sanity",
};

/** The body the Webhooks API must receive, with the real secret. */
const EXPECTED_BODY = {
  type: "document",
  name: "Patient site rebuild (production)",
  description: "Asks the publish relay to rebuild the patient site. Created by `pnpm webhook:create`.",
  url: "https://relay.example.org/hooks/sanity",
  httpMethod: "POST",
  apiVersion: "v2025-02-19",
  includeDrafts: false,
  dataset: "production",
  rule: {
    on: ["create", "update", "delete"],
    filter: '_type in ["article","faq","person","page","siteSettings"]',
    projection: '{_id, _type, "operation": delta::operation()}',
  },
  secret: SECRET,
  headers: {},
  isDisabled: false,
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real command with only the given environment (plus PATH), never the caller's. */
async function runCreate(env: Record<string, string>, args: string[] = []): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], {
      env: { PATH: process.env.PATH ?? "", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

function expectNoCredentials(run: Run): void {
  for (const credential of [TOKEN, SECRET]) {
    expect(run.stdout).not.toContain(credential);
    expect(run.stderr).not.toContain(credential);
  }
}

describe("pnpm webhook:create", () => {
  let server: RecordingServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("--dry-run prints the exact request with credentials masked and sends nothing", async () => {
    server = await startRecordingServer(() => ({ status: 500, body: "{}" }));
    const run = await runCreate({ ...ENV, SANITY_API_HOST: server.origin }, ["--dry-run"]);

    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toBe(
      [
        "Dry run: this request would be sent (credentials masked); nothing was sent.",
        "",
        `POST ${server.origin}/v2021-10-04/hooks/projects/abc123`,
        "Authorization: Bearer [redacted]",
        "Content-Type: application/json",
        "",
        JSON.stringify({ ...EXPECTED_BODY, secret: "[redacted]" }, null, 2),
        "",
      ].join("\n"),
    );
    expectNoCredentials(run);
    expect(server.requests).toEqual([]);
  });

  it("names every missing variable and sends nothing", async () => {
    server = await startRecordingServer(() => ({ status: 500, body: "{}" }));
    const { SANITY_DATASET: _dataset, RELAY_URL: _relay, ...partial } = ENV;
    const run = await runCreate({ ...partial, SANITY_MANAGEMENT_TOKEN: "  ", SANITY_API_HOST: server.origin });

    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^SANITY_DATASET is required: /),
      expect.stringMatching(/^SANITY_MANAGEMENT_TOKEN is required: /),
      expect.stringMatching(/^RELAY_URL is required: /),
    ]);
    expect(server.requests).toEqual([]);
  });

  it("refuses a relay URL that is not https", async () => {
    const run = await runCreate({ ...ENV, RELAY_URL: "http://relay.example.org/hooks/sanity" }, ["--dry-run"]);
    expect(run).toMatchObject({ code: 1, stdout: "" });
    expect(run.stderr).toContain("RELAY_URL must be a https URL");
  });

  it("creates the hook with one authenticated POST to the Webhooks API", async () => {
    server = await startRecordingServer(() => ({
      status: 201,
      body: JSON.stringify({ ...EXPECTED_BODY, id: "hook-42", projectId: "abc123" }),
    }));
    const run = await runCreate({ ...ENV, SANITY_API_HOST: server.origin });

    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain('Created webhook "Patient site rebuild (production)" (id hook-42)');
    expectNoCredentials(run);

    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request).toMatchObject({ method: "POST", path: "/v2021-10-04/hooks/projects/abc123" });
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request?.body ?? "")).toEqual(EXPECTED_BODY);
  });

  it("explains a refusal without printing the token, even when the API echoes it", async () => {
    server = await startRecordingServer((request) => ({
      status: 401,
      body: JSON.stringify({ error: "Unauthorized", message: `Invalid token: ${request.headers.authorization}` }),
    }));
    const run = await runCreate({ ...ENV, SANITY_API_HOST: server.origin });

    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("Sanity refused to create the webhook: HTTP 401 (check SANITY_MANAGEMENT_TOKEN)");
    expect(run.stderr).toContain("Invalid token: Bearer [redacted]");
    expectNoCredentials(run);
  });

  it("reports an unreachable API clearly", async () => {
    // Start and stop a server to get a loopback port that nothing listens on.
    const closed = await startRecordingServer(() => ({ status: 500, body: "{}" }));
    await closed.close();
    const run = await runCreate({ ...ENV, SANITY_API_HOST: closed.origin });

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Could not reach ${closed.origin}/v2021-10-04/hooks/projects/abc123`);
    expectNoCredentials(run);
  });
});
