import { article } from "./documents/article.ts";
import { faq } from "./documents/faq.ts";
import { page } from "./documents/page.ts";
import { person } from "./documents/person.ts";
import { callout } from "./objects/callout.ts";
import { clinicalSignoff } from "./objects/clinicalSignoff.ts";
import { externalLink } from "./objects/externalLink.ts";
import { helpContact } from "./objects/helpContact.ts";
import { internalLink } from "./objects/internalLink.ts";
import { richText } from "./objects/richText.ts";
import { source } from "./objects/source.ts";
import { siteSettings } from "./singletons/siteSettings.ts";

export const schemaTypes = [
  article,
  faq,
  person,
  page,
  siteSettings,
  richText,
  callout,
  clinicalSignoff,
  externalLink,
  helpContact,
  internalLink,
  source,
];
