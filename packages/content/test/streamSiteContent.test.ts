import { describe, expect, it } from "vitest";
import {
  ContentError,
  createFileSource,
  streamSiteContent,
  type Article,
  type ContentSource,
  type Faq,
  type RawDocument,
} from "@patient-ed/content";
import { article, faq, reviewer, settings, without, withFields } from "@patient-ed/testing/fixtures";

/** Seven articles and seven FAQ entries, named so that title order differs from dataset order. */
function dataset(): RawDocument[] {
  const docs: RawDocument[] = [settings, reviewer];
  for (const n of [4, 1, 6, 0, 3, 5, 2]) {
    docs.push(
      withFields(article, {
        _id: `article-${n}`,
        title: `Article ${n}`,
        slug: { _type: "slug", current: `article-${n}` },
        faqs: [],
      }),
      withFields(faq, {
        _id: `faq-${n}`,
        question: `Question ${n}?`,
        slug: { _type: "slug", current: `question-${n}` },
        relatedArticles: [],
      }),
    );
  }
  return docs;
}

/** A source that records the queries it was asked, with their parameters. */
function recording(documents: RawDocument[]): ContentSource & { queries: string[] } {
  const source = createFileSource(documents, "test dataset");
  const queries: string[] = [];
  return {
    description: source.description,
    queries,
    fetch(query, params) {
      queries.push(`${query} ${JSON.stringify(params ?? {})}`);
      return source.fetch(query, params);
    },
  };
}

async function stream(documents: RawDocument[], sliceSize: number) {
  const source = recording(documents);
  const articles: Article[] = [];
  const faqs: Faq[] = [];
  let settingsSeen: unknown;
  const run = streamSiteContent(
    source,
    (validSettings) => {
      settingsSeen = validSettings;
      return { article: (doc) => articles.push(doc), faq: (doc) => faqs.push(doc) };
    },
    { sliceSize },
  );
  return { run, source, articles, faqs, settingsSeen: () => settingsSeen };
}

describe("reading content a slice at a time", () => {
  it("hands over every article and FAQ entry once, in the queries' order, in slices of the given size", async () => {
    const { run, source, articles, faqs, settingsSeen } = await stream(dataset(), 3);
    const frame = await run;
    expect(articles.map((doc) => doc.title)).toEqual([0, 1, 2, 3, 4, 5, 6].map((n) => `Article ${n}`));
    expect(faqs.map((doc) => doc.question)).toEqual([0, 1, 2, 3, 4, 5, 6].map((n) => `Question ${n}?`));
    // 7 documents in slices of 3: three queries each, the last one short.
    expect(source.queries.filter((query) => query.includes('_type == "article"'))).toHaveLength(3);
    expect(source.queries.at(-1)).toMatch(/{"from":6,"to":9}$/);
    expect(frame.settings.siteName).toBe("Test site");
    expect(settingsSeen()).toMatchObject({ siteName: "Test site" });
    expect(frame.people.map((person) => person._id)).toEqual(["person-reviewer"]);
  });

  it("asks once more when the last slice is exactly full", async () => {
    const docs = dataset().filter((doc) => doc._id !== "article-6");
    const { run, source, articles } = await stream(docs, 3);
    await run;
    expect(articles).toHaveLength(6);
    expect(source.queries.filter((query) => query.includes('_type == "article"'))).toHaveLength(3);
  });

  it("still reports every invalid document, in any slice, and duplicate slugs across slices", async () => {
    const docs = dataset().map((doc) =>
      doc._id === "article-6"
        ? without(doc, "disclaimer")
        : doc._id === "article-0"
          ? withFields(doc, { slug: { _type: "slug", current: "article-5" } })
          : doc,
    );
    const { run } = await stream(docs, 2);
    const error = await run.then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).issues).toEqual([
      { documentId: "article-6", documentType: "article", path: "disclaimer", rule: "Required" },
      {
        documentId: "article-5",
        documentType: "article",
        path: "slug",
        rule: 'Must be unique: "article-5" is also the slug of "article-0"',
      },
    ]);
  });

  it("starts the visitor with null when the settings are invalid, and then fails", async () => {
    const docs = dataset().map((doc) => (doc._id === "siteSettings" ? without(doc, "siteName") : doc));
    const { run, settingsSeen } = await stream(docs, 5);
    await expect(run).rejects.toThrow(ContentError);
    expect(settingsSeen()).toBeNull();
  });
});
