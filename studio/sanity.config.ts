import { visionTool } from "@sanity/vision";
import { defineConfig } from "sanity";
import { structureTool } from "sanity/structure";
import { dataset, projectId } from "./src/project.ts";
import { schemaTypes } from "./src/schemaTypes/index.ts";
import { singletonActions, SINGLETON_TYPES, withoutSingletonTemplates } from "./src/singleton.ts";
import { structure } from "./src/structure/index.ts";

export default defineConfig({
  name: "default",
  title: "Patient education",
  projectId,
  dataset,
  plugins: [structureTool({ structure }), visionTool({ defaultApiVersion: "2025-02-19" })],
  schema: {
    types: schemaTypes,
    templates: (templates) => templates.filter((template) => !SINGLETON_TYPES.has(template.schemaType)),
  },
  document: {
    newDocumentOptions: (items) => withoutSingletonTemplates(items),
    actions: (actions, context) => singletonActions(actions, context.schemaType),
  },
});
