import { existsSync } from "node:fs";
import { join } from "node:path";
import { type RawDocument } from "@patient-ed/content";
import { EMBEDDED_DATASET_PATH, readDatasetFile } from "@patient-ed/content/node";
import { startFakeContentLake, type FakeContentLake } from "@patient-ed/testing/fakes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, tempDir } from "./helpers/buildSite.ts";
import { listFiles, readPage, textOf } from "./helpers/siteFiles.ts";

const CHANGED = "faq-driving";
const DELETED = "faq-insurance";
const ARTICLE = "article-ketamine-neuroplasticity";
const REVIEWER = "person-reviewer-samuel-reyes";
const SHA = "3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b";
const PLACEHOLDER = "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODww=";

/** A body image and a reviewer's photo, as the Studio stores them: the asset reference, the crop, the alt text. */
function withImages(doc: RawDocument): RawDocument {
  if (doc._id === REVIEWER)
    return {
      ...doc,
      photo: { _type: "image", asset: { _type: "reference", _ref: `image-${SHA}-600x800-jpg` }, alt: "Samuel Reyes" },
    };
  if (doc._id !== ARTICLE) return doc;
  const image = {
    _type: "image",
    _key: "clinicroom",
    asset: { _type: "reference", _ref: `image-${SHA}-2400x1600-jpg` },
    crop: { _type: "sanity.imageCrop", top: 0, bottom: 0.25, left: 0, right: 0 },
    alt: "A quiet clinic room with a reclining chair",
    caption: "Sessions take place in a quiet room.",
  };
  return { ...doc, body: [...(doc.body as object[]), image] };
}

let documents: RawDocument[];
let lake: FakeContentLake;
/** Set by a test to answer the sync's id-list query with nothing, as a faulty Content Lake once did. */
let emptyIdList = false;
const cacheDir = tempDir("astro-cache-");
const dist = join(tempDir("incremental-site-"), "dist");

function env(): Record<string, string> {
  return {
    SANITY_PROJECT_ID: "abc123",
    SANITY_DATASET: "production",
    SANITY_API_HOST: lake.url,
    ASTRO_CACHE_DIR: cacheDir,
  };
}

beforeAll(async () => {
  // Distinct save times, as a real dataset has (the seed saves everything in one second).
  documents = (await readDatasetFile(EMBEDDED_DATASET_PATH)).documents
    .filter((doc) => !doc._id.startsWith("drafts."))
    .map((doc, index) => ({
      ...withImages(doc),
      _rev: `rev-${index}`,
      _updatedAt: new Date(Date.UTC(2026, 9, 1, 12, 0, index)).toISOString(),
    }));
  // The body image's asset document, as the Content Lake keeps it, with the blurred placeholder Sanity made.
  documents.push({
    _id: `image-${SHA}-2400x1600-jpg`,
    _type: "sanity.imageAsset",
    _rev: "rev-asset",
    _updatedAt: "2026-10-01T11:00:00.000Z",
    metadata: { _type: "sanity.imageMetadata", lqip: PLACEHOLDER },
  });
  lake = await startFakeContentLake(
    () => documents,
    (query, result) => (emptyIdList && query.endsWith("._id") ? [] : result),
  );
});
afterAll(() => lake.close());

