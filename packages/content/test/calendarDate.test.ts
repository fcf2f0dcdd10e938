import { describe, expect, it } from "vitest";
import { addDays, addMonths, compareDates, daysBetween, isCalendarDate } from "@patient-ed/content";

describe("calendar date arithmetic", () => {
  it.each([
    ["2026-01-15", 12, "2027-01-15"],
    ["2026-01-31", 1, "2026-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2024-02-29", 48, "2028-02-29"],
    ["2026-08-31", 6, "2027-02-28"],
    ["2026-12-15", 1, "2027-01-15"],
    ["2026-03-31", -1, "2026-02-28"],
    ["2026-05-31", 24, "2028-05-31"],
  ])("%s plus %i months is %s", (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it("adds days across month and leap-year ends", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("recognises only real dates", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2026-13-01")).toBe(false);
    expect(isCalendarDate("2026-1-01")).toBe(false);
    expect(isCalendarDate(20260101)).toBe(false);
  });

  it("compares and counts days", () => {
    expect(compareDates("2026-01-01", "2026-01-02")).toBeLessThan(0);
    expect(compareDates("2026-01-02", "2026-01-02")).toBe(0);
    expect(daysBetween("2026-01-01", "2027-01-01")).toBe(365);
    expect(daysBetween("2028-01-01", "2029-01-01")).toBe(366);
  });

  it("refuses arithmetic on something that is not a date", () => {
    expect(() => addMonths("2026-02-30", 1)).toThrow(/Not a calendar date/);
    expect(() => addMonths("2026-02-01", 1.5)).toThrow(/whole number/);
  });
});

describe("the fields Mark as reviewed sets", () => {
  it("reviews today and sets the next review one interval later, clamping month ends", async () => {
    const { reviewedFields } = await import("@patient-ed/content");
    expect(reviewedFields("2026-11-24", 12)).toEqual({ lastReviewed: "2026-11-24", nextReviewDue: "2027-11-24" });
    expect(reviewedFields("2027-08-31", 6)).toEqual({ lastReviewed: "2027-08-31", nextReviewDue: "2028-02-29" });
    expect(reviewedFields("2028-02-29", 12)).toEqual({ lastReviewed: "2028-02-29", nextReviewDue: "2029-02-28" });
  });
});
