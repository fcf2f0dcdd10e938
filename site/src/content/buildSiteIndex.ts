import {
  overdueSummary,
  parseReviewPolicy,
  ReviewGate,
  reviewToday,
  streamSiteContent,
  type Page,
  type Person,
  type SiteSettings,
} from "@patient-ed/content";
import { DocumentSnapshotWriter, openSource, type SyncResult } from "@patient-ed/content/node";
import { reviewStatus } from "@patient-ed/content";
import { fileURLToPath } from "node:url";
import { articleCard, faqCard, type ArticleCard, type FaqCard } from "./cards.ts";
import { newSnapshotFile } from "./snapshotFiles.ts";

/** What the content process (siteIndexProcess.ts) sends back: the index, or its error by name, which a class cannot cross. */
export type SiteIndexReply = { index: SiteIndex } | { error: { name: string; message: string; stack?: string } };

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

/**
 * Reads, validates and reviews all content, writes the snapshot and returns
 * the site's index. Runs in a child process of the build (siteIndexProcess.ts).
 */
export async function buildSiteIndex(cacheDir: URL): Promise<SiteIndex> {
  const policy = parseReviewPolicy(process.env);
  let cursor: string | null = null;
  // The Content Lake mirror lives beside Astro's own data store, in the cache CI keeps between builds.
  const source = await openSource(undefined, {
    mirrorDir: fileURLToPath(cacheDir),
    onSync: (result) => {
      cursor = result.state.cursor;
      console.warn(describeSync(result));
    },
  });
  // Owned by the build that forked this process (process.ppid), which removes it when it is done.
  const snapshot = new DocumentSnapshotWriter(newSnapshotFile(fileURLToPath(cacheDir), process.ppid));
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
