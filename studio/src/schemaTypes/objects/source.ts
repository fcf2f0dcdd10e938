import { BookIcon } from "@sanity/icons/Book";
import {
  DOI_PATTERN,
  hasScheme,
  PMID_PATTERN,
  schemeRule,
  SOURCE_IDENTIFIER_RULE,
  SOURCE_YEAR_RANGE,
  WEB_SCHEMES,
} from "@patient-ed/content";
import { defineField, defineType } from "sanity";

interface SourceIdentifiers {
  url?: string;
  doi?: string;
  pmid?: string;
}

export const source = defineType({
  name: "source",
  title: "Source",
  type: "object",
  icon: BookIcon,
  description: "A published source that supports a claim on the page. Give at least one of URL, DOI or PubMed ID.",
  fields: [
    defineField({
      name: "title",
      title: "Title",
      type: "string",
      description: "The title of the paper, guideline or page, as published.",
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: "publisher",
      title: "Publisher or journal",
      type: "string",
      description: "For example 'The Lancet' or 'National Institute for Health and Care Excellence'.",
    }),
    defineField({
      name: "year",
      title: "Year",
      type: "number",
      validation: (rule) => rule.integer().min(SOURCE_YEAR_RANGE.min).max(SOURCE_YEAR_RANGE.max),
    }),
    defineField({
      name: "url",
      title: "URL",
      type: "url",
      validation: (rule) =>
        rule
          .uri({ scheme: [...WEB_SCHEMES] })
          .custom((value?: string) =>
            value === undefined || hasScheme(value, WEB_SCHEMES) ? true : schemeRule(WEB_SCHEMES),
          ),
    }),
    defineField({
      name: "doi",
      title: "DOI",
      type: "string",
      description: "The DOI alone, for example 10.1176/appi.ajp.2018.17060720 (not the https://doi.org/ link).",
      validation: (rule) =>
        rule.custom((value?: string) =>
          value === undefined || DOI_PATTERN.test(value) ? true : "A DOI starts with 10. and has no spaces",
        ),
    }),
    defineField({
      name: "pmid",
      title: "PubMed ID",
      type: "string",
      description: "The PubMed identifier (digits only).",
      validation: (rule) =>
        rule.custom((value?: string) =>
          value === undefined || PMID_PATTERN.test(value) ? true : "A PubMed ID is digits only",
        ),
    }),
  ],
  validation: (rule) =>
    rule.custom((value?: SourceIdentifiers) => {
      if (!value) return true;
      return value.url || value.doi || value.pmid ? true : SOURCE_IDENTIFIER_RULE;
    }),
  preview: {
    select: { title: "title", publisher: "publisher", year: "year" },
    prepare: ({ title, publisher, year }: { title?: string; publisher?: string; year?: number }) => ({
      title: title ?? "Untitled source",
      subtitle: [publisher, year].filter(Boolean).join(", "),
    }),
  },
});
