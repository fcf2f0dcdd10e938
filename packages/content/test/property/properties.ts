import assert from "node:assert/strict";
import fc from "fast-check";
import {
  ContentError,
  DatasetFileError,
  formatIssue,
  parseNdjson,
  type Article,
  type Faq,
  type RawDocument,
} from "@patient-ed/content";
import { toNdjson } from "@patient-ed/testing/fixtures";
import { runParameters, type RunOptions } from "@patient-ed/testing/property";
import { indexDocuments } from "@patient-ed/testing/site-index";
import {
  breakage,
  breakDataset,
  ndjsonText,
  validDataset,
  type GeneratedDataset,
} from "@patient-ed/testing/arbitraries";

/*
 * The content contract's properties, run by the vitest suite (a few hundred
 * cases each, or what `pnpm fuzz` asks for). Assertions use node:assert so
 * a failure names the case plainly.
 */

export type { RunOptions };

const DESCRIPTION = "generated dataset";

/** The site index of the documents, as the build makes it, with every document read back from its store. */
async function load(documents: readonly RawDocument[]) {
  const { index, store, dispose } = await indexDocuments(documents, { description: DESCRIPTION });
  const articles = index.articles.map((card) => store.read<Article>(card._id));
  const faqs = index.faqs.map((card) => store.read<Faq>(card._id));
  dispose();
  return { ...index, articles, faqs };
}

/** What loading threw, or undefined when it did not throw. */
async function loadFailure(documents: readonly RawDocument[]): Promise<unknown> {
  try {
    await load(documents);
  } catch (error) {
    return error;
  }
  return undefined;
}

function describeThrown(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error);
}

const referenceId = (value: unknown): unknown =>
  typeof value === "object" && value !== null && "_ref" in value ? value._ref : undefined;
const slugOf = (value: unknown): unknown =>
  typeof value === "object" && value !== null && "current" in value ? value.current : undefined;

