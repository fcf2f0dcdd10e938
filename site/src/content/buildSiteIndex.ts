import {
  DocumentSnapshotWriter,
  openSource,
  overdueSummary,
  parseReviewPolicy,
  ReviewGate,
  reviewToday,
  streamSiteContent,
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

/**
 * Reads, validates and reviews all content, writes the snapshot and returns
 * the site's index. Runs in a child process of the build (siteIndexProcess.ts).
 */
export async function buildSiteIndex(cacheDir: URL): Promise<SiteIndex> {
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
  const snapshot = new DocumentSnapshotWriter(newSnapshotFile(cacheDir));
  const articles: ArticleCard[] = [];
  const faqs: FaqCard[] = [];
  let gate: ReviewGate | undefined;
  try {
    // Articles and FAQ entries arrive a slice at a time: each goes through the review policy into the
    // snapshot, and only its card stays in memory.
    const frame = await streamSiteContent(source, (settings) => {
      const admitted = new ReviewGate(policy, reviewToday(settings?.timeZone ?? "UTC", process.env));
      gate = admitted;
      return {
        article(doc) {
          if (!admitted.admit(doc)) return;
          const reviewed = { ...doc, reviewStatus: reviewStatus(doc.nextReviewDue, admitted.today) };
          articles.push(articleCard(reviewed, snapshot.add(reviewed)));
        },
        faq(doc) {
          if (!admitted.admit(doc)) return;
          const reviewed = { ...doc, reviewStatus: reviewStatus(doc.nextReviewDue, admitted.today) };
          faqs.push(faqCard(reviewed, snapshot.add(reviewed)));
        },
      };
    });
    if (!gate) throw new Error("The content was read without a review policy.");
    gate.finish();
    // The build log is where an operator looks: say what is overdue and what happened to it.
    console.warn(overdueSummary(gate, policy));
    snapshot.close();
    return { ...frame, articles, faqs, snapshotFile: snapshot.file, cursor };
  } catch (error) {
    snapshot.abandon();
    throw error;
  }
}
