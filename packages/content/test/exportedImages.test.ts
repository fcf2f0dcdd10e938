import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { create as createTar } from "tar";
import { describe, expect, it } from "vitest";
import { articleSchema, articlesQuery, ContentError, createFileSource, type RawDocument } from "@patient-ed/content";
import { readDatasetFile } from "@patient-ed/content/node";
import { article, toNdjson, validDataset, withFields } from "@patient-ed/testing/fixtures";

const SHA1 = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c";
const FILE = `images/${SHA1}-640x480.png`;
/** An article with an image in its body, as `sanity dataset export` writes it: the file instead of the reference. */
const exported = withFields(article, {
  body: [
    ...(article.body as object[]),
    {
      _type: "image",
      _key: "img1",
      _sanityAsset: `image@file://./${FILE}`,
      alt: "A clinic room with a reclining chair",
      crop: { _type: "sanity.imageCrop", top: 0.1, bottom: 0, left: 0, right: 0.2 },
      hotspot: { _type: "sanity.imageHotspot", x: 0.4, y: 0.5, width: 0.3, height: 0.3 },
    },
  ],
});
const LQIP = "data:image/jpeg;base64,/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODww=";
const dataset: RawDocument[] = validDataset.map((doc) => (doc._id === article._id ? exported : doc));

/** Writes an export folder (data.ndjson, assets.json and `files`) and returns it. */
function exportFolder(files: string[]): string {
  const dir = join(mkdtempSync(join(tmpdir(), "export-")), "production-export");
  mkdirSync(join(dir, "images"), { recursive: true });
  writeFileSync(join(dir, "data.ndjson"), toNdjson(dataset));
  writeFileSync(
    join(dir, "assets.json"),
    JSON.stringify({ [`image-${SHA1}`]: { originalFilename: "clinic.png", metadata: { lqip: LQIP } } }),
  );
  for (const file of files) writeFileSync(join(dir, file), "png bytes");
  return dir;
}

async function archiveOf(dir: string): Promise<string> {
  const archive = join(dir, "..", "production.tar.gz");
  await createTar({ gzip: true, file: archive, cwd: join(dir, "..") }, ["production-export"]);
  return archive;
}

const bodyImage = (documents: RawDocument[]) =>
  (documents.find((doc) => doc._id === article._id)?.body as Record<string, unknown>[]).at(-1);

describe("images in a `sanity dataset export`", () => {
  it("gets its asset reference back, with crop, hotspot and alt text, and the contract accepts the article", async () => {
    const { documents } = await readDatasetFile(await archiveOf(exportFolder([FILE])));
    const image = bodyImage(documents);
    expect(image).toMatchObject({
      asset: { _type: "reference", _ref: `image-${SHA1}-640x480-png` },
      alt: "A clinic room with a reclining chair",
      crop: { top: 0.1, right: 0.2 },
      hotspot: { x: 0.4 },
    });
    expect(image).not.toHaveProperty("_sanityAsset");
    const [queried] = (await createFileSource(documents, "export").fetch(articlesQuery, {
      from: 0,
      to: 10,
    })) as unknown[];
    expect(articleSchema.safeParse(queried).error?.issues ?? []).toEqual([]);
  });

  it("is refused when its file is not in the archive, naming the document, the field and the file", async () => {
    const archive = await archiveOf(exportFolder([]));
    const error = await readDatasetFile(archive).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).issues).toEqual([
      {
        documentId: article._id,
        documentType: "article",
        path: "body[2]",
        rule: `The image file ${FILE} is not in the export archive production.tar.gz`,
      },
    ]);
  });

  it("is read from an unpacked export too, with the files in the images folder beside data.ndjson", async () => {
    const dir = exportFolder([FILE]);
    expect(bodyImage((await readDatasetFile(join(dir, "data.ndjson"))).documents)).toHaveProperty("asset._ref");
    const bare = exportFolder([]);
    await expect(readDatasetFile(join(bare, "data.ndjson"))).rejects.toThrow(`body[2]: The image file ${FILE}`);
  });

  it("unpacks the archive's image files for the build, with the placeholders assets.json gives them", async () => {
    const archive = await archiveOf(exportFolder([FILE, "images/not-an-export-name.png"]));
    const unpacked = mkdtempSync(join(tmpdir(), "unpacked-"));
    const { images } = await readDatasetFile(archive, { extractImagesTo: unpacked });
    const ref = `image-${SHA1}-640x480-png`;
    expect(images).toEqual({ [ref]: { path: join(unpacked, FILE), lqip: LQIP } });
    expect(readFileSync(join(unpacked, FILE), "utf8")).toBe("png bytes");
    // Only files named as an export names images are written.
    expect(readdirSync(join(unpacked, "images"))).toEqual([FILE.slice("images/".length)]);
  });

  it("lists the images beside an unpacked export in place, and builds without placeholders from a damaged assets.json", async () => {
    const dir = exportFolder([FILE]);
    writeFileSync(join(dir, "assets.json"), "{ not json");
    const { images } = await readDatasetFile(join(dir, "data.ndjson"));
    expect(images).toEqual({ [`image-${SHA1}-640x480-png`]: { path: join(dir, FILE) } });
  });
});

describe("images in the content contract", () => {
  async function issuesOf(leadImage: object): Promise<{ path: string; message: string }[]> {
    const documents = validDataset.map((doc) => (doc._id === article._id ? withFields(article, { leadImage }) : doc));
    const [queried] = (await createFileSource(documents, "dataset").fetch(articlesQuery, {
      from: 0,
      to: 10,
    })) as unknown[];
    return (articleSchema.safeParse(queried).error?.issues ?? []).map((issue) => ({
      path: issue.path.join("."),
      message: issue.message,
    }));
  }

  const asset = { _type: "reference", _ref: `image-${SHA1}-640x480-png` };

  it("accepts a lead image with alt text, a caption and a credit, as the Studio offers it", async () => {
    expect(await issuesOf({ _type: "image", asset, alt: "A chair", caption: "The room", credit: "Jo Bloggs" })).toEqual(
      [],
    );
  });

  it("accepts an image marked decorative without alt text, and no other", async () => {
    expect(await issuesOf({ _type: "image", asset, decorative: true })).toEqual([]);
    expect(await issuesOf({ _type: "image", asset, decorative: false, alt: " " })).toEqual([
      { path: "leadImage.alt", message: "The lead image needs alternative text" },
    ]);
  });

  it("refuses a lead image without alt text, or without a file, in words an editor can act on", async () => {
    expect(await issuesOf({ _type: "image", asset })).toEqual([
      { path: "leadImage.alt", message: "The lead image needs alternative text" },
    ]);
    expect(await issuesOf({ _type: "image", alt: "A chair" })).toEqual([
      { path: "leadImage.asset", message: "The lead image needs an image file" },
    ]);
  });
});
