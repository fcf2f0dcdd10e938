import { assertTimeZone, calendarDateIn, systemClock, type CalendarDate, type Clock } from "@patient-ed/review";

/** What the build does with a page whose review is overdue. */
export type ReviewPolicy = "warn" | "strict" | "hide";

const POLICIES: readonly ReviewPolicy[] = ["warn", "strict", "hide"];

/** REVIEW_POLICY, defaulting to warn; anything else is an error naming the variable. */
export function parseReviewPolicy(value: string | undefined): ReviewPolicy {
  const policy = value?.trim() || "warn";
  if ((POLICIES as readonly string[]).includes(policy)) return policy as ReviewPolicy;
  throw new Error(`REVIEW_POLICY must be one of ${POLICIES.join(", ")}, not "${policy}".`);
}

/**
 * The clock a build judges review dates by. SITE_NOW (an ISO date-time)
 * pins it, so tests, previews and re-runs of an old build are deterministic.
 */
export function clockFromEnv(env: Readonly<Record<string, string | undefined>>): Clock {
  const pinned = env.SITE_NOW?.trim();
  if (!pinned) return systemClock;
  const instant = new Date(pinned);
  if (Number.isNaN(instant.getTime())) throw new Error(`SITE_NOW must be an ISO date-time, not "${pinned}".`);
  return () => instant;
}

/**
 * Today's date where the publisher is: SITE_TIMEZONE if set, else the time
 * zone in site settings (UTC by default).
 */
export function reviewToday(settingsTimeZone: string, env: Readonly<Record<string, string | undefined>>): CalendarDate {
  const timeZone = assertTimeZone(env.SITE_TIMEZONE?.trim() || settingsTimeZone);
  return calendarDateIn(timeZone, clockFromEnv(env)());
}
