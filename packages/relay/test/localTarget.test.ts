import { lstat, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.ts";
import type { RelayServer } from "../src/nodeServer.ts";
import {
  createLocalTarget,
  type LocalStatus,
  type LocalTarget,
  type LocalTargetOptions,
} from "../src/targets/local.ts";
import { startLocalRelay } from "./helpers/localRelay.ts";
import { startRelay } from "./helpers/relayServer.ts";
import { documentBody, SECRET, signedHeaders } from "./helpers/signing.ts";
import { waitFor } from "./helpers/waitFor.ts";

const FAKE_BUILD = fileURLToPath(new URL("./fixtures/fake-build.ts", import.meta.url));
// The build inherits this "read token"; it must never reach /status or the logs.
const READ_TOKEN = "sk-SENTINEL-read-token-93b1";

interface Harness {
  dir: string;
  serveDir: string;
  releasesDir: string;
  target: LocalTarget;
  relay: RelayServer;
  logs: string[];
  setContent(value: string): Promise<void>;
  publish(id: string): Promise<number>;
  status(): Promise<LocalStatus & { text: string }>;
  served(): Promise<string>;
  buildLog(): Promise<string[]>;
}

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function harness(
  fake: { sleepMs: number },
  options: Partial<Pick<LocalTargetOptions, "debounceMs" | "maxWaitMs" | "buildCommand">>,
): Promise<Harness> {
  const dir = await mkdtemp(join(tmpdir(), "relay-local-"));
  const serveDir = join(dir, "www", "site");
  const releasesDir = join(dir, "www", "releases");
  const source = join(dir, "content.txt");
  const buildLogFile = join(dir, "builds.log");
  const logs: string[] = [];
  const secrets = [SECRET, READ_TOKEN];
  const logger = createLogger({ secrets, write: (line) => logs.push(line), minLevel: "debug" });
  const target = await createLocalTarget({
    serveDir,
    releasesDir,
    buildCommand: options.buildCommand ?? `"${process.execPath}" "${FAKE_BUILD}"`,
    buildCwd: dir,
    debounceMs: options.debounceMs ?? 50,
    maxWaitMs: options.maxWaitMs ?? 10_000,
    buildTimeoutMs: 20_000,
    env: {
      PATH: process.env.PATH,
      FAKE_SOURCE_FILE: source,
      FAKE_BUILD_LOG: buildLogFile,
      FAKE_BUILD_SLEEP_MS: String(fake.sleepMs),
      FAKE_FAIL_FILE: join(dir, "fail"),
      SANITY_API_READ_TOKEN: READ_TOKEN,
    },
    secrets,
    logger,
  });
  const relay = await startRelay({ target, logger });
  cleanups.push(async () => {
    await relay.close();
    await target.close();
    await rm(dir, { recursive: true, force: true });
  });
  let sequence = 0;

  return {
    dir,
    serveDir,
    releasesDir,
    target,
    relay,
    logs,
    // Written to a new file and renamed into place, as an editor's publish replaces the dataset whole: a build
    // that starts mid-write must never read a half-written (empty) source.
    async setContent(value) {
      await writeFile(`${source}.next`, value);
      await rename(`${source}.next`, source);
    },
    async publish(id) {
      const body = documentBody(id, "article");
      const headers = await signedHeaders(body, { timestamp: Date.now(), idempotencyKey: `delivery-${++sequence}` });
      const response = await fetch(relay.url, { method: "POST", body, headers });
      await response.body?.cancel();
      return response.status;
    },
    async status() {
      const text = await (await fetch(`${relay.url}/status`)).text();
      return { ...(JSON.parse(text) as LocalStatus), text };
    },
    served: () => readFile(join(serveDir, "index.html"), "utf8"),
    async buildLog() {
      // One line per build; an empty line is a build that read empty content, and counts.
      return (await readFile(buildLogFile, "utf8")).replace(/\n$/, "").split("\n");
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("local target (fake build, relay on 127.0.0.1)", () => {
  it("folds a burst of 20 publishes into a build per scheduling cycle and serves the final content", async () => {
    // maxWait shorter than the burst, so a build starts mid-burst and the rest fold into follow-ups.
    const buildMs = 200;
    const maxWaitMs = 500;
    const h = await harness({ sleepMs: buildMs }, { debounceMs: 150, maxWaitMs });
    const started = Date.now();
    for (let index = 1; index <= 20; index++) {
      await h.setContent(`content v${index}`);
      expect(await h.publish(`article-${index}`)).toBe(202);
      await sleep(40);
    }
    const burstMs = Date.now() - started;
    await h.target.idle();

    const status = await h.status();
    expect(status.result).toBe("success");
    expect(status.builds).toBeGreaterThanOrEqual(1);
    // A build starts at most maxWait after the publishes that queued it and runs buildMs: at most one build per
    // such cycle of the burst, plus the one after it. On a quiet machine the burst takes ~1 s, so 2 builds; a
    // loaded machine stretches the burst, not the rule.
    const cycles = Math.ceil(burstMs / (maxWaitMs + buildMs));
    expect(status.builds).toBeLessThanOrEqual(Math.max(2, cycles + 1));
    expect(await h.buildLog()).toHaveLength(status.builds);
    expect(await h.served()).toContain("content v20");
    expect((await lstat(h.serveDir)).isSymbolicLink()).toBe(true);
  });

  it("runs exactly one follow-up build for publishes that arrive during a build", async () => {
    const h = await harness({ sleepMs: 700 }, { debounceMs: 40 });
    await h.setContent("first");
    await h.publish("article-a");
    // Wait until the build has read its content (the fixture logs it), not just until it was spawned.
    await waitFor(async () => (await h.buildLog().catch(() => [])).length === 1);
    expect((await h.status()).result).toBe("running");
    for (let index = 1; index <= 5; index++) {
      await h.setContent(`during ${index}`);
      expect(await h.publish(`article-during-${index}`)).toBe(202);
    }
    expect((await h.status()).queued).toBe(true);
    await h.target.idle();

    expect(await h.buildLog()).toEqual(["first", "during 5"]);
    const status = await h.status();
    expect(status.builds).toBe(2);
    expect(status.result).toBe("success");
    expect(await h.served()).toContain("during 5");
  });

  it("keeps the previous site byte for byte when a build fails, and /status names the content errors", async () => {
    const h = await harness({ sleepMs: 0 }, { debounceMs: 20 });
    await h.setContent("good v1");
    await h.publish("article-x");
    await h.target.idle();
    const before = await readFile(join(h.serveDir, "index.html"));
    const servedRelease = (await h.status()).servedRelease;
    expect(before.toString()).toContain("good v1");

    await writeFile(join(h.dir, "fail"), "");
    await h.setContent("broken");
    await h.publish("article-x");
    await h.target.idle();

    expect(await readFile(join(h.serveDir, "index.html"))).toEqual(before);
    const status = await h.status();
    expect(status.result).toBe("failed");
    expect(status.builds).toBe(2);
    expect(status.servedRelease).toBe(servedRelease);
    expect(status.startedAt).not.toBeNull();
    expect(status.finishedAt).not.toBeNull();
    expect(status.error?.message).toBe("build command failed (exit 1)");
    // What the build reported as data, not what its log said: the document, the field and the rule.
    expect(status.error?.kind).toBe("content");
    expect(status.error?.issues).toEqual([
      { documentId: "article-x", documentType: "article", path: "disclaimer", rule: "Required" },
      {
        documentId: "faq-7",
        documentType: "faq",
        path: "answer[0].children[0].text",
        rule: "Must not be empty (read with [redacted])",
      },
    ]);
    expect(status.error?.outputTail).toContain("error Content is not publishable: 2 problems");
    expect(status.text).not.toContain("\\u001b");
    expect(status.text).not.toContain(READ_TOKEN);
    expect(status.text).toContain("using token [redacted]");
    expect(h.logs.join("\n")).not.toContain(READ_TOKEN);
    expect(h.logs.join("\n")).not.toContain(SECRET);
    // The failed release folder is gone; only the served one remains.
    expect(await readdir(h.releasesDir)).toHaveLength(1);
  });

  it("recovers after a failure and keeps only the served release and the one before it", async () => {
    const h = await harness({ sleepMs: 0 }, { debounceMs: 10 });
    const build = async (value: string) => {
      await h.setContent(value);
      await h.publish(`article-${value}`);
      await h.target.idle();
    };
    await build("one");
    await build("two");
    await writeFile(join(h.dir, "fail"), "");
    await build("broken");
    expect((await h.status()).result).toBe("failed");
    expect(await h.served()).toContain("two");
    await rm(join(h.dir, "fail"));
    // Leftovers of a build that died mid-way are pruned; folders the relay did not make are not.
    await mkdir(join(h.releasesDir, "release-20200101T000000000Z-99.staging"));
    await mkdir(join(h.releasesDir, "operator-notes"));
    await build("three");
    await build("four");

    expect(await h.served()).toContain("four");
    const status = await h.status();
    expect(status.result).toBe("success");
    expect(status.error).toBeNull();
    expect(status.builds).toBe(5);
    const releases = (await readdir(h.releasesDir)).sort();
    expect(releases).toHaveLength(3);
    expect(releases[0]).toBe("operator-notes");
    expect(status.servedRelease).toBe(releases[2]);
  });

  it("treats a build that exits 0 but writes nothing as failed", async () => {
    const h = await harness({ sleepMs: 0 }, { debounceMs: 10, buildCommand: `"${process.execPath}" -e ""` });
    await h.publish("article-x");
    await h.target.idle();
    const status = await h.status();
    expect(status.result).toBe("failed");
    expect(status.error?.message).toMatch(/wrote nothing/);
  });

  it("builds once at start, so the served folder exists before the first webhook", async () => {
    const relay = await startLocalRelay({ debounceMs: 10, buildOnStart: true });
    cleanups.push(() => relay.close());
    await relay.target.idle();
    expect(relay.triggered).toEqual([]);
    expect(await relay.buildRuns()).toBe(1);
    expect(relay.target.status()).toMatchObject({ result: "success", builds: 1 });
    expect(await readFile(join(relay.dir, "www", "site", "index.html"), "utf8")).toContain("content");
  });

  it("refuses a serve path that is a real folder instead of a symlink", async () => {
    const dir = await mkdtemp(join(tmpdir(), "relay-local-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await mkdir(join(dir, "site"));
    await expect(
      createLocalTarget({
        serveDir: join(dir, "site"),
        releasesDir: join(dir, "releases"),
        buildCommand: "true",
        buildCwd: dir,
        debounceMs: 10,
        buildTimeoutMs: 1000,
        env: {},
        secrets: [],
      }),
    ).rejects.toThrow(/RELAY_SERVE_DIR .* is not a symlink/);
  });
});
