import { AsyncLocalStorage } from "node:async_hooks";
import type { PreviewSnapshot } from "@patient-ed/content/node";
import { renderMode } from "./renderMode.ts";

/*
 * The draft preview's content for the request being rendered. The preview
 * server (scripts/preview/) runs each request inside `withPreview`; pages and
 * their helpers read it back with `previewOfRequest`, and get nothing in the
 * static build. The storage is kept in the process-wide symbol registry: the
 * server and Astro's server bundle each load their own copy of this module.
 */
const KEY = Symbol.for("@patient-ed/site: the draft preview of this request");

type Registry = { [KEY]?: AsyncLocalStorage<PreviewSnapshot> };

function storage(): AsyncLocalStorage<PreviewSnapshot> {
  const registry = globalThis as Registry;
  return (registry[KEY] ??= new AsyncLocalStorage<PreviewSnapshot>());
}

/** Runs `render` (and everything it starts) with the draft preview's content. */
export function withPreview<T>(snapshot: PreviewSnapshot, render: () => T): T {
  return storage().run(snapshot, render);
}

/** The draft preview's content while a preview request renders; undefined in the static build. */
export function previewOfRequest(): PreviewSnapshot | undefined {
  const snapshot = storage().getStore();
  // The preview's collections are empty: a page rendered without its snapshot would show a site with no pages.
  if (!snapshot && renderMode(process.env) === "preview")
    throw new Error("A draft preview page was rendered outside a preview request (scripts/preview/previewServer.ts).");
  return snapshot;
}
