import { describe, expect, it } from "vitest";
import { findNodeOnlyImports, type ModuleGraph } from "../src/build/nodeOnlyImports.ts";

const ROOT = "/repo";
const pnpm = (name: string, file: string) =>
  `${ROOT}/node_modules/.pnpm/${name.replace("/", "+")}@1.0.0/node_modules/${name}/${file}`;

/** A bundle graph: each module and what it imports. */
function graph(entries: string[], edges: Record<string, string[]>): ModuleGraph {
  return { entries, importedIds: (id) => edges[id] ?? [] };
}

const entry = `${ROOT}/studio/.sanity/runtime/app.js`;
const config = `${ROOT}/studio/sanity.config.ts`;
const rule = `${ROOT}/studio/src/review/readabilityRule.ts`;

describe("the Studio bundle's check for Node-only code", () => {
  it("accepts browser-safe code, and Node built-ins that only the Studio framework reaches", () => {
    const sanity = pnpm("sanity", "lib/index.js");
    const inspect = pnpm("object-inspect", "index.js");
    const bundle = graph([entry], {
      [entry]: [config, sanity],
      [config]: [rule],
      [rule]: [`${ROOT}/packages/content/src/index.ts`, pnpm("syllable", "index.js")],
      [sanity]: [inspect],
      [inspect]: ["__vite-browser-external:util"],
    });
    expect(findNodeOnlyImports(bundle, ROOT)).toEqual([]);
  });

  it("names the chain to a Node built-in reached through a dependency of ours (tar, as it once crashed the Studio)", () => {
    const content = `${ROOT}/packages/content/src/index.ts`;
    const tar = pnpm("tar", "dist/esm/index.min.js");
    const bundle = graph([entry], {
      [entry]: [config],
      [config]: [rule],
      [rule]: [content],
      [content]: [tar],
      [tar]: ["__vite-browser-external:events"],
    });
    const [chain, ...others] = findNodeOnlyImports(bundle, ROOT);
    expect(others).toEqual([]);
    expect(chain).toContain("a Node built-in (__vite-browser-external:events)");
    expect(chain).toContain("/studio/src/review/readabilityRule.ts → /packages/content/src/index.ts → /node_modules/");
  });

  it("refuses a workspace package's Node entry and Node built-ins imported by our own code", () => {
    const bundle = graph([entry], {
      [entry]: [config],
      [config]: [rule, "node:fs"],
      [rule]: [`${ROOT}/packages/content/src/node.ts`],
    });
    const chains = findNodeOnlyImports(bundle, ROOT);
    expect(chains).toHaveLength(2);
    expect(chains.join("\n")).toContain('the Node built-in "node:fs"');
    expect(chains.join("\n")).toContain("Node-only workspace code (/repo/packages/content/src/node.ts)");
  });
});
