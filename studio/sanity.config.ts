import { visionTool } from "@sanity/vision";
import { defineConfig } from "sanity";
import { presentationTool } from "sanity/presentation";
import { structureTool } from "sanity/structure";
import { apiHost, dataset, previewUrl, projectId, signoffUrl } from "./src/project.ts";
import { OpenPreviewAction } from "./src/preview/openPreviewAction.ts";
import { previewLocations } from "./src/preview/previewLocations.ts";
import { schemaTypes } from "./src/schemaTypes/index.ts";
import { REVIEWED_TYPES, SANITY_API_VERSION } from "@patient-ed/content";
import { isSingleton, singletonActions, withoutSingletonTemplates } from "./src/settings/singleton.ts";
import { publishWithSignoffCheck } from "./src/review/publishWithSignoffCheck.ts";
import { ReviewBadge } from "./src/review/reviewBadge.ts";
import { SignoffBadge } from "./src/review/signoffBadge.ts";
import { SignOffAction } from "./src/review/signOffAction.tsx";
import { structure } from "./src/structure/index.ts";

const reviewed: ReadonlySet<string> = new Set(REVIEWED_TYPES);

export default defineConfig({
  name: "default",
  title: "Patient education",
  projectId,
  dataset,
  ...(apiHost && { apiHost }),
  // Token login: another API host has no sanity.io login page to send editors to, and the sign-off relay needs the
  // reviewer's own session token (a cookie session cannot be handed to it).
  ...((apiHost || signoffUrl) && { auth: { loginMethod: "token" as const } }),
  plugins: [
    structureTool({ structure }),
    // The draft preview: pages as patients will see them, drafts included, from the preview server.
    presentationTool({
      // No share links: the preview is for people signed in to the Studio.
      previewUrl: { initial: previewUrl, previewMode: { enable: "/api/draft-mode/enable", shareAccess: false } },
      resolve: { locations: previewLocations },
    }),
    visionTool({ defaultApiVersion: SANITY_API_VERSION }),
  ],
  schema: {
    types: schemaTypes,
    templates: (templates) => templates.filter((template) => !isSingleton(template.schemaType)),
  },
  document: {
    newDocumentOptions: (items) => withoutSingletonTemplates(items),
    actions: (actions, context) =>
      reviewed.has(context.schemaType)
        ? [
            ...actions.map((action) => (action.action === "publish" ? publishWithSignoffCheck(action) : action)),
            SignOffAction,
            OpenPreviewAction,
          ]
        : singletonActions(actions, context.schemaType),
    badges: (badges, context) => (reviewed.has(context.schemaType) ? [...badges, ReviewBadge, SignoffBadge] : badges),
  },
});
