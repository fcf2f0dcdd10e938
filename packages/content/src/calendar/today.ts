import type { CalendarDate } from "./calendarDate.ts";

/** A clock returns the current instant; tests pass a fixed one. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/**
 * The calendar date at `instant` in an IANA time zone. Review status depends
 * on "today" where the publisher is, not where the build machine is.
 */
export function calendarDateIn(timeZone: string, instant: Date): CalendarDate {
  const formatter = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  return formatter.format(instant);
}

/** Throws a clear error for a time zone name Intl does not know. */
export function assertTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
  } catch {
    throw new RangeError(`Unknown time zone "${timeZone}": use an IANA name such as "Europe/London" or "UTC".`);
  }
  return timeZone;
}

/** Whether Intl knows the time zone name (an IANA name such as Europe/London). */
export function isTimeZone(timeZone: string): boolean {
  try {
    assertTimeZone(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The latest calendar date anywhere on Earth (UTC+14) at `instant`. */
export function latestDateOnEarth(instant: Date): CalendarDate {
  return calendarDateIn("Pacific/Kiritimati", instant);
}
