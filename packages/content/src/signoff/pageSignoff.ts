import type { Article } from "../schemas/article.ts";
import type { Faq } from "../schemas/faq.ts";
import type { SignoffFieldName } from "../schemas/signoffFields.ts";
import { judgeSignoff, type SignoffState } from "./judgeSignoff.ts";
import { trustedHistory, type ReviewHistoryEntry } from "./reviewHistory.ts";
import type { TrustedKey } from "./signingKeys.ts";

/** What a page shows about its clinical review: only what the reviewer signed off may claim a review. */
export interface PageSignoff {
  signoffStatus: SignoffState["status"];
  /** The date of the sign-off it carries, changed since or not. */
  signedOn: string | null;
  reviewHistory: ReviewHistoryEntry[];
}

/** An article or FAQ entry with its sign-off judged, without the raw sign-off fields it was judged from. */
export type SignoffJudged<T extends Article | Faq> = Omit<T, SignoffFieldName> & PageSignoff;

/** Judges a validated article or FAQ entry's sign-off and history, for the build (the site index). */
export function judgePage<T extends Article | Faq>(
  doc: T,
  keys: readonly TrustedKey[],
): { state: SignoffState; page: SignoffJudged<T>; untrustedHistory: number } {
  const { signedContent, clinicalSignoff, reviewHistory, ...rest } = doc;
  const judged = judgeSignoff(
    {
      _id: doc._id,
      _type: doc._type,
      reviewerId: doc.reviewer._id,
      lastReviewed: doc.lastReviewed,
      nextReviewDue: doc.nextReviewDue,
      content: signedContent,
      clinicalSignoff,
    },
    keys,
  );
  const history = trustedHistory(reviewHistory, doc, keys);
  // A page's current sign-off is its newest: an older one put back (with the content it signed) is a replay.
  const state: SignoffState =
    judged.status !== "not-signed-off" &&
    history.newestSignedAt !== null &&
    judged.signoff.signedAt < history.newestSignedAt
      ? { status: "not-signed-off", reason: "its clinical sign-off is older than its review history's newest entry" }
      : judged;
  return {
    state,
    page: {
      ...rest,
      signoffStatus: state.status,
      signedOn: state.status === "not-signed-off" ? null : state.signoff.reviewedOn,
      reviewHistory: history.entries,
    },
    untrustedHistory: history.untrusted,
  };
}
