import {
  applyReviewPolicy,
  loadSiteContent,
  openSource,
  overdueSummary,
  parseReviewPolicy,
  reviewToday,
  type ReviewOutcome,
} from "@patient-ed/content";

let pending: Promise<ReviewOutcome> | undefined;

async function load(): Promise<ReviewOutcome> {
  const policy = parseReviewPolicy(process.env.REVIEW_POLICY);
  const content = await loadSiteContent(await openSource());
  const outcome = applyReviewPolicy(content, policy, reviewToday(content.settings.timeZone, process.env));
  // The build log is where an operator looks: say what is overdue and what happened to it.
  console.warn(overdueSummary(outcome, policy));
  return outcome;
}

/**
 * All collections come from one read of the content source per build: the
 * source is opened, validated and put through the review policy once,
 * whichever collection asks first.
 */
export function siteContent(): Promise<ReviewOutcome> {
  pending ??= load();
  return pending;
}
