export * from "./calendarDate.ts";
export * from "./today.ts";
export * from "./reviewStatus.ts";
export * from "./readability.ts";
export * from "./markReviewed.ts";
