import { DOCUMENT_PATHS } from "@patient-ed/content";
import { defineLocations, type DocumentLocationResolvers } from "sanity/presentation";

/** Where the Presentation tool finds each article and FAQ entry on the site, and the list it appears in. */
export const previewLocations: DocumentLocationResolvers = {
  article: defineLocations({
    select: { title: "title", slug: "slug.current" },
    resolve: (doc) => ({
      locations: doc?.slug
        ? [
            { title: doc.title || "Untitled article", href: DOCUMENT_PATHS.article(doc.slug) },
            { title: "Articles", href: "/articles/" },
          ]
        : [],
    }),
  }),
  faq: defineLocations({
    select: { title: "question", slug: "slug.current" },
    resolve: (doc) => ({
      locations: doc?.slug
        ? [
            { title: doc.title || "Untitled question", href: DOCUMENT_PATHS.faq(doc.slug) },
            { title: "Questions", href: "/faq/" },
          ]
        : [],
    }),
  }),
};
