import { mkdtempSync, rmSync } from "node:fs";
import { stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Env } from "@patient-ed/env";
import type { ContentIssue } from "../../errors/ContentError.ts";
import { IssueList } from "../../errors/issueList.ts";
import { contentVersionQuery } from "../../queries.ts";
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
  /** Content problems found in the drafts, at most 100: documents with one are left out of the index. */
  issues: readonly ContentIssue[];
  /** The policy the build would apply at publish (REVIEW_POLICY), for the banner to say what would happen. */
  publishPolicy: ReviewPolicy;
  /** The source this snapshot was read from, for looking up an incomplete draft by slug. */
  source: ContentSource;
}

/** A snapshot lent to one request: its store stays until every request that holds it has released it. */
export interface PreviewLease {
  snapshot: PreviewSnapshot;
  release(): void;
}

export interface PreviewContent {
  /** Where the preview reads from, for the start-up line. */
  description: string;
  /** The snapshot for a request, rebuilt first if the content has changed since the last one. */
  acquire(): Promise<PreviewLease>;
  close(): void;
}

/** How a file is recognised as changed: a save replaces or rewrites it. */
async function fileVersion(path: string): Promise<string> {
  const info = await stat(path);
  return `${info.ino}:${info.size}:${info.mtimeMs}`;
}

interface DraftSource {
  /** Changes whenever the content does; cheap next to a full read. */
  version(): Promise<string>;
  read(): Promise<ContentSource>;
}

function openDraftSource(selection: SourceSelection): DraftSource {
  if (selection.kind === "content-lake") {
    // No CDN: a saved draft shows on the next page load.
    const lake = createContentLakeSource({ ...selection, perspective: "drafts" });
    return {
      version: async () => JSON.stringify(await lake.fetch(contentVersionQuery)),
      read: async () => lake,
    };
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

interface Held {
  version: string;
  snapshot: PreviewSnapshot;
  users: number;
  retired: boolean;
}

/**
 * The draft preview's content: the source the environment selects, seen through the drafts perspective (each draft
 * over its published document, draft-only documents too), indexed by the same site index the build uses. Before
 * each request it checks whether the content changed (the file's identity, or the Content Lake's newest edit and
 * document count) and reads it again only then, one read at a time. Invalid drafts are left out of the index with
 * their problems listed, so the rest still renders. A replaced snapshot's store is removed once no request holds it.
 */
export function openPreviewContent(env: Env): PreviewContent {
  const selection = selectSource(env);
  const trust = signoffTrustFromEnv(env, selection.kind);
  const publishPolicy = parseReviewPolicy(env);
  const drafts = openDraftSource(selection);
  const workDir = mkdtempSync(join(tmpdir(), "patient-ed-preview-"));
  let latest: Held | undefined;
  let reading: Promise<Held> | undefined;
  let built = 0;

  function removeIfUnused(held: Held): void {
    if (held.retired && held.users === 0) removeDocumentStore(held.snapshot.index.store);
  }

  async function read(version: string): Promise<Held> {
    const source = await drafts.read();
    const tolerate = new IssueList();
    const index = await buildSiteIndex(source, {
      policy: "warn",
      storeDir: join(workDir, `snapshot-${++built}`),
      env,
      signoffKeys: trust.keys,
      tolerate,
    });
    const snapshot = { index, store: openDocumentStore(index.store), issues: tolerate.kept, publishPolicy, source };
    return { version, snapshot, users: 0, retired: false };
  }

  async function fresh(): Promise<Held> {
    // One read at a time: requests that arrive meanwhile share it.
    if (reading) return reading;
    const version = await drafts.version();
    if (latest?.version === version) return latest;
    if (reading) return reading;
    reading = read(version).finally(() => (reading = undefined));
    const next = await reading;
    if (latest) {
      latest.retired = true;
      removeIfUnused(latest);
    }
    latest = next;
    return next;
  }

  return {
    description:
      selection.kind === "content-lake"
        ? `Content Lake ${selection.projectId}/${selection.dataset}, drafts`
        : `${selection.path}, drafts`,
    async acquire() {
      const held = await fresh();
      held.users++;
      let released = false;
      return {
        snapshot: held.snapshot,
        release() {
          if (released) return;
          released = true;
          held.users--;
          removeIfUnused(held);
        },
      };
    },
    close() {
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
