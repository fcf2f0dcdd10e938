import { visionTool } from "@sanity/vision";
import { defineConfig } from "sanity";
import { structureTool } from "sanity/structure";
import { apiHost, dataset, projectId } from "./src/project.ts";
import { schemaTypes } from "./src/schemaTypes/index.ts";
import { singletonActions, SINGLETON_TYPES, withoutSingletonTemplates } from "./src/singleton.ts";
import { MarkAsReviewedAction } from "./src/review/markAsReviewedAction.ts";
import { ReviewBadge } from "./src/review/reviewBadge.ts";
import { structure } from "./src/structure/index.ts";

/** Documents with a clinical review cycle. */
const REVIEWED_TYPES = new Set(["article", "faq"]);

export default defineConfig({
  name: "default",
  title: "Patient education",
  projectId,
  dataset,
  // Another API host has no sanity.io login page to send editors to: they sign in with a token.
  ...(apiHost && { apiHost, auth: { loginMethod: "token" as const } }),
  plugins: [structureTool({ structure }), visionTool({ defaultApiVersion: "2025-02-19" })],
  schema: {
    types: schemaTypes,
    templates: (templates) => templates.filter((template) => !SINGLETON_TYPES.has(template.schemaType)),
  },
  document: {
    newDocumentOptions: (items) => withoutSingletonTemplates(items),
    actions: (actions, context) =>
      REVIEWED_TYPES.has(context.schemaType)
        ? [...actions, MarkAsReviewedAction]
        : singletonActions(actions, context.schemaType),
    badges: (badges, context) => (REVIEWED_TYPES.has(context.schemaType) ? [...badges, ReviewBadge] : badges),
  },
});
