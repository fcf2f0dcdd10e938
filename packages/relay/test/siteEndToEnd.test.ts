import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type RawDocument } from "@patient-ed/content";
import { EMBEDDED_DATASET_PATH, readDatasetFile } from "@patient-ed/content/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMain, type MainProcess } from "./helpers/mainProcess.ts";
import { documentBody, SECRET, signedHeaders } from "./helpers/signing.ts";
import { waitFor } from "./helpers/waitFor.ts";

/*
 * The whole self-hosted path with the real site build: the relay builds once
 * as it starts, then a dataset file changes, Sanity's signed webhook arrives,
 * the relay rebuilds with `pnpm build` and swaps the served folder.
 */
const root = resolve(import.meta.dirname, "../../..");
const work = mkdtempSync(join(tmpdir(), "relay-site-"));
const datasetFile = join(work, "data.ndjson");
const serveDir = join(work, "www");
const ARTICLE_ID = "article-ketamine-neuroplasticity";
const ARTICLE_PAGE = join(serveDir, "articles/ketamine-therapy-and-neuroplasticity/index.html");

let documents: RawDocument[];
let original: RawDocument[];
let relay: MainProcess;
let url: string;

function writeDataset(change: (doc: RawDocument) => RawDocument) {
  documents = documents.map(change);
  writeFileSync(datasetFile, documents.map((doc) => JSON.stringify(doc)).join("\n"));
}

async function publish(id: string, key: string) {
  const body = documentBody(id, "article", "update");
  const response = await fetch(url, {
    method: "POST",
    headers: await signedHeaders(body, { timestamp: Date.now(), idempotencyKey: key }),
    body,
  });
  expect(response.status).toBe(202);
}

/** Publishes and waits for the build it starts to end with `result`. */
async function publishAndAwaitBuild(id: string, key: string, result: "success" | "failed") {
  const before = (await status()).builds;
  await publish(id, key);
  return awaitBuild(before, result);
}

/**
 * Waits until more than `before` builds have run and the last ended with `result`; a timeout reports the relay's
 * state.
 */
async function awaitBuild(before: number, result: "success" | "failed") {
  await waitFor(
    async () => {
      const current = await status();
      return current.builds > before && current.result === result;
    },
    120_000,
    200,
  ).catch(async (error: unknown) => {
    throw new Error(`${String(error)}: ${JSON.stringify(await status())} ${relay.stdout.join("\n")} ${relay.stderr()}`);
  });
  return status();
}

interface Issue {
  documentId: string;
  documentType: string;
  path: string;
  rule: string;
}

async function status(): Promise<{
  result: string;
  builds: number;
  error: { issues: Issue[]; kind: string | null; details: string[] } | null;
}> {
  return (await fetch(new URL("/status", url))).json() as never;
}

beforeAll(async () => {
  original = (await readDatasetFile(EMBEDDED_DATASET_PATH)).documents;
  documents = original;
  writeDataset((doc) => doc);
  relay = runMain({
    SANITY_WEBHOOK_SECRET: SECRET,
    RELAY_TARGET: "local",
    RELAY_PORT: "0",
    RELAY_SERVE_DIR: serveDir,
    RELAY_BUILD_COMMAND: `node ${join(root, "site/scripts/build.ts")}`,
    RELAY_BUILD_CWD: root,
    RELAY_DEBOUNCE_MS: "200",
    SANITY_DATASET_FILE: datasetFile,
    // Its own Astro cache: the other test lane builds sites at the same time.
    ASTRO_CACHE_DIR: join(work, "astro-cache"),
    // Low enough that removing the two standing pages trips the mass-removal guard.
    SITE_MAX_REMOVED_PERCENT: "5",
  });
  url = await relay.url();
});
afterAll(async () => {
  await relay.stop();
});

describe("publishing to a self-hosted site", () => {
  // The publish path itself is the next test's: one full build fewer than publishing here too.
  it("builds and serves the site once at start, before any webhook arrives", async () => {
    await awaitBuild(0, "success");
    expect(readFileSync(ARTICLE_PAGE, "utf8")).toContain("Ketamine therapy and neuroplasticity");
  }, 150_000);

  it("serves the change after the article changes in the dataset and the webhook arrives", async () => {
    writeDataset((doc) =>
      doc._id === ARTICLE_ID ? { ...doc, title: "Ketamine therapy: how it may help the brain" } : doc,
    );
    await publishAndAwaitBuild(ARTICLE_ID, "delivery-1", "success");
    expect(readFileSync(ARTICLE_PAGE, "utf8")).toContain("<h1>Ketamine therapy: how it may help the brain</h1>");
  }, 150_000);

  it("keeps serving the previous site byte for byte when the content is invalid, and says which document and field", async () => {
    const served = readFileSync(ARTICLE_PAGE);
    writeDataset((doc) => {
      if (doc._id !== ARTICLE_ID) return doc;
      const broken = { ...doc };
      delete broken.disclaimer;
      return broken;
    });
    const failed = await publishAndAwaitBuild(ARTICLE_ID, "delivery-2", "failed");
    expect(failed.error?.issues).toEqual([
      { documentId: ARTICLE_ID, documentType: "article", path: "disclaimer", rule: "Required" },
    ]);
    expect(readFileSync(ARTICLE_PAGE).equals(served)).toBe(true);
  }, 150_000);

  it("keeps serving the site when a build would remove more of it than allowed, and says which pages", async () => {
    // Still served: the last good site, from the first publish (the second case). Valid content that drops the two
    // standing pages.
    const served = readFileSync(ARTICLE_PAGE);
    documents = original.filter((doc) => doc._type !== "page");
    writeDataset((doc) => doc);
    const failed = await publishAndAwaitBuild(ARTICLE_ID, "delivery-3", "failed");
    expect(failed.error?.kind).toBe("mass-removal");
    expect(failed.error?.details).toContain("  - /accessibility/");
    expect(readFileSync(ARTICLE_PAGE).equals(served)).toBe(true);
  }, 150_000);
});
