import type { Article, Faq, Person, SiteSettings } from "@patient-ed/content";
import type { Reviewed } from "@patient-ed/content/node";
import { sourceLinks } from "./sourceLinks.ts";
import { urls } from "./urls.ts";

function personLd(person: { name: string; slug: string; credentials: string | null }, site: URL) {
  return {
    "@type": "Person",
    name: person.name,
    url: new URL(urls.person(person.slug), site).href,
    ...(person.credentials && { hasCredential: person.credentials, jobTitle: person.credentials }),
  };
}

function publisherLd(settings: SiteSettings) {
  return { "@type": "Organization", name: settings.publisher.name, url: settings.publisher.url };
}

/**
 * schema.org MedicalWebPage for an article: who reviewed it, when, and on what evidence. Only content its reviewer
 * signed off claims a review (lastReviewed, reviewedBy).
 */
export function medicalWebPageLd(article: Reviewed<Article>, settings: SiteSettings, site: URL) {
  const signedOff = article.signoffStatus === "signed-off";
  return {
    "@context": "https://schema.org",
    "@type": "MedicalWebPage",
    name: article.title,
    headline: article.title,
    description: article.summary,
    url: new URL(urls.article(article.slug), site).href,
    inLanguage: "en-GB",
    about: (article.topics?.length ? article.topics : [article.title]).map((name) => ({ "@type": "Thing", name })),
    ...(signedOff && { lastReviewed: article.lastReviewed }),
    dateModified: article._updatedAt,
    ...(signedOff && { reviewedBy: personLd(article.reviewer, site) }),
    ...(article.author && { author: personLd(article.author, site) }),
    medicalAudience: { "@type": "MedicalAudience", audienceType: "Patient" },
    publisher: publisherLd(settings),
    citation: (article.references ?? []).map((source) => ({
      "@type": "CreativeWork",
      name: source.title,
      ...(source.publisher && { publisher: source.publisher }),
      ...(source.year && { datePublished: String(source.year) }),
      ...(sourceLinks(source)[0] && { url: sourceLinks(source)[0]?.href }),
    })),
  };
}

/** schema.org FAQPage for one page of the FAQ index, at `pageUrl`. */
export function faqPageLd(faqs: Pick<Faq, "_id" | "question" | "slug">[], answers: Map<string, string>, pageUrl: URL) {
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    url: pageUrl.href,
    mainEntity: faqs.map((faq) => ({
      "@type": "Question",
      name: faq.question,
      url: new URL(urls.faq(faq.slug), pageUrl).href,
      acceptedAnswer: { "@type": "Answer", text: answers.get(faq._id) ?? "" },
    })),
  };
}

/** schema.org ProfilePage for a person. */
export function profilePageLd(person: Person, site: URL) {
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    mainEntity: personLd(person, site),
  };
}
