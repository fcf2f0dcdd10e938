import {
  articlesQuery,
  contentFingerprint,
  createFileSource,
  createSignoff,
  DEVELOPMENT_PUBLIC_KEY,
  faqsQuery,
  judgeSignoff,
  newKeyPair,
  SIGNED_FIELDS,
  signableOf,
  signingKey,
  signoffTrustFromEnv,
  trustedHistory,
  trustedKey,
  withSignoff,
  type SignedDocumentType,
  type RawDocument,
} from "@patient-ed/content";
import { DEVELOPMENT_PRIVATE_KEY, EMBEDDED_DATASET_PATH, readDatasetFile } from "@patient-ed/content/node";
import { runOptions } from "@patient-ed/testing/property";
import { indexDocuments } from "@patient-ed/testing/site-index";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";

const KETAMINE = "article-ketamine-neuroplasticity";
const developmentKey = signingKey(DEVELOPMENT_PRIVATE_KEY);
const trusted = [trustedKey(DEVELOPMENT_PUBLIC_KEY)];
let documents: RawDocument[];

beforeAll(async () => {
  documents = (await readDatasetFile(EMBEDDED_DATASET_PATH)).documents as RawDocument[];
});

const byId = (id: string) => structuredClone(documents.find((doc) => doc._id === id)!);
const judge = (doc: RawDocument, keys = trusted) => judgeSignoff(signableOf(doc), keys);

/** Every object in `value` with its keys in a shuffled order: what a re-save or another serialiser may produce. */
function reordered(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) return value.map((item) => reordered(item, random));
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value).sort(() => random() - 0.5);
  return Object.fromEntries(entries.map(([key, item]) => [key, reordered(item, random)]));
}

/** Paths to every string a patient could read in the signed fields (not keys, types or style names). */
function visibleStrings(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => visibleStrings(item, [...path, index]));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value)
    .filter(([key]) => !key.startsWith("_") && key !== "style" && key !== "listItem" && key !== "marks")
    .flatMap(([key, item]) => visibleStrings(item, [...path, key]));
}

function setAt(root: RawDocument, path: (string | number)[], text: string): void {
  let node: Record<string | number, unknown> = root;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  node[path.at(-1)!] = text;
}

describe("the content fingerprint", () => {
  it("is unchanged by key order, whitespace in the JSON and a re-save without changes", () => {
    const signedDocs = () =>
      documents.filter((doc) => !doc._id.startsWith("drafts.") && (doc._type === "article" || doc._type === "faq"));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer(), (pick, seed) => {
        const docs = signedDocs();
        const doc = docs[pick % docs.length]!;
        let state = seed;
        const random = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
        const resaved = JSON.parse(JSON.stringify(reordered(doc, random), null, 2)) as RawDocument;
        const type = doc._type as SignedDocumentType;
        expect(contentFingerprint({ ...resaved, _type: type })).toEqual(contentFingerprint({ ...doc, _type: type }));
        expect(judge(resaved).status).toBe("signed-off");
      }),
      runOptions(200),
    );
  });

  it("changes when any text a patient reads changes, and names the field", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.string({ minLength: 1, maxLength: 8 }), (pick, extra) => {
        const doc = byId(pick % 2 === 0 ? KETAMINE : "faq-side-effects");
        const type = doc._type as SignedDocumentType;
        const paths = SIGNED_FIELDS[type].flatMap((field) => visibleStrings(doc[field], [field]));
        const path = paths[pick % paths.length]!;
        const before = contentFingerprint({ ...doc, _type: type });
        let node: unknown = doc;
        for (const step of path) node = (node as Record<string | number, unknown>)[step];
        setAt(doc, path, `${String(node)}${extra}`);
        const after = contentFingerprint({ ...doc, _type: type });
        expect(after.digest).not.toBe(before.digest);
        const verdict = judge(doc);
        expect(verdict.status).toBe("changed");
        if (verdict.status === "changed") expect(verdict.changed).toEqual([String(path[0])]);
      }),
      runOptions(300),
    );
  });

  it("changes when a link moves from one phrase to another, though no text changes", () => {
    const doc = byId(KETAMINE);
    type Block = { markDefs?: { _key: string }[]; children?: { marks?: string[] }[] };
    const block = (doc.body as Block[]).find((candidate) => (candidate.markDefs?.length ?? 0) >= 2)!;
    const [first, second] = block.markDefs!;
    [first!._key, second!._key] = [second!._key, first!._key];
    expect(judge(doc)).toMatchObject({ status: "changed", changed: ["body"] });
  });
});