/** A path's first segment: `body[2].children[0]` and `body` both give `body`. */
export function firstSegment(path: string): string {
  return path.split(/[.[]/)[0] ?? "";
}

function assertReviewer(
  loaded: { _id: string; name: string; slug: string; credentials: string },
  raw: RawDocument,
  dataset: GeneratedDataset,
): void {
  const person = dataset.people.find((candidate) => candidate._id === referenceId(raw.reviewer));
  assert.ok(person, `the generator gave ${raw._id} a reviewer that exists`);
  assert.equal(loaded._id, person._id);
  assert.equal(loaded.name, person.name);
  assert.equal(loaded.slug, slugOf(person.slug));
  assert.equal(loaded.credentials, person.credentials);
}

/**
 * (a) Every valid dataset loads, and every article and FAQ entry comes back
 * with its disclaimer, reviewer and review dates exactly as written. The
 * dataset also survives a round trip through the NDJSON export format.
 */
export async function validDatasetsLoad(options: RunOptions): Promise<void> {
  await fc.assert(
    fc.asyncProperty(validDataset(), async (dataset) => {
      const content = await load(dataset.documents);
      assert.equal(content.articles.length, dataset.articles.length);
      assert.equal(content.faqs.length, dataset.faqs.length);
      assert.equal(content.people.length, dataset.people.length);
      assert.equal(content.settings.defaultDisclaimer, dataset.settings.defaultDisclaimer);
      for (const raw of dataset.articles) {
        const article = content.articles.find((candidate) => candidate._id === raw._id);
        assert.ok(article, `article ${raw._id} loaded`);
        assert.equal(article.title, raw.title);
        assert.equal(article.slug, slugOf(raw.slug));
        assert.equal(article.disclaimer, raw.disclaimer);
        assert.equal(article.lastReviewed, raw.lastReviewed);
        assert.equal(article.nextReviewDue, raw.nextReviewDue);
        assert.deepEqual(article.body, raw.body);
        assertReviewer(article.reviewer, raw, dataset);
      }
      for (const raw of dataset.faqs) {
        const faq = content.faqs.find((candidate) => candidate._id === raw._id);
        assert.ok(faq, `FAQ ${raw._id} loaded`);
        assert.equal(faq.question, raw.question);
        assert.equal(faq.disclaimer, raw.disclaimer);
        assert.equal(faq.lastReviewed, raw.lastReviewed);
        assert.equal(faq.nextReviewDue, raw.nextReviewDue);
        assert.deepEqual(faq.answer, raw.answer);
        assertReviewer(faq.reviewer, raw, dataset);
      }
      const reparsed = parseNdjson(toNdjson(dataset.documents), "generated.ndjson");
      assert.deepEqual(reparsed.documents, JSON.parse(JSON.stringify(dataset.documents)));
    }),
    runParameters(options),
  );
}

/**
 * (b) A dataset with exactly one broken document always fails with one
 * ContentError (never a TypeError, RangeError or anything else) whose issues
 * name that document and the broken field, in a message without a stack trace.
 */
export async function brokenDocumentsAreNamed(options: RunOptions): Promise<void> {
  await fc.assert(
    fc.asyncProperty(validDataset({ minArticles: 1, minFaqs: 1 }), breakage, async (dataset, broken) => {
      const { documents, id, type, field } = breakDataset(dataset, broken);
      const error = await loadFailure(documents);
      assert.notEqual(error, undefined, `loaded although ${type} "${id}" had ${field}: ${broken.what}`);
      assert.ok(error instanceof ContentError, `expected a ContentError, got ${describeThrown(error)}`);
      assert.ok(error.issues.length > 0, "a ContentError lists at least one issue");
      const named = error.issues.filter((issue) => issue.documentId === id && firstSegment(issue.path) === field);
      assert.ok(
        named.length > 0,
        `no issue names ${type} "${id}" at ${field || "(the document)"} (${broken.what}); issues:\n${error.message}`,
      );
      for (const issue of named) assert.equal(issue.documentType, type);
      const [summary, ...lines] = error.message.split("\n");
      assert.match(
        summary ?? "",
        new RegExp(`^Invalid content from ${DESCRIPTION}: \\d+ documents? failed validation\\.$`),
      );
      assert.deepEqual(
        lines,
        error.issues.map((issue) => `  - ${formatIssue(issue)}`),
        "the message lists every issue, one per line",
      );
      for (const issue of error.issues) assert.ok(issue.rule.trim().length > 0, "every issue states a rule");
      assert.doesNotMatch(error.message, /\n\s+at /, "no stack-trace lines in the message");
    }),
    runParameters(options),
  );
}

/**
 * (c) parseNdjson on any text either returns well-formed documents or throws
 * a DatasetFileError naming the file and line of each problem, one per line.
 */
export function ndjsonNeverCrashes(options: RunOptions): void {
  fc.assert(
    fc.property(ndjsonText, (text) => {
      let parsed: ReturnType<typeof parseNdjson>;
      try {
        parsed = parseNdjson(text, "fuzz.ndjson");
      } catch (error) {
        assert.ok(error instanceof DatasetFileError, `expected a DatasetFileError, got ${describeThrown(error)}`);
        const [head, ...problems] = error.message.split("\n");
        assert.equal(head, "Cannot read dataset fuzz.ndjson:");
        assert.ok(problems.length > 0, "at least one problem is listed");
        for (const problem of problems) assert.match(problem, /^ {2}- fuzz\.ndjson:\d+: /);
        return;
      }
      const lines = text.split("\n");
      assert.equal(parsed.documents.length, lines.filter((line) => line.trim() !== "").length);
      for (const doc of parsed.documents) {
        assert.equal(typeof doc._id, "string");
        assert.equal(typeof doc._type, "string");
        const line = parsed.lineOf.get(doc._id);
        assert.ok(line !== undefined && line >= 1 && line <= lines.length, `line of ${doc._id}`);
      }
    }),
    runParameters(options),
  );
}
