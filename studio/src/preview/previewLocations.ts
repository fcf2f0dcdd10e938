import { defineLocations, type DocumentLocationResolvers } from "sanity/presentation";
import { previewListPath, previewPathOf, type PreviewedType } from "./previewPaths.ts";

const LIST_TITLES: Record<PreviewedType, string> = { article: "Articles", faq: "Questions" };
const UNTITLED: Record<PreviewedType, string> = { article: "Untitled article", faq: "Untitled question" };

function locationsFor(type: PreviewedType, titleField: string) {
  return defineLocations({
    select: { title: titleField, slug: "slug.current" },
    resolve: (doc) => {
      const href = previewPathOf(type, doc?.slug);
      return {
        locations: href
          ? [
              { title: doc?.title || UNTITLED[type], href },
              { title: LIST_TITLES[type], href: previewListPath(type) },
            ]
          : [],
      };
    },
  });
}

/** Where the Presentation tool finds each article and FAQ entry on the site, and the list it appears in. */
export const previewLocations: DocumentLocationResolvers = {
  article: locationsFor("article", "title"),
  faq: locationsFor("faq", "question"),
};
