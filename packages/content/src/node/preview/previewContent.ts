import { mkdtempSync, rmSync } from "node:fs";
import { stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Env } from "@patient-ed/env";
import type { ContentIssue } from "../../errors/ContentError.ts";
import { IssueList } from "../../errors/issueList.ts";
import { parseReviewPolicy, type ReviewPolicy } from "../../review/reviewPolicy.ts";
import { signoffTrustFromEnv } from "../../signoff/trustedKeys.ts";
import type { ContentSource } from "../../sources/ContentSource.ts";
import { createContentLakeSource } from "../../sources/contentLakeSource.ts";
import { createFileSource } from "../../sources/fileSource.ts";
import { readDatasetFile } from "../readDatasetFile.ts";
import { selectSource, type SourceSelection } from "../selectSource.ts";
import { openDocumentStore, removeDocumentStore, type DocumentStore } from "../siteIndex/documentStore.ts";
import { buildSiteIndex, type SiteIndex } from "../siteIndex/siteIndex.ts";

/** The content as the draft preview sees it at one moment: drafts over published, judged as the build would. */
export interface PreviewSnapshot {
  /** The site index of the drafts perspective, built under REVIEW_POLICY=warn so every valid page renders. */
  index: SiteIndex;
  store: DocumentStore;
  /** Content problems of documents left out of the index (drafts are often incomplete), at most 100. */
  issues: readonly ContentIssue[];
  /** The policy the build would apply at publish (REVIEW_POLICY), for the banner to say what would happen. */
  publishPolicy: ReviewPolicy;
  /** The source this snapshot was read from, for looking up an incomplete draft by slug. */
  source: ContentSource;
}

export interface PreviewContent {
  /** Where the preview reads from, for the start-up line. */
  description: string;
  /** The snapshot for a request: rebuilt when the content has changed since the last one. */
  current(): Promise<PreviewSnapshot>;
  close(): void;
}

/** A Content Lake snapshot is reused for this long: a page and the requests right after it share one read. */
const CONTENT_LAKE_REUSE_MS = 1000;

/** How a file is recognised as changed: a save replaces or rewrites it. */
async function fileVersion(path: string): Promise<string> {
  const info = await stat(path);
  return `${info.ino}:${info.size}:${info.mtimeMs}`;
}

function openDraftSource(selection: SourceSelection): {
  version: () => Promise<string>;
  read: () => Promise<ContentSource>;
} {
  if (selection.kind === "content-lake") {
    const lake = createContentLakeSource({ ...selection, perspective: "drafts" });
    // No CDN and no cache of our own beyond one second: a saved draft shows on the next page load.
    return { version: async () => String(Math.floor(Date.now() / CONTENT_LAKE_REUSE_MS)), read: async () => lake };
  }
  const label = selection.kind === "embedded" ? "embedded dataset" : "dataset file";
  return {
    version: () => fileVersion(selection.path),
    async read() {
      const { documents } = await readDatasetFile(selection.path);
      return createFileSource(documents, `${label} ${selection.path} (drafts)`, "drafts");
    },
  };
}

/**
 * The draft preview's content: the source the environment selects, seen through the drafts perspective (each draft
 * over its published document, draft-only documents too), indexed by the same site index the build uses. A
 * snapshot is rebuilt when the dataset file changes, or at most once a second from the Content Lake; requests in
 * between share it. Invalid drafts are left out of the index with their problems listed, so the rest still renders.
 */
export function openPreviewContent(env: Env): PreviewContent {
  const selection = selectSource(env);
  const trust = signoffTrustFromEnv(env, selection.kind);
  const publishPolicy = parseReviewPolicy(env);
  const drafts = openDraftSource(selection);
  const workDir = mkdtempSync(join(tmpdir(), "patient-ed-preview-"));
  let latest: { version: string; snapshot: Promise<PreviewSnapshot> } | undefined;
  // A store stays until the snapshot after next replaces it: a request may still be rendering from it.
  const retired: PreviewSnapshot[] = [];
  let built = 0;

  async function build(): Promise<PreviewSnapshot> {
    const source = await drafts.read();
    const tolerate = new IssueList();
    const index = await buildSiteIndex(source, {
      policy: "warn",
      storeDir: join(workDir, `snapshot-${++built}`),
      env,
      signoffKeys: trust.keys,
      tolerate,
    });
    return { index, store: openDocumentStore(index.store), issues: tolerate.kept, publishPolicy, source };
  }

  return {
    description:
      selection.kind === "content-lake"
        ? `Content Lake ${selection.projectId}/${selection.dataset}, drafts`
        : `${selection.path}, drafts`,
    async current() {
      const version = await drafts.version();
      if (latest?.version === version) return latest.snapshot;
      const previous = latest?.snapshot;
      const snapshot = build();
      latest = { version, snapshot };
      // A failed read is not kept: the next request tries again.
      snapshot.catch(() => {
        if (latest?.snapshot === snapshot) latest = undefined;
      });
      previous?.then(
        (old) => {
          retired.push(old);
          for (const gone of retired.splice(0, retired.length - 1)) removeDocumentStore(gone.index.store);
        },
        () => undefined,
      );
      return snapshot;
    },
    close() {
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
