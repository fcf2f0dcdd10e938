// Node-only: dataset files and export archives, source selection from the environment, the
// Content Lake mirror, and the site index with its store and content process. Never import this
// from Studio code.
export * from "./node/readDatasetFile.ts";
export * from "./node/archiveAssets/localImages.ts";
export * from "./node/selectSource.ts";
export * from "./node/mirrorStore.ts";
export * from "./node/syncMirror.ts";
export * from "./node/siteIndex/cards.ts";
export * from "./node/siteIndex/documentStore.ts";
export * from "./node/siteIndex/searchEntries.ts";
export * from "./node/siteIndex/siteIndex.ts";
export * from "./node/siteIndex/loadSiteIndex.ts";
export * from "./node/siteIndex/storeFolders.ts";
export * from "./node/ndjsonLines.ts";
export * from "./node/isRunning.ts";
export * from "./node/signoff/developmentSigningKey.ts";
export * from "./node/signoff/signWithDevelopmentKey.ts";
export * from "./node/preview/previewContent.ts";
export * from "./node/preview/incompleteDraft.ts";
export * from "./node/preview/studioPreviewSecret.ts";
