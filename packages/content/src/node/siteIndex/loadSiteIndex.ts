import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { EnvReader } from "@patient-ed/env";
import { BuildFailureError, type BuildFailure } from "../../errors/buildFailure.ts";
import { removeDocumentStore } from "./documentStore.ts";
import type { SiteIndex } from "./siteIndex.ts";

/** What the content process sends back: the index, or why there is none, as data. */
export type SiteIndexReply = { index: SiteIndex } | { failure: BuildFailure };

const PROCESS = fileURLToPath(new URL("./siteIndexProcess.ts", import.meta.url));

/**
 * The content process's heap limit, from SITE_CONTENT_MAX_HEAP_MB (Node's own default when unset): content
 * loading is the build's largest heap at scale (BENCHMARKS.md), and may need more, or less, than the build.
 */
export function contentHeapArgs(env: NodeJS.ProcessEnv): string[] {
  const reader = new EnvReader(env);
  const megabytes = reader.integer("SITE_CONTENT_MAX_HEAP_MB", { fallback: 0, min: 16, max: 1_048_576 });
  reader.check();
  return megabytes ? [`--max-old-space-size=${megabytes}`] : [];
}

/** Why the content process ended before it replied, in words an operator can act on. */
export function describeContentProcessEnd(code: number | null, signal: NodeJS.Signals | null): string {
  const start = "Content loading stopped before it finished";
  if (signal === "SIGABRT" || code === 134)
    return `${start}: the content process ran out of memory. Raise SITE_CONTENT_MAX_HEAP_MB (megabytes) if the content has grown.`;
  if (signal === "SIGKILL")
    return `${start}: the content process was killed (SIGKILL), usually because the machine ran out of memory.`;
  if (signal) return `${start}: the content process was stopped by ${signal}.`;
  return `${start}: the content process exited with code ${code ?? "unknown"} without a result.`;
}

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
    const child = fork(PROCESS, [cacheDir], {
      serialization: "advanced",
      stdio: "inherit",
      execArgv: [...process.execArgv, ...contentHeapArgs(process.env)],
    });
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
      if (!settled) {
        const summary = describeContentProcessEnd(code, signal);
        reject(new BuildFailureError({ kind: "content-process", summary, issues: [], settings: [] }));
      }
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

/** The index this build process loaded, or undefined outside a build (a unit test, `astro check`). */
export function siteIndexIfLoaded(): Promise<SiteIndex> | undefined {
  return (globalThis as Registry)[LOADED];
}
