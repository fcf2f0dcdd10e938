import {
  isReservedSlug,
  publishedIdOf,
  reservedSlugRule,
  SLUG_MAX_LENGTH,
  SLUG_PATTERN,
  SLUG_RULE,
  slugInUseQuery,
} from "@patient-ed/content";
import { defineField, type SlugValue, type ValidationContext } from "sanity";
import { STUDIO_CLIENT_OPTIONS } from "../../settings/studioSettings.ts";

/**
 * Sanity's built-in uniqueness check only warns; two pages at one address
 * would overwrite each other, so here it is an error. The query is the
 * built-in one: other documents of this type, drafts included.
 */
async function isSlugInUse(slug: string, context: ValidationContext): Promise<boolean> {
  const document = context.document;
  if (!document) return false;
  const published = publishedIdOf(document._id.replace(/^versions\.[^.]+\./, ""));
  const client = context.getClient(STUDIO_CLIENT_OPTIONS).withConfig({ perspective: "raw" });
  return client.fetch<boolean>(slugInUseQuery, { type: document._type, published, slug });
}

/** A URL slug: lower-case words joined by hyphens, unique within its type, and not one the site's routes use. */
export function slugField(source: string) {
  return defineField({
    name: "slug",
    title: "URL slug",
    type: "slug",
    group: "content",
    description:
      "The last part of the page address. Lower-case letters, numbers and hyphens. Changing it after publishing breaks links to the page.",
    // The rule below replaces the built-in uniqueness warning with an error.
    options: { source, maxLength: SLUG_MAX_LENGTH, isUnique: () => true },
    validation: (rule) =>
      rule.required().custom(async (value: SlugValue | undefined, context) => {
        if (!value?.current) return "A slug is required";
        if (!SLUG_PATTERN.test(value.current)) return SLUG_RULE;
        if (value.current.length > SLUG_MAX_LENGTH) return `Use at most ${SLUG_MAX_LENGTH} characters`;
        if (context.document && isReservedSlug(context.document._type, value.current))
          return reservedSlugRule(value.current);
        return (await isSlugInUse(value.current, context)) ? `The slug "${value.current}" is already in use` : true;
      }),
  });
}
