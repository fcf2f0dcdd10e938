import { calendarDateIn, type CalendarDate } from "@patient-ed/content";

/** Today in the editor's own time zone: the date the Studio shows and acts on. */
export function studioToday(now: Date = new Date()): CalendarDate {
  return calendarDateIn(Intl.DateTimeFormat().resolvedOptions().timeZone, now);
}