describe("judging a stored sign-off", () => {
  it("does not let a `_ref` planted in a block hide its text from the fingerprint", () => {
    const doc = byId("faq-driving");
    type Block = Record<string, unknown> & { children: { text: string }[] };
    const planted = (doc.answer as Block[]).map((block) => ({ ...block, _ref: "person-x" }));
    const signed = withSignoff(
      { ...doc, answer: planted },
      createSignoff(
        { ...doc, answer: planted },
        detailsOf(doc.clinicalSignoff as Record<string, unknown>),
        developmentKey,
      ),
    );
    const children = (planted[0]!.children as { text: string }[]).map((child) => ({
      ...child,
      text: "Stop all medication.",
    }));
    const edited = { ...signed, answer: [{ ...planted[0], children }, ...planted.slice(1)] };
    expect(judge(edited)).toMatchObject({ status: "changed", changed: ["answer"] });
  });

  it("counts a later next review than the sign-off scheduled as a change, an earlier one not", () => {
    expect(judge({ ...byId("faq-driving"), nextReviewDue: "2099-01-01" })).toMatchObject({
      status: "changed",
      changed: ["nextReviewDue"],
    });
    expect(judge({ ...byId("faq-driving"), nextReviewDue: "2026-11-01" }).status).toBe("signed-off");
  });

  it("accepts every published article and FAQ entry of the embedded dataset, and the ketamine article has two", () => {
    const signed = documents.filter((doc) => !doc._id.startsWith("drafts.") && ["article", "faq"].includes(doc._type));
    expect(signed.length).toBeGreaterThan(5);
    for (const doc of signed) expect(judge(doc).status, doc._id).toBe("signed-off");
    const ketamine = byId(KETAMINE);
    const history = trustedHistory(ketamine.reviewHistory, { _id: KETAMINE, _type: "article" }, trusted);
    expect(history.untrusted).toBe(0);
    expect(history.entries.map((entry) => entry.reviewedOn)).toEqual(["2026-10-01", "2025-10-01"]);
  });

  it("names the fields changed after sign-off, and a changed reviewer or review date", () => {
    const doc = byId(KETAMINE);
    doc.title = "Ketamine therapy";
    doc.disclaimer = "Shorter.";
    doc.reviewer = { _type: "reference", _ref: "person-author-claire-donnelly" };
    doc.lastReviewed = "2026-11-01";
    expect(judge(doc)).toMatchObject({
      status: "changed",
      changed: ["title", "disclaimer", "reviewer", "lastReviewed"],
    });
  });

  it("keeps sign-offs made before articles had a lead image, and counts a lead image added since as a change", () => {
    const doc = byId(KETAMINE);
    expect(doc.leadImage).toBeUndefined();
    expect(judge({ ...doc, leadImage: null }).status).toBe("signed-off");
    const leadImage = { _type: "image", asset: { _type: "reference", _ref: "image-abc-10x10-png" }, alt: "A chair" };
    expect(judge({ ...doc, leadImage })).toMatchObject({ status: "changed", changed: ["leadImage"] });
  });

  it("does not trust a sign-off written by hand, one signed with another key, or one moved from another document", () => {
    const doc = byId("faq-driving");
    const record = doc.clinicalSignoff as Record<string, unknown>;

    const unsigned = { ...doc, clinicalSignoff: { ...record, signature: "" } };
    expect(judge(unsigned)).toEqual({
      status: "not-signed-off",
      reason: "its clinical sign-off is not trusted: it carries no signature",
    });

    const forged = { ...doc, clinicalSignoff: { ...record, note: "Approved." } };
    expect(judge(forged)).toMatchObject({
      status: "not-signed-off",
      reason: expect.stringContaining("does not match its content"),
    });

    const otherKey = signingKey(newKeyPair().privateKey);
    const foreign = withSignoff(doc, createSignoff(doc, detailsOf(record), otherKey));
    expect(judge(foreign)).toMatchObject({
      status: "not-signed-off",
      reason: expect.stringContaining(`signed with key ${otherKey.keyId}, which this build does not trust`),
    });
    // Trusted once the build is told the other key (a key rotation lists the old and the new).
    expect(judge(foreign, [...trusted, otherKey]).status).toBe("signed-off");

    const moved = { ...byId("faq-insurance"), clinicalSignoff: record };
    expect(judge(moved)).toMatchObject({
      status: "not-signed-off",
      reason: expect.stringContaining("another document (faq-driving)"),
    });

    expect(judge({ ...doc, clinicalSignoff: undefined })).toEqual({
      status: "not-signed-off",
      reason: "it has no clinical sign-off",
    });
    expect(judge({ ...doc, clinicalSignoff: { _type: "clinicalSignoff" } })).toMatchObject({
      status: "not-signed-off",
    });
  });

  it("does not accept an older sign-off put back as the current one (a replay), as the build judges pages", async () => {
    const ketamine = byId(KETAMINE);
    const [, first] = ketamine.reviewHistory as Record<string, unknown>[];
    const { _key, ...firstRecord } = first!;
    const replayed = {
      ...ketamine,
      body: (ketamine.body as unknown[]).slice(0, -2),
      clinicalSignoff: firstRecord,
      lastReviewed: "2025-10-01",
      nextReviewDue: "2026-10-01",
    };
    expect(judge(replayed).status, "the record alone is genuine").toBe("signed-off");
    const site = await indexDocuments(
      documents.map((doc) => (doc._id === KETAMINE ? replayed : doc)),
      { env: { SITE_NOW: "2026-10-02T12:00:00Z" } },
    );
    site.dispose();
    expect(site.index.unsigned).toMatchObject([
      {
        id: KETAMINE,
        status: "not-signed-off",
        reason: "its clinical sign-off is older than its review history's newest entry",
      },
    ]);
  });

  it("keeps only history entries whose signature holds", () => {
    const doc = byId(KETAMINE);
    const [newest, oldest] = doc.reviewHistory as Record<string, unknown>[];
    const history = [{ ...newest, note: "Tampered." }, oldest, { _type: "clinicalSignoff", reviewedOn: "2020-01-01" }];
    const result = trustedHistory(history, { _id: KETAMINE, _type: "article" }, trusted);
    expect(result.entries.map((entry) => entry.reviewedOn)).toEqual(["2025-10-01"]);
    expect(result.untrusted).toBe(2);
  });

  it("signs the revision it is given: a sign-off over a draft holds once that draft is published", () => {
    const draft = { ...byId("faq-insurance"), _id: "drafts.faq-insurance", question: "Will insurance pay for it?" };
    const record = createSignoff(
      draft,
      { ...detailsOf(byId("faq-insurance").clinicalSignoff as Record<string, unknown>) },
      developmentKey,
    );
    const published = withSignoff({ ...draft, _id: "faq-insurance" }, record);
    expect(judge(published).status).toBe("signed-off");
    expect(record.documentId).toBe("faq-insurance");
  });
});

