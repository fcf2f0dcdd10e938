import { LinkIcon } from "@sanity/icons/Link";
import { hasScheme, LINK_SCHEMES, schemeRule } from "@patient-ed/content";
import { defineField, defineType } from "sanity";

export const externalLink = defineType({
  name: "link",
  title: "External link",
  type: "object",
  icon: LinkIcon,
  fields: [
    defineField({
      name: "href",
      title: "URL",
      type: "url",
      description: "A web address starting with https://, or a mailto: or tel: link. Plain http:// is not allowed.",
      validation: (rule) =>
        rule
          .required()
          .uri({ scheme: [...LINK_SCHEMES], allowRelative: false })
          .custom((value?: string) =>
            value === undefined || hasScheme(value, LINK_SCHEMES) ? true : schemeRule(LINK_SCHEMES),
          )
          .error(),
    }),
  ],
});
