import { defineCliConfig } from "sanity/cli";
import { dataset, projectId } from "./src/project.ts";

export default defineCliConfig({
  api: { projectId, dataset },
  typegen: {
    path: "../packages/content/src/**/*.ts",
    schema: "../packages/content/generated/schema.json",
    generates: "../packages/content/generated/sanity.types.ts",
  },
});