function detailsOf(record: Record<string, unknown>) {
  return {
    signedBy: record.signedBy as { userId: string },
    signedAt: String(record.signedAt),
    reviewedOn: String(record.reviewedOn),
    nextReviewDue: String(record.nextReviewDue),
  };
}

describe("trust", () => {
  it("trusts the development key only for the embedded dataset, and SIGNOFF_TRUSTED_KEYS when set", () => {
    expect(signoffTrustFromEnv({}, "embedded").keys.map((key) => key.keyId)).toEqual([trusted[0]!.keyId]);
    expect(signoffTrustFromEnv({}, "file").keys).toEqual([]);
    expect(signoffTrustFromEnv({}, "content-lake").keys).toEqual([]);
    const pair = newKeyPair();
    expect(
      signoffTrustFromEnv({ SIGNOFF_TRUSTED_KEYS: ` ${pair.publicKey} ` }, "content-lake").keys.map((key) => key.keyId),
    ).toEqual([pair.keyId]);
    expect(() => signoffTrustFromEnv({ SIGNOFF_TRUSTED_KEYS: "not-a-key" }, "file")).toThrow(/SIGNOFF_TRUSTED_KEYS/);
  });
});

describe("the queries", () => {
  it("project exactly the signed fields, as stored, for the build's fingerprint", async () => {
    const source = createFileSource(documents, "embedded");
    for (const [query, type] of [
      [articlesQuery, "article"],
      [faqsQuery, "faq"],
    ] as const) {
      const [first] = (await source.fetch(query, { from: 0, to: 1 })) as { _id: string; signedContent: object }[];
      expect(Object.keys(first!.signedContent).sort()).toEqual([...SIGNED_FIELDS[type]].sort());
      const stored = byId(first!._id);
      for (const field of SIGNED_FIELDS[type])
        expect((first!.signedContent as Record<string, unknown>)[field] ?? null).toEqual(stored[field] ?? null);
    }
  });
});
