import { defineQuery } from "groq";

/*
 * Every query the project runs, in one place. `signedContent` is each page's signed fields as stored
 * (SIGNED_FIELDS in signoff/signedFields.ts; a test keeps the two lists equal), for its content fingerprint. Rich text is fetched as stored:
 * internal links are resolved by the renderer from the set of pages actually
 * built, so a link to a page left out of the site can never dangle.
 */

/** The site settings singleton; `$settingsId` is SITE_SETTINGS_ID (rules.ts). */
export const siteSettingsQuery = defineQuery(`*[_id == $settingsId][0]{
  siteName,
  publisher,
  contact,
  urgentHelp[]{label, number, kind},
  urgentHelpNote,
  defaultDisclaimer,
  reviewIntervalMonths,
  maxReviewIntervalMonths,
  timeZone,
  readingGradeTarget
}`);

/**
 * Articles in title order, a slice at a time: $from (inclusive) to $to
 * (exclusive). The slice comes before the projection so a slice costs only
 * its own documents, and _id breaks ties so that, over a dataset that does
 * not change between queries (a file, or the build's Content Lake mirror),
 * slices never overlap or skip. Against the live Content Lake, a publish
 * between two slices could shift them: read through the mirror.
 */
export const articlesQuery = defineQuery(`*[_type == "article"] | order(title asc, _id asc) [$from...$to] {
  _id,
  _type,
  _updatedAt,
  title,
  "slug": slug.current,
  summary,
  leadImage,
  body,
  "faqIds": faqs[]._ref,
  "author": author->{_id, name, "slug": slug.current, credentials},
  "reviewer": reviewer->{_id, name, "slug": slug.current, credentials, photo},
  references,
  disclaimer,
  lastReviewed,
  nextReviewDue,
  topics,
  "signedContent": {title, summary, leadImage, body, faqs, author, references, disclaimer},
  clinicalSignoff,
  "reviewHistory": reviewHistory[]{..., "reviewerName": reviewer->name, "reviewerCredentials": reviewer->credentials}
}`);

/** FAQ entries in question order, a slice at a time, as articlesQuery. */
export const faqsQuery = defineQuery(`*[_type == "faq"] | order(question asc, _id asc) [$from...$to] {
  _id,
  _type,
  _updatedAt,
  question,
  "slug": slug.current,
  answer,
  "relatedArticleIds": relatedArticles[]._ref,
  "reviewer": reviewer->{_id, name, "slug": slug.current, credentials, photo},
  references,
  disclaimer,
  lastReviewed,
  nextReviewDue,
  "signedContent": {question, answer, relatedArticles, references, disclaimer},
  clinicalSignoff,
  "reviewHistory": reviewHistory[]{..., "reviewerName": reviewer->name, "reviewerCredentials": reviewer->credentials}
}`);

export const peopleQuery = defineQuery(`*[_type == "person"] | order(name asc) {
  _id,
  _type,
  _updatedAt,
  name,
  "slug": slug.current,
  credentials,
  role,
  bio,
  photo
}`);

export const pagesQuery = defineQuery(`*[_type == "page"] | order(title asc) {
  _id,
  _type,
  _updatedAt,
  title,
  "slug": slug.current,
  summary,
  body,
  footerLink
}`);

/**
 * The governance report reads documents as they are, valid or not: an
 * editor needs the report most when something is wrong. `signedContent`,
 * `reviewerId` and `clinicalSignoff` are what judgeSignoff needs, as in
 * articlesQuery and faqsQuery.
 */
export const governanceQuery = defineQuery(`*[_type in $types] | order(nextReviewDue asc) {
  _id,
  _type,
  "title": coalesce(title, question),
  "reviewer": reviewer->name,
  lastReviewed,
  nextReviewDue,
  "text": coalesce(body, answer),
  "referenceCount": count(coalesce(references, [])),
  "reviewerId": reviewer._ref,
  "signedContent": select(
    _type == "article" => {title, summary, leadImage, body, faqs, author, references, disclaimer},
    _type == "faq" => {question, answer, relatedArticles, references, disclaimer}
  ),
  clinicalSignoff
}`);

/* The Studio's own queries. */

/** What the Studio's rules, initial values and actions take from settings. */
export const studioSettingsQuery = defineQuery(`*[_id == $settingsId][0]{
  defaultDisclaimer,
  reviewIntervalMonths,
  maxReviewIntervalMonths,
  readingGradeTarget,
  timeZone
}`);

/**
 * Whether another document of the type, drafts included, already has the
 * slug: Sanity's own uniqueness query, which the Studio makes an error
 * (two pages at one address would overwrite each other).
 */
export const slugInUseQuery = defineQuery(
  `defined(*[_type == $type && !sanity::versionOf($published) && slug.current == $slug][0]._id)`,
);

/** A person's credentials, which a clinical reviewer must have ("Medically reviewed by <name>, <credentials>"). */
export const personCredentialsQuery = defineQuery(`*[_id == $id][0].credentials`);

/**
 * Each image's blurred placeholder, from its asset document (the Content Lake, and its mirror, hold them; a dataset
 * file's come from the export's assets.json instead).
 */
export const imagePlaceholdersQuery = defineQuery(
  `*[_type == "sanity.imageAsset" && defined(metadata.lqip)]{_id, "lqip": metadata.lqip}`,
);

/* Incremental sync from the Content Lake: whole documents of the types the site shows, and image assets. */

export const syncAllQuery = defineQuery(`*[_type in $types]`);

/**
 * _updatedAt has one-second precision, so documents saved in the cursor's own
 * second are fetched again unless the revision already mirrored is current.
 */
export const syncChangedQuery = defineQuery(
  `*[_type in $types && (_updatedAt > $cursor || (_updatedAt == $cursor && !(_rev in $revisionsAtCursor)))]`,
);

export const syncIdsQuery = defineQuery(`*[_type in $types]._id`);

/** Documents the id list names but the mirror lacks: fetched by id, whatever their save time. */
export const syncByIdsQuery = defineQuery(`*[_type in $types && _id in $ids]`);

/**
 * The draft preview: one article or FAQ entry by slug with the fields a patient reads, as stored, for showing a
 * draft that fails the contract (what is there, and what is missing) instead of an error page.
 */
export const draftBySlugQuery = defineQuery(`*[_type == $type && slug.current == $slug][0]{
  _id,
  _type,
  title,
  question,
  summary,
  body,
  answer,
  disclaimer
}`);

/**
 * The draft preview's change check, in the drafts perspective: how many documents there are (a deletion or a
 * publish changes it) and the id and revision of the most recently updated ones (every save gives its document a
 * new revision; `_updatedAt` alone has one-second steps, too coarse for two saves in a row). The preview re-reads
 * everything only when this answer changes.
 */
export const contentVersionQuery = defineQuery(`{
  "documents": count(*[!(_id in path("_.**"))]),
  "latest": *[!(_id in path("_.**"))] | order(_updatedAt desc, _id asc) [0...20] {_id, _rev}
}`);
