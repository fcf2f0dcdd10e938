import { ConfigError, EnvReader, type Env } from "@patient-ed/env";
import type { CalendarDate } from "../calendar/calendarDate.ts";
import { unsignedLine, type OverdueDocument, type UnsignedDocument } from "./reviewGate.ts";
import { MAX_REPORTED_ISSUES, omittedLine } from "../errors/issueList.ts";
import { assertTimeZone, calendarDateIn, systemClock, type Clock } from "../calendar/today.ts";

/** One line per overdue document, for the build log. */
export function overdueSummary(
  outcome: { today: CalendarDate; overdue: readonly OverdueDocument[] },
  policy: ReviewPolicy,
): string {
  if (outcome.overdue.length === 0) return `No pages are overdue for clinical review on ${outcome.today}.`;
  const action = policy === "hide" ? "left out of the site" : "published with an overdue notice";
  const listed = outcome.overdue.slice(0, MAX_REPORTED_ISSUES);
  return [
    `${outcome.overdue.length} page(s) overdue for clinical review on ${outcome.today}, ${action} (REVIEW_POLICY=${policy}):`,
    ...listed.map((doc) => `  - ${doc.type} "${doc.id}" (${doc.title}): review was due ${doc.nextReviewDue}`),
    ...(outcome.overdue.length > listed.length ? [omittedLine(outcome.overdue.length - listed.length)] : []),
  ].join("\n");
}

/** One line per page not signed off for what it shows, for the build log. */
export function unsignedSummary(
  outcome: { unsigned: readonly UnsignedDocument[]; untrustedHistoryEntries: number },
  policy: ReviewPolicy,
): string {
  const history =
    outcome.untrustedHistoryEntries > 0
      ? `\n${outcome.untrustedHistoryEntries} review history entr${outcome.untrustedHistoryEntries === 1 ? "y was" : "ies were"} left out: their signature does not hold.`
      : "";
  if (outcome.unsigned.length === 0) return `Every page is signed off for what it shows.${history}`;
  const action =
    policy === "hide" ? "left out of the site" : 'published with a notice and without "Medically reviewed by"';
  const listed = outcome.unsigned.slice(0, MAX_REPORTED_ISSUES);
  return (
    [
      `${outcome.unsigned.length} page(s) not signed off for what they show, ${action} (REVIEW_POLICY=${policy}):`,
      ...listed.map(unsignedLine),
      ...(outcome.unsigned.length > listed.length ? [omittedLine(outcome.unsigned.length - listed.length)] : []),
    ].join("\n") + history
  );
}

/** What the build does with a page whose review is overdue or not signed off. */
export type ReviewPolicy = "warn" | "strict" | "hide";

const POLICIES: readonly ReviewPolicy[] = ["warn", "strict", "hide"];

/** REVIEW_POLICY, defaulting to warn; anything else is a ConfigError naming the variable. */
export function parseReviewPolicy(env: Env): ReviewPolicy {
  const reader = new EnvReader(env);
  const policy = reader.oneOf("REVIEW_POLICY", POLICIES, "warn");
  reader.check();
  return policy;
}

/**
 * The clock a build judges review dates by. SITE_NOW (an ISO date-time)
 * pins it, so tests, previews and re-runs of an old build are deterministic.
 */
export function clockFromEnv(env: Env): Clock {
  const pinned = env.SITE_NOW?.trim();
  if (!pinned) return systemClock;
  const instant = new Date(pinned);
  if (Number.isNaN(instant.getTime()))
    throw ConfigError.of(
      "SITE_NOW",
      `must be an ISO date-time such as 2027-01-31T09:00:00Z, not ${JSON.stringify(pinned)}`,
    );
  return () => instant;
}

/**
 * Today's date where the publisher is: SITE_TIMEZONE if set, else the time
 * zone in site settings (UTC by default).
 */
export function reviewToday(settingsTimeZone: string, env: Env): CalendarDate {
  const override = env.SITE_TIMEZONE?.trim();
  let timeZone: string;
  try {
    timeZone = assertTimeZone(override || settingsTimeZone);
  } catch {
    if (!override) throw new Error(`The time zone in site settings is not valid: ${JSON.stringify(settingsTimeZone)}`);
    throw ConfigError.of(
      "SITE_TIMEZONE",
      `must be an IANA time zone such as Europe/London, not ${JSON.stringify(override)}`,
    );
  }
  return calendarDateIn(timeZone, clockFromEnv(env)());
}
