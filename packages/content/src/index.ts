// Browser-safe: the Studio bundles this entry, so nothing reachable from here may import a Node
// built-in or a Node-only package (a `tar` import here once crashed the Studio on load). File,
// archive, process and mirror code is exported from "@patient-ed/content/node".
export * from "./rules.ts";
export * from "./calendar/calendarDate.ts";
export * from "./calendar/today.ts";
export * from "./errors/ContentError.ts";
export * from "./errors/buildFailure.ts";
export * from "./dataset/parseNdjson.ts";
export * from "./sources/ContentSource.ts";
export * from "./images/placeholders.ts";
export * from "./sources/fileSource.ts";
export * from "./sources/contentLakeSource.ts";
export * from "./sources/perspectives.ts";
export * from "./queries.ts";
export * from "./schemas/article.ts";
export * from "./schemas/faq.ts";
export * from "./schemas/person.ts";
export * from "./schemas/page.ts";
export * from "./schemas/siteSettings.ts";
export * from "./schemas/richText.ts";
export * from "./schemas/fields.ts";
export * from "./load/streamSiteContent.ts";
export * from "./load/validateDocuments.ts";
export * from "./review/reviewStatus.ts";
export * from "./review/reviewedFields.ts";
export * from "./review/reviewPolicy.ts";
export * from "./review/reviewGate.ts";
export * from "./readability/readability.ts";
export * from "./readability/portableTextWords.ts";
export * from "./limits/documentLimits.ts";
export * from "./review/reviewDateRules.ts";
export * from "./errors/issueList.ts";
export * from "./signoff/index.ts";
