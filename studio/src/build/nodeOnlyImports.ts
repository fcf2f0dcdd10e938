import { builtinModules } from "node:module";

/** The module graph of a bundle, as Rollup and Rolldown plugins see it. */
export interface ModuleGraph {
  /** The bundle's entry modules. */
  entries: readonly string[];
  importedIds(id: string): readonly string[];
}

/**
 * Packages that are the Studio framework itself. Sanity keeps its own
 * browser builds right (one of its dependencies falls back gracefully when
 * Node's `util` is missing); what we check is everything we bring.
 */
const FRAMEWORK_PACKAGES = /^(sanity|@sanity\/.+|react|react-dom|styled-components)$/;
const BUILTINS = new Set(builtinModules);

/** The package a module file belongs to, or null for a workspace file. */
function packageOf(id: string): string | null {
  const match = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id);
  return match?.[1] ?? null;
}

/** Why a module cannot run in a browser, or null if it can. */
function nodeOnlyReason(id: string): string | null {
  const bare = id.replace(/^\0/, "");
  if (bare.startsWith("node:") || BUILTINS.has(bare)) return `the Node built-in "${bare}"`;
  if (bare.includes("__vite-browser-external")) return `a Node built-in (${bare})`;
  if (/\/packages\/[^/]+\/src\/node(\/|\.ts$)/.test(bare)) return `Node-only workspace code (${bare})`;
  return null;
}

/**
 * Every chain of imports from our own code to something only Node can run:
 * a Node built-in (which Vite replaces with an empty stub, so the Studio
 * crashes when it is used: `tar` once did this), or a workspace package's
 * `node` entry, followed from the bundle's entries. Imports into the Studio
 * framework are not followed.
 */
export function findNodeOnlyImports(graph: ModuleGraph, workspaceRoot: string): string[] {
  const cameFrom = new Map<string, string | null>();
  const queue = [...graph.entries];
  for (const id of queue) cameFrom.set(id, null);
  const chains: string[] = [];
  for (let index = 0; index < queue.length; index++) {
    const id = queue[index]!;
    const reason = nodeOnlyReason(id);
    if (reason) {
      const chain = [id];
      for (let step = cameFrom.get(id); step; step = cameFrom.get(step)) chain.unshift(step);
      chains.push(`${reason}, imported through ${chain.map((part) => part.replace(workspaceRoot, "")).join(" → ")}`);
      continue;
    }
    for (const next of graph.importedIds(id)) {
      const name = packageOf(next);
      if (cameFrom.has(next) || (name !== null && FRAMEWORK_PACKAGES.test(name))) continue;
      cameFrom.set(next, id);
      queue.push(next);
    }
  }
  return chains;
}
