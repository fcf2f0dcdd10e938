// First: it maps the project variables every other command uses onto the Studio's own names.
import "./src/build/studioEnvironment.ts";
import { defineCliConfig } from "sanity/cli";
import { browserSafety } from "./src/build/browserSafety.ts";
import { dataset, projectId } from "./src/project.ts";

export default defineCliConfig({
  api: { projectId, dataset },
  // The freshness check (src/typegen/checkFresh.ts) generates into a folder of its own, so `pnpm check` never
  // writes the committed files and can run beside the tests.
  typegen: {
    path: "../packages/content/src/**/*.ts",
    schema: process.env.TYPEGEN_SCHEMA_FILE ?? "../packages/content/generated/schema.json",
    generates: process.env.TYPEGEN_TYPES_FILE ?? "../packages/content/generated/sanity.types.ts",
  },
  vite: (config) => ({ ...config, plugins: [...(config.plugins ?? []), browserSafety()] }),
});
