import { isCalendarDate } from "../calendar/calendarDate.ts";
import {
  DOI_PATTERN,
  hasScheme,
  imageNeedsAlt,
  imageNeedsFile,
  isReservedSlug,
  PMID_PATTERN,
  reservedSlugRule,
  schemeRule,
  SLUG_MAX_LENGTH,
  SLUG_PATTERN,
  SLUG_RULE,
  SOURCE_IDENTIFIER_RULE,
  SOURCE_YEAR_RANGE,
  WEB_SCHEMES,
} from "../rules.ts";
import { z } from "zod";

/** "Required" when a value is missing or null, otherwise `message`. */
export function requiredOr(message: string) {
  return (issue: { input: unknown }) => (issue.input === undefined || issue.input === null ? "Required" : message);
}

/**
 * A character that shows on the page: not whitespace, not a control character
 * and not a default-ignorable one (zero-width spaces and joiners, bidi marks,
 * the byte-order mark, soft hyphens, Hangul fillers), which render as nothing.
 */
const VISIBLE_CHARACTER = /[^\p{White_Space}\p{Cc}\p{Default_Ignorable_Code_Point}]/u;

/** Non-empty text: whitespace or invisible characters alone do not count as a disclaimer. */
export const requiredText = z
  .string({ error: requiredOr("Must be text") })
  .refine((value) => VISIBLE_CHARACTER.test(value), "Required");

/** Required text of at most `max` characters, as the Studio limits it. */
export function textAtMost(max: number) {
  return requiredText.refine((value) => value.length <= max, `Must be at most ${max} characters`);
}

export const slug = z
  .string({ error: requiredOr("Must be text") })
  .regex(SLUG_PATTERN, SLUG_RULE)
  .max(SLUG_MAX_LENGTH, `Must be at most ${SLUG_MAX_LENGTH} characters`);

/** A document's own slug: also not one the site's routes use beside its pages (rules.ts, RESERVED_SLUGS). */
export function ownSlug(type: "page" | "article" | "faq" | "person") {
  return slug.check((context) => {
    if (isReservedSlug(type, context.value))
      context.issues.push({ code: "custom", input: context.value, message: reservedSlugRule(context.value) });
  });
}

/** A URL with one of these schemes, as the Studio's url fields allow (rules.ts, hasScheme). */
export function urlWith(schemes: readonly string[]) {
  return z
    .string({ error: requiredOr("Must be text") })
    .refine((value) => hasScheme(value, schemes), schemeRule(schemes));
}

/** Values in a list of references, each once, as the Studio's unique() rule requires. */
export function uniqueIds(what: string) {
  return z
    .array(z.string())
    .refine((ids) => new Set(ids).size === ids.length, `Must not list the same ${what} twice`)
    .nullable();
}

export const calendarDate = z
  .string({ error: requiredOr("Must be a date (YYYY-MM-DD)") })
  .refine(isCalendarDate, "Must be a real date (YYYY-MM-DD)");

/** A cited source, with at least one of url, doi, pmid to find it by. */
export const source = z
  .object({
    _key: z.string(),
    _type: z.literal("source"),
    title: requiredText,
    publisher: z.string().optional(),
    year: z
      .number()
      .int("Must be a whole number")
      .min(SOURCE_YEAR_RANGE.min, `Must be ${SOURCE_YEAR_RANGE.min} or later`)
      .max(SOURCE_YEAR_RANGE.max, `Must be ${SOURCE_YEAR_RANGE.max} or earlier`)
      .optional(),
    url: urlWith(WEB_SCHEMES).optional(),
    doi: z.string().regex(DOI_PATTERN, "A DOI starts with 10. and has no spaces").optional(),
    pmid: z.string().regex(PMID_PATTERN, "A PubMed ID is digits only").optional(),
  })
  .refine((value) => Boolean(value.url || value.doi || value.pmid), SOURCE_IDENTIFIER_RULE);

/** A reference to another document, as stored. */
export const reference = z.object({ _ref: z.string(), _type: z.literal("reference"), _weak: z.boolean().optional() });

const fraction = z.number().min(0).max(1);

/** The editor's hotspot (the part of the image that matters) and crop, both in fractions of the image. */
const hotspot = z.object({
  _type: z.literal("sanity.imageHotspot"),
  x: fraction.optional(),
  y: fraction.optional(),
  width: fraction.optional(),
  height: fraction.optional(),
});
const crop = z.object({
  _type: z.literal("sanity.imageCrop"),
  top: fraction.optional(),
  bottom: fraction.optional(),
  left: fraction.optional(),
  right: fraction.optional(),
});

/** The parts of an image every image field shares: the uploaded asset, and the editor's crop and hotspot. */
function imageParts(what: string) {
  return {
    _type: z.literal("image"),
    asset: z.object(reference.shape, {
      error: (issue: { input: unknown }) =>
        issue.input == null ? imageNeedsFile(what) : "Must be a reference to an image file",
    }),
    hotspot: hotspot.optional(),
    crop: crop.optional(),
  };
}

const hasVisibleText = (value: unknown) => typeof value === "string" && VISIBLE_CHARACTER.test(value);

/**
 * An image as the Studio stores it, with alternative text, which the Studio requires (patients may not see the
 * image): a person's photo.
 */
export function sanityImage(what: string) {
  return z.object(
    {
      ...imageParts(what),
      alt: z.string({ error: imageNeedsAlt(what) }).refine(hasVisibleText, imageNeedsAlt(what)),
    },
    { error: `Must be an image` },
  );
}

/**
 * An image in an article, with what an editor may say about it: a caption, and a credit for whose it is. Its
 * alternative text is required unless the editor marked it decorative (it adds nothing the text does not say),
 * which patients' screen readers then skip. `extra`: fields of the place it is in (a body block's `_key`).
 */
export function figureImage<Extra extends z.ZodRawShape = Record<never, never>>(what: string, extra?: Extra) {
  return z
    .object(
      {
        ...imageParts(what),
        alt: z.string().optional(),
        decorative: z.boolean().optional(),
        caption: z.string().optional(),
        credit: z.string().optional(),
        ...(extra ?? ({} as Extra)),
      },
      { error: `Must be an image` },
    )
    .check((context) => {
      const { alt, decorative } = context.value as { alt?: string; decorative?: boolean };
      if (decorative !== true && !hasVisibleText(alt))
        context.issues.push({ code: "custom", input: alt, path: ["alt"], message: imageNeedsAlt(what) });
    });
}

/** A referenced person as pages show them: a missing reference arrives as null. */
export const personSummary = z.object(
  {
    _id: z.string(),
    name: requiredText,
    slug,
    credentials: z.string().nullable(),
  },
  { error: requiredOr("Must be a person") },
);

export const reviewedPerson = personSummary.extend({
  credentials: requiredText,
  // Shown beside "Medically reviewed by" when a Sanity project serves it.
  photo: sanityImage("A photo").nullable(),
});
