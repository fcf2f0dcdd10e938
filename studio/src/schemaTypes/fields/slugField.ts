import { defineField, type SlugValue, type ValidationContext } from "sanity";
import { SETTINGS_API_VERSION } from "../../settings.ts";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Sanity's built-in uniqueness check only warns; two pages at one address
 * would overwrite each other, so here it is an error. The query is the
 * built-in one: other documents of this type, drafts included.
 */
async function isUniqueSlug(slug: string, context: ValidationContext): Promise<boolean> {
  const document = context.document;
  if (!document) return true;
  const publishedId = document._id.replace(/^drafts\./, "").replace(/^versions\.[^.]+\./, "");
  const client = context.getClient({ apiVersion: SETTINGS_API_VERSION }).withConfig({ perspective: "raw" });
  return client.fetch<boolean>(
    `!defined(*[_type == $type && !sanity::versionOf($published) && slug.current == $slug][0]._id)`,
    { type: document._type, published: publishedId, slug },
  );
}

/** A URL slug: lower-case words joined by hyphens, unique within its type. */
export function slugField(source: string) {
  return defineField({
    name: "slug",
    title: "URL slug",
    type: "slug",
    group: "content",
    description:
      "The last part of the page address. Lower-case letters, numbers and hyphens. Changing it after publishing breaks links to the page.",
    // The rule below replaces the built-in uniqueness warning with an error.
    options: { source, maxLength: 96, isUnique: () => true },
    validation: (rule) =>
      rule.required().custom(async (value: SlugValue | undefined, context) => {
        if (!value?.current) return "A slug is required";
        if (!SLUG.test(value.current)) return "Use lower-case letters, numbers and single hyphens only";
        return (await isUniqueSlug(value.current, context)) ? true : `The slug "${value.current}" is already in use`;
      }),
  });
}
