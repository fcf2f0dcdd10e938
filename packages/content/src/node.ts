// Node-only: dataset files and export archives, source selection from the environment, the
// Content Lake mirror and the build's content snapshot. Never import this from Studio code.
export * from "./node/readDatasetFile.ts";
export * from "./node/selectSource.ts";
export * from "./node/mirrorStore.ts";
export * from "./node/syncMirror.ts";
export * from "./node/documentSnapshot.ts";
