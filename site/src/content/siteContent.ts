import {
  applyReviewPolicy,
  loadSiteContent,
  openSource,
  overdueSummary,
  parseReviewPolicy,
  reviewToday,
  type ReviewOutcome,
  type SyncResult,
} from "@patient-ed/content";
import { fileURLToPath } from "node:url";

export interface LoadedContent extends ReviewOutcome {
  /** The Content Lake sync cursor (newest _updatedAt), when content came from the Content Lake. */
  cursor: string | null;
}

let pending: Promise<LoadedContent> | undefined;

function describeSync(result: SyncResult): string {
  return result.kind === "full"
    ? `Content Lake: full sync fetched ${result.fetched} documents.`
    : `Content Lake: incremental sync fetched ${result.fetched} changed document(s) and removed ${result.removed}.`;
}

async function load(cacheDir: URL): Promise<LoadedContent> {
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
  const content = await loadSiteContent(source);
  const outcome = applyReviewPolicy(content, policy, reviewToday(content.settings.timeZone, process.env));
  // The build log is where an operator looks: say what is overdue and what happened to it.
  console.warn(overdueSummary(outcome, policy));
  return { ...outcome, cursor };
}

/**
 * All collections come from one read of the content source per build: the
 * source is opened, validated and put through the review policy once,
 * whichever collection asks first.
 */
export function siteContent(cacheDir: URL): Promise<LoadedContent> {
  pending ??= load(cacheDir);
  return pending;
}
