import { LinkIcon } from "@sanity/icons/Link";
import { defineField, defineType } from "sanity";

/** Schemes a patient's browser can follow safely: no javascript:, data: or http:. */
export const ALLOWED_LINK_SCHEMES = ["https", "mailto", "tel"];

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
      validation: (rule) => rule.required().uri({ scheme: ALLOWED_LINK_SCHEMES, allowRelative: false }).error(),
    }),
  ],
});
