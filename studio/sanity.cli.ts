// First: it maps the project variables every other command uses onto the Studio's own names.
import "./src/build/studioEnvironment.ts";
import { defineCliConfig } from "sanity/cli";
import { browserSafety } from "./src/build/browserSafety.ts";
import { dataset, projectId } from "./src/project.ts";

export default defineCliConfig({
  api: { projectId, dataset },
  typegen: {
    path: "../packages/content/src/**/*.ts",
    schema: "../packages/content/generated/schema.json",
    generates: "../packages/content/generated/sanity.types.ts",
  },
  vite: (config) => ({ ...config, plugins: [...(config.plugins ?? []), browserSafety()] }),
});