describe("incremental sync from the Content Lake", () => {
  it("fetches every document on the first build", async () => {
    const { ok, output } = await buildSite(dist, env());
    expect(ok).toBe(true);
    expect(output).toMatch(new RegExp(`full sync fetched ${documents.length} documents`));
    expect(lake.answers).toHaveLength(1);
  });

  it("shows images from the project's image CDN at several widths, cropped, with their size and alt text", () => {
    const article = readPage(dist, "/articles/ketamine-therapy-and-neuroplasticity/");
    const image = article.querySelector(".rich-text figure img:not(.image-frame__placeholder)");
    expect(image?.getAttribute("alt")).toBe("A quiet clinic room with a reclining chair");
    expect([image?.getAttribute("width"), image?.getAttribute("height")]).toEqual(["2400", "1200"]);
    expect(image?.getAttribute("loading")).toBe("lazy");
    const candidates = (image?.getAttribute("srcset") ?? "").split(", ");
    expect(candidates).toHaveLength(6);
    for (const candidate of candidates) {
      const [address = "", width = ""] = candidate.split(" ");
      const url = new URL(address);
      expect(`${url.origin}${url.pathname}`).toBe(
        `https://cdn.sanity.io/images/abc123/production/${SHA}-2400x1600.jpg`,
      );
      // The editor's crop (the bottom quarter off), the width offered, the best format, never enlarged.
      expect(url.searchParams.get("rect")).toBe("0,0,2400,1200");
      expect(`${url.searchParams.get("w")}w`).toBe(width);
      expect([url.searchParams.get("auto"), url.searchParams.get("fit")]).toEqual(["format", "max"]);
    }
    expect(textOf(article.querySelector(".rich-text figcaption"))).toBe("Sessions take place in a quiet room.");
    // Sanity's blurred placeholder from the asset document (synced with the content), behind the image.
    expect(article.querySelector(".rich-text .image-frame__placeholder")?.getAttribute("src")).toBe(PLACEHOLDER);
    expect(article.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).toContain(
      "img-src 'self' data: https://cdn.sanity.io;",
    );
    // Beside "Medically reviewed by" on pages he signed off (the article changed since), decorative there: the
    // name is beside it.
    const byline = readPage(dist, "/faq/what-happens-during-a-session/").querySelector(".byline img.byline__photo");
    expect(byline?.getAttribute("alt")).toBe("");
    expect(byline?.getAttribute("sizes")).toBe("2.5rem");
    expect(byline?.getAttribute("src")).toContain(`${SHA}-600x800.jpg`);
    const photo = readPage(dist, "/people/samuel-reyes/").querySelector("img.person-photo");
    expect(photo?.getAttribute("alt")).toBe("Samuel Reyes");
    expect(photo?.getAttribute("sizes")).toBe("8rem");
    const photoUrl = new URL(photo?.getAttribute("src") ?? "");
    expect(photoUrl.pathname).toBe(`/images/abc123/production/${SHA}-600x800.jpg`);
    // Shown 8rem wide: offered at one, two and three times that, never the whole 600 px file.
    expect(photoUrl.searchParams.get("w")).toBe("384");
    expect((photo?.getAttribute("srcset") ?? "").split(", ").map((candidate) => candidate.split(" ")[1])).toEqual([
      "128w",
      "256w",
      "384w",
    ]);
  });

  it("then fetches only the changed document's body, and drops a deleted document's page", async () => {
    documents = documents
      .filter((doc) => doc._id !== DELETED)
      .map((doc) =>
        doc._id === CHANGED
          ? {
              ...doc,
              question: "Can I drive home after my treatment?",
              _rev: "rev-new",
              _updatedAt: "2026-11-20T10:00:00Z",
            }
          : doc,
      );
    lake.answers.length = 0;
    const { ok, output } = await buildSite(dist, env());
    expect(ok).toBe(true);
    expect(output).toContain("incremental sync fetched 1 changed document(s) and removed 1");
    const changedAnswer = lake.answers.find((answer) => answer.query.includes("_updatedAt > $cursor"));
    expect((changedAnswer?.result as RawDocument[]).map((doc) => doc._id)).toEqual([CHANGED]);
    const idsAnswer = lake.answers.find((answer) => answer.query.endsWith("._id"));
    expect(idsAnswer?.result).not.toContain(DELETED);
    expect(lake.answers).toHaveLength(2);
    expect(textOf(readPage(dist, "/faq/driving/").querySelector("h1"))).toBe("Can I drive home after my treatment?");
    expect(existsSync(join(dist, "faq/insurance/index.html"))).toBe(false);
    expect(readPage(dist, "/faq/").getElementById("insurance")).toBeNull();
  });

  it("repairs the mirror from a full sync when the id list is empty, and the site stays complete", async () => {
    const pages = () => listFiles(dist).filter((file) => file.endsWith(".html"));
    const before = pages();
    documents = documents.map((doc) =>
      doc._id === CHANGED ? { ...doc, _rev: "rev-newer", _updatedAt: "2026-11-21T10:00:00Z" } : doc,
    );
    emptyIdList = true;
    const faulty = await buildSite(dist, env());
    emptyIdList = false;
    expect(faulty.ok).toBe(true);
    expect(faulty.output).toMatch(/full sync fetched \d+ documents \(the mirror was rebuilt: /);
    expect(pages()).toEqual(before);

    const healthy = await buildSite(dist, env());
    expect(healthy.ok).toBe(true);
    expect(healthy.output).toContain("incremental sync fetched 0 changed document(s) and removed 0");
    expect(pages()).toEqual(before);
  });
});
