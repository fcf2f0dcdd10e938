import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { documentBody, SECRET, signedHeaders } from "./helpers/signing.ts";
import { waitFor } from "./helpers/waitFor.ts";

const MAIN = fileURLToPath(new URL("../src/main.ts", import.meta.url));
const FAKE_BUILD = fileURLToPath(new URL("./fixtures/fake-build.ts", import.meta.url));

interface Running {
  stdout: string[];
  stderr: string;
  exited: Promise<number | null>;
  stop(): void;
}

/** Runs the real entry point with only the given environment. */
function runMain(env: Record<string, string>): Running {
  const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH ?? "", ...env } });
  const running: Running = {
    stdout: [],
    stderr: "",
    exited: new Promise((resolve) => child.once("exit", (code) => resolve(code))),
    stop: () => child.kill("SIGTERM"),
  };
  let partial = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    const lines = (partial + chunk).split("\n");
    partial = lines.pop() ?? "";
    running.stdout.push(...lines);
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (running.stderr += chunk));
  return running;
}

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups) await cleanup();
  cleanups = [];
});

describe("node entry point (src/main.ts)", () => {
  it("exits 1 at startup naming the missing variable", async () => {
    const relay = runMain({ RELAY_TARGET: "local", RELAY_SERVE_DIR: "/tmp/x" });
    expect(await relay.exited).toBe(1);
    expect(relay.stderr).toContain("SANITY_WEBHOOK_SECRET is required");
  });

  it("serves the handler on 127.0.0.1, builds locally and reports /status", async () => {
    const dir = await mkdtemp(join(tmpdir(), "relay-main-"));
    await writeFile(join(dir, "content.txt"), "from main");
    const relay = runMain({
      SANITY_WEBHOOK_SECRET: SECRET,
      RELAY_TARGET: "local",
      RELAY_PORT: "0",
      INIT_CWD: dir,
      RELAY_SERVE_DIR: "www/site",
      RELAY_DEBOUNCE_MS: "20",
      RELAY_BUILD_COMMAND: `"${process.execPath}" "${FAKE_BUILD}"`,
      FAKE_SOURCE_FILE: join(dir, "content.txt"),
    });
    cleanups.push(async () => {
      relay.stop();
      await relay.exited;
      await rm(dir, { recursive: true, force: true });
    });

    let url = "";
    await waitFor(() => {
      const line = relay.stdout.find((entry) => entry.includes('"relay listening"'));
      if (line) url = (JSON.parse(line) as { fields: { url: string } }).fields.url;
      return url !== "";
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    const body = documentBody("article-main", "article");
    const response = await fetch(url, {
      method: "POST",
      body,
      headers: await signedHeaders(body, { timestamp: Date.now(), idempotencyKey: "main-1" }),
    });
    expect(response.status).toBe(202);
    await waitFor(async () => {
      const status = (await (await fetch(`${url}/status`)).json()) as { result: string };
      return status.result === "success";
    });
    expect(await readFile(join(dir, "www", "site", "index.html"), "utf8")).toContain("from main");

    relay.stop();
    expect(await relay.exited).toBe(0);
    // Structured logs: every stdout line is one JSON object, and none holds the secret.
    for (const line of relay.stdout.filter((entry) => entry.trim() !== "")) {
      expect(JSON.parse(line)).toMatchObject({ level: expect.any(String), msg: expect.any(String) });
    }
    expect(relay.stdout.join("\n")).not.toContain(SECRET);
  });
});
