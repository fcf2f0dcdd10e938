import {
  applyReviewPolicy,
  DocumentSnapshotWriter,
  loadSiteContent,
  openSource,
  overdueSummary,
  parseReviewPolicy,
  reviewToday,
  type Page,
  type Person,
  type SiteSettings,
  type SyncResult,
} from "@patient-ed/content";
import { reviewStatus } from "@patient-ed/review";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { articleCard, faqCard, type ArticleCard, type FaqCard } from "./cards.ts";

/** What the content layer stores: everything lists need, and where the full documents are. */
export interface SiteIndex {
  settings: SiteSettings;
  articles: ArticleCard[];
  faqs: FaqCard[];
  people: Person[];
  pages: Page[];
  /** The file holding every article and FAQ entry in full, read back one page at a time. */
  snapshotFile: string;
  /** The Content Lake sync cursor (newest _updatedAt), when content came from the Content Lake. */
  cursor: string | null;
}

let pending: Promise<SiteIndex> | undefined;

function describeSync(result: SyncResult): string {
  return result.kind === "full"
    ? `Content Lake: full sync fetched ${result.fetched} documents.`
    : `Content Lake: incremental sync fetched ${result.fetched} changed document(s) and removed ${result.removed}.`;
}

const SNAPSHOT_PREFIX = "content-snapshot-";

/**
 * A new snapshot file per build, so a page never reads a position in a file
 * another build has since rewritten; older snapshots are removed.
 */
function newSnapshotFile(cacheDir: URL): string {
  const dir = join(fileURLToPath(cacheDir), "content-snapshots");
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    if (name.startsWith(SNAPSHOT_PREFIX)) rmSync(join(dir, name), { force: true });
  }
  return join(dir, `${SNAPSHOT_PREFIX}${Date.now()}-${process.pid}.ndjson`);
}

async function load(cacheDir: URL): Promise<SiteIndex> {
  const policy = parseReviewPolicy(process.env.REVIEW_POLICY);
  let cursor: string | null = null;
  // The Content Lake mirror lives beside Astro's own data store, in the cache CI keeps between builds.
  const source = await openSource(undefined, {
    mirrorDir: fileURLToPath(cacheDir),
    onSync: (result) => {
      cursor = result.state.cursor;
      console.warn(describeSync(result));
    },
  });
  const loaded = await loadSiteContent(source);
  const outcome = applyReviewPolicy(loaded, policy, reviewToday(loaded.settings.timeZone, process.env));
  // The build log is where an operator looks: say what is overdue and what happened to it.
  console.warn(overdueSummary(outcome, policy));
  const { content, today } = outcome;
  const snapshot = new DocumentSnapshotWriter(newSnapshotFile(cacheDir));
  const articles = content.articles.map((doc) => {
    const reviewed = { ...doc, reviewStatus: reviewStatus(doc.nextReviewDue, today) };
    return articleCard(reviewed, snapshot.add(reviewed));
  });
  const faqs = content.faqs.map((doc) => {
    const reviewed = { ...doc, reviewStatus: reviewStatus(doc.nextReviewDue, today) };
    return faqCard(reviewed, snapshot.add(reviewed));
  });
  snapshot.close();
  return {
    settings: content.settings,
    articles,
    faqs,
    people: content.people,
    pages: content.pages,
    snapshotFile: snapshot.file,
    cursor,
  };
}

/**
 * All collections come from one read of the content source per build: the
 * source is opened, validated and put through the review policy once,
 * whichever collection asks first. Only the index is kept in memory.
 */
export function siteContent(cacheDir: URL): Promise<SiteIndex> {
  pending ??= load(cacheDir);
  return pending;
}
