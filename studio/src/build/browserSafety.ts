import { resolve } from "node:path";
import type { Plugin } from "vite";
import { findNodeOnlyImports } from "./nodeOnlyImports.ts";

const workspaceRoot = resolve(import.meta.dirname, "../../..");

/**
 * Fails `sanity build` when the Studio bundle would carry Node-only code:
 * Vite would replace each Node built-in with an empty stub and the Studio
 * would crash in the browser, after a build that looked fine.
 */
export function browserSafety(): Plugin {
  return {
    name: "patient-ed:browser-safety",
    apply: "build",
    buildEnd(error) {
      if (error) return;
      const ids = [...this.getModuleIds()];
      const chains = findNodeOnlyImports(
        {
          entries: ids.filter((id) => this.getModuleInfo(id)?.isEntry),
          importedIds: (id) => this.getModuleInfo(id)?.importedIds ?? [],
        },
        workspaceRoot,
      );
      if (chains.length > 0)
        this.error(
          `The Studio bundle imports code that only runs in Node:\n${chains.map((c) => `  - ${c}`).join("\n")}`,
        );
    },
  };
}
