import { DISCLAIMER } from "./documents.ts";
import { ids, type DatasetPlan } from "./plan.ts";
import { block, keyCounter } from "./portableText.ts";
import { createRandom, hashSeed } from "./random.ts";
import { sentences, slugify } from "./text.ts";
import { AUTHOR_CREDENTIALS, FIRST_NAMES, LAST_NAMES, REVIEWER_CREDENTIALS } from "./vocabulary.ts";

/*
 * The documents a site has once, whatever its size: settings, people and the
 * standing pages linked from the footer.
 */

const STAMP = { _createdAt: "2025-01-06T09:00:00Z", _updatedAt: "2025-01-06T09:00:00Z" };

export function siteSettings() {
  return {
    _id: "siteSettings",
    _type: "siteSettings",
    ...STAMP,
    siteName: "Benchmark Health Guide",
    publisher: { name: "Benchmark Health Guide editorial team", url: "https://www.example.org" },
    contact: "editorial@example.org",
    urgentHelp: [
      { _key: "uk-999", _type: "helpContact", label: "Emergency (UK)", number: "999", kind: "call" },
      { _key: "uk-111", _type: "helpContact", label: "NHS 111 for urgent advice (UK)", number: "111", kind: "call" },
      { _key: "us-988", _type: "helpContact", label: "Suicide & Crisis Lifeline (US)", number: "988", kind: "call" },
    ],
    urgentHelpNote: "Anywhere else, call your local emergency number.",
    defaultDisclaimer: DISCLAIMER,
    reviewIntervalMonths: 12,
    maxReviewIntervalMonths: 24,
    timeZone: "UTC",
    readingGradeTarget: 8,
  };
}

export function person(plan: DatasetPlan, role: "reviewer" | "author", index: number) {
  const random = createRandom(hashSeed(plan.seed, role, index));
  const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
  const reviewer = role === "reviewer";
  return {
    _id: reviewer ? ids.reviewer(index) : ids.author(index),
    _type: "person",
    ...STAMP,
    name,
    // Names repeat across 50 people; the role and number keep each address unique.
    slug: { _type: "slug", current: `${slugify(name)}-${role}-${index}` },
    credentials: random.pick(reviewer ? REVIEWER_CREDENTIALS : AUTHOR_CREDENTIALS),
    role: reviewer ? "Clinical reviewer" : "Medical writer",
    bio: `${name.split(" ")[0]} has worked in patient care and health information for ${random.int(5, 25)} years. They have no ties to any company that sells the treatments described on this site.`,
  };
}

export function standingPage(plan: DatasetPlan, slug: "editorial-policy" | "accessibility") {
  const random = createRandom(hashSeed(plan.seed, "page", slug));
  const keys = keyCounter();
  const theme = { condition: "your health", treatment: "our information" };
  const title = slug === "editorial-policy" ? "Editorial policy" : "Accessibility statement";
  return {
    _id: `page-${slug}`,
    _type: "page",
    ...STAMP,
    title,
    slug: { _type: "slug", current: slug },
    summary:
      slug === "editorial-policy"
        ? "How we write, check and update our pages, who reviews them, and how we choose our sources."
        : "Our aim to meet WCAG 2.2 level AA, how we test our pages, and how to tell us about a problem.",
    footerLink: true,
    body: [
      block(keys, "normal", [sentences(theme, random, 3)]),
      block(keys, "h2", ["How we work"]),
      block(keys, "normal", [sentences(theme, random, 4)]),
      block(keys, "normal", ["Contact us: ", { text: "editorial@example.org", href: "mailto:editorial@example.org" }]),
    ],
  };
}
