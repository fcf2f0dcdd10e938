import { describe, expect, it } from "vitest";
import { assertTimeZone, calendarDateIn, latestDateOnEarth, reviewStatus } from "@patient-ed/content";

describe("today in a time zone", () => {
  const instant = new Date("2026-11-24T23:30:00Z");

  it("is the date where the publisher is, not where the build runs", () => {
    expect(calendarDateIn("UTC", instant)).toBe("2026-11-24");
    expect(calendarDateIn("Australia/Sydney", instant)).toBe("2026-11-25");
    expect(calendarDateIn("America/Los_Angeles", new Date("2026-11-25T03:00:00Z"))).toBe("2026-11-24");
  });

  it("knows the latest date anywhere on Earth", () => {
    expect(latestDateOnEarth(new Date("2026-11-24T10:30:00Z"))).toBe("2026-11-25");
  });

  it("refuses an unknown time zone by name", () => {
    expect(() => assertTimeZone("Mars/Olympus")).toThrow(/Unknown time zone "Mars\/Olympus"/);
  });
});

describe("review status", () => {
  it.each([
    ["2026-11-23", "overdue"],
    ["2026-11-24", "due-soon"],
    ["2026-12-24", "due-soon"],
    ["2026-12-25", "current"],
  ] as const)("due %s, seen on 2026-11-24, is %s", (due, status) => {
    expect(reviewStatus(due, "2026-11-24")).toBe(status);
  });
});
