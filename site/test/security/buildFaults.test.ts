import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type RawDocument } from "@patient-ed/content";
import { EMBEDDED_DATASET_PATH, isRunning, readDatasetFile } from "@patient-ed/content/node";
import {
  queryResult,
  startFakeContentLake,
  startFakeQueryApi,
  type FakeQueryApi,
  type Reply,
} from "@patient-ed/testing/fakes";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildSite, siteDir, tempDir } from "../helpers/buildSite.ts";
import { listFiles, treeDigest } from "../helpers/siteFiles.ts";

const SENTINEL = "SENTINEL_READ_TOKEN_3b5f9e";
let documents: RawDocument[];
let dist: string;
let lake: FakeQueryApi | undefined;

beforeAll(async () => {
  documents = (await readDatasetFile(EMBEDDED_DATASET_PATH)).documents;
  dist = join(tempDir("faults-site-"), "dist");
});
afterEach(async () => {
  await lake?.close();
  lake = undefined;
});

function lakeEnv(url: string): Record<string, string> {
  return {
    SANITY_PROJECT_ID: "abc123",
    SANITY_DATASET: "production",
    SANITY_API_HOST: url,
    SANITY_API_READ_TOKEN: SENTINEL,
    SANITY_MAX_ATTEMPTS: "3",
    SANITY_TIMEOUT_MS: "1000",
  };
}

function expectNoSentinel(output: string, dir: string) {
  expect(output).not.toContain(SENTINEL);
  for (const file of listFiles(dir)) expect(readFileSync(join(dir, file)).includes(SENTINEL), file).toBe(false);
}

describe("building from the Content Lake", () => {
  // One build for both (a Content Lake build is the slow part): the first two queries are turned away with 429.
  it("waits out a 429 with Retry-After, reads with the token, publishes the content, and the token appears nowhere in the site or the log", async () => {
    const served = await startFakeContentLake(() => documents);
    let limited = 0;
    lake = await startFakeQueryApi(async (request, index): Promise<Reply> => {
      if (index < 2) {
        limited++;
        return { status: 429, headers: { "retry-after": "1" }, body: "{}" };
      }
      const response = await fetch(`${served.url}${request.path}?${request.query}`);
      return { status: response.status, headers: { "content-type": "application/json" }, body: await response.text() };
    });
    const { ok, output } = await buildSite(dist, lakeEnv(lake.url));
    await served.close();
    expect(limited).toBe(2);
    expect(ok, output).toBe(true);
    expect(lake.requests.length).toBeGreaterThan(2);
    expect(lake.requests.every((request) => request.headers.authorization === `Bearer ${SENTINEL}`)).toBe(true);
    expect(existsSync(join(dist, "articles/ketamine-therapy-and-neuroplasticity/index.html"))).toBe(true);
    expectNoSentinel(output, dist);
  });

  const faults: [string, () => Reply][] = [
    ["a 500 on every attempt", () => ({ status: 500, body: "{}" })],
    [
      "truncated JSON",
      () => ({ status: 200, headers: { "content-type": "application/json" }, body: '{"result":[{"_id' }),
    ],
    [
      "invalid JSON",
      () => ({ status: 200, headers: { "content-type": "application/json" }, body: "<html>oops</html>" }),
    ],
    ["a server that never answers", () => ({ stall: true })],
  ];

  it.each(faults)("fails clearly after bounded retries on %s, leaving the site untouched", async (_name, reply) => {
    const before = treeDigest(dist);
    lake = await startFakeQueryApi(reply);
    const started = Date.now();
    const { ok, output } = await buildSite(dist, lakeEnv(lake.url));
    expect(ok).toBe(false);
    expect(output).toMatch(
      /Could not read content from the Content Lake \(Sanity project abc123, dataset production\) after 3 attempts/,
    );
    expect(output).toContain("still holds the last good site");
    expect(output).not.toMatch(/\n\s+at .*:\d+:\d+/);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(treeDigest(dist)).toBe(before);
    expectNoSentinel(output, dist);
  });

  it("fails clearly when nothing listens, leaving the site untouched", async () => {
    const closed = await startFakeQueryApi(() => queryResult(null));
    const url = closed.url;
    await closed.close();
    const before = treeDigest(dist);
    const { ok, output } = await buildSite(dist, lakeEnv(url));
    expect(ok).toBe(false);
    expect(output).toMatch(/after 3 attempts; last error: connection refused\./);
    expect(treeDigest(dist)).toBe(before);
  });
});

describe("building from a broken dataset file", () => {
  function datasetWith(lines: string[]): string {
    const file = join(tempDir("broken-file-"), "data.ndjson");
    writeFileSync(file, lines.join("\n"));
    return file;
  }
  const valid = () => documents.map((doc) => JSON.stringify(doc));

  it.each([
    [
      "a truncated last line",
      (lines: string[]) => [...lines.slice(0, -1), lines.at(-1)!.slice(0, 30)],
      /data\.ndjson:\d+: invalid JSON \(the file may be truncated\)/,
    ],
    ["invalid JSON", (lines: string[]) => [lines[0]!, "{oops", ...lines.slice(1)], /data\.ndjson:2: invalid JSON/],
    ["a duplicate _id", (lines: string[]) => [...lines, lines[1]!], /duplicate _id "[^"]+" \(first seen on line 2\)/],
    [
      "a reference to a missing document",
      (lines: string[]) =>
        lines.map((line) => line.replace('"_ref":"person-reviewer-samuel-reyes"', '"_ref":"person-gone"')),
      /article "article-ketamine-neuroplasticity" at reviewer: Required/,
    ],
  ] as const)("names the line or document for %s, and keeps the site", async (_name, breakIt, message) => {
    const before = treeDigest(dist);
    const { ok, output } = await buildSite(dist, { SANITY_DATASET_FILE: datasetWith(breakIt(valid())) });
    expect(ok).toBe(false);
    expect(output).toMatch(message);
    expect(output).not.toMatch(/\n\s+at .*:\d+:\d+/);
    expect(treeDigest(dist)).toBe(before);
  });
});

describe("a build whose content process dies", () => {
  it("says it ran out of memory, keeps the site, and leaves no staging folder, store or work folder", async () => {
    const cacheDir = tempDir("oom-cache-");
    const digest = () => (existsSync(dist) ? treeDigest(dist) : "no site yet");
    const before = digest();
    // 16 MB is too little heap for content loading to even start: a stand-in for content that outgrew its limit.
    const { ok, output } = await buildSite(dist, { SITE_CONTENT_MAX_HEAP_MB: "16", ASTRO_CACHE_DIR: cacheDir });
    expect(ok).toBe(false);
    expect(output).toContain("Content loading stopped before it finished: the content process ran out of memory.");
    expect(output).toContain("still holds the last good site");
    expect(digest()).toBe(before);
    expect(existsSync(`${dist}.staging`)).toBe(false);
    expect(listFiles(cacheDir).filter((file) => file.startsWith("content-stores/"))).toEqual([]);
    // Other builds may be running beside this one (the other test lane); none that has ended left its work folder.
    const workDirs = join(siteDir, ".astro", "builds");
    const leftBehind = existsSync(workDirs) ? readdirSync(workDirs).filter((name) => !isRunning(Number(name))) : [];
    expect(leftBehind).toEqual([]);
  });
});
