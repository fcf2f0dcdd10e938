import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { BuildFailureError, type BuildFailure } from "../../errors/buildFailure.ts";
import { removeDocumentStore } from "./documentStore.ts";
import type { SiteIndex } from "./siteIndex.ts";

/** What the content process sends back: the index, or why there is none, as data. */
export type SiteIndexReply = { index: SiteIndex } | { failure: BuildFailure };

const PROCESS = fileURLToPath(new URL("./siteIndexProcess.ts", import.meta.url));

/**
 * Builds the site index in a child process (siteIndexProcess.ts), from the
 * source the environment selects, with the review policy it names. The
 * child's memory goes back to the system when it exits; only the index
 * crosses. A failure arrives as a BuildFailure and is thrown as a
 * BuildFailureError carrying it.
 */
export function loadSiteIndex(cacheDir: string): Promise<SiteIndex> {
  return new Promise((resolve, reject) => {
    // Structured clone, not JSON, across the pipe: the index arrives as it was built.
    const child = fork(PROCESS, [cacheDir], { serialization: "advanced", stdio: "inherit" });
    let settled = false;
    child.once("message", (reply: SiteIndexReply) => {
      settled = true;
      // Nothing more will be sent; the child exits by itself once it has replied.
      child.disconnect();
      if ("index" in reply) resolve(reply.index);
      else reject(new BuildFailureError(reply.failure));
    });
    child.once("error", (error) => {
      settled = true;
      reject(error);
    });
    child.once("exit", (code, signal) => {
      if (!settled)
        reject(new Error(`Content loading stopped (exit code ${code}, signal ${signal}) before it finished.`));
    });
  });
}

const LOADED = Symbol.for("@patient-ed/content: the site index of this build");

type Registry = { [LOADED]?: Promise<SiteIndex> };

/**
 * The site index of this build process, loaded at most once. Astro loads the
 * content loaders and the pages as separate module graphs in one process, so
 * the promise is kept in the process-wide symbol registry, not a module
 * variable: every graph shares one load.
 */
export function siteIndexOfThisBuild(cacheDir: string): Promise<SiteIndex> {
  const registry = globalThis as Registry;
  registry[LOADED] ??= loadSiteIndex(cacheDir).then((index) => {
    // The store holds the site's full text: it goes when this process does (a build, `astro check`, the dev
    // server), so Astro's cache folder, which CI keeps, never carries it.
    process.once("exit", () => removeDocumentStore(index.store));
    return index;
  });
  return registry[LOADED];
}

/** The index this build process loaded through siteIndexOfThisBuild: for pages, which render after the loaders. */
export function siteIndexLoaded(): Promise<SiteIndex> {
  const loaded = (globalThis as Registry)[LOADED];
  if (!loaded) throw new Error("The site index was not loaded: pages render after the content loaders have run.");
  return loaded;
}
