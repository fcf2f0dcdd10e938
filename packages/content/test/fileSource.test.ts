import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { create as createTar } from "tar";
import { describe, expect, it } from "vitest";
import { articlesQuery, createFileSource } from "@patient-ed/content";
import { readDatasetFile } from "@patient-ed/content/node";
import { article, toNdjson, validDataset, withFields } from "@patient-ed/testing/fixtures";

const draft = withFields(article, { _id: "drafts.article-test", title: "DRAFT TITLE" });
const release = withFields(article, { _id: "versions.rSpring.article-test", title: "RELEASE TITLE" });
const dataset = [...validDataset, draft, release];

describe("the file source", () => {
  it("answers GROQ like the published perspective: no drafts, no release versions", async () => {
    const source = createFileSource(dataset, "test");
    const ids = (await source.fetch(`*[]._id`)) as string[];
    expect(ids).toContain("article-test");
    expect(ids.filter((id) => id.startsWith("drafts.") || id.startsWith("versions."))).toEqual([]);
    const titles = (await source.fetch(`*[_type == "article"].title`)) as string[];
    expect(titles).toEqual(["A test article"]);
  });

  it("dereferences through the index: the article query resolves its reviewer", async () => {
    const source = createFileSource(dataset, "test");
    const [result] = (await source.fetch(articlesQuery, { from: 0, to: 10 })) as { reviewer: { name: string } }[];
    expect(result?.reviewer.name).toBe("Dana Reviewer");
  });

  it("does not resolve a reference to a draft-only document", async () => {
    const onlyDraftReviewer = withFields(article, { reviewer: { _type: "reference", _ref: "drafts.person-x" } });
    const source = createFileSource([onlyDraftReviewer, { _id: "drafts.person-x", _type: "person", name: "X" }], "t");
    const [result] = (await source.fetch(articlesQuery, { from: 0, to: 10 })) as { reviewer: unknown }[];
    expect(result?.reviewer).toBeNull();
  });

  it("passes parameters, never string interpolation", async () => {
    const source = createFileSource(dataset, "test");
    expect(await source.fetch(`*[_id == $id][0].title`, { id: "article-test" })).toBe("A test article");
    expect(await source.fetch(`*[_id == $id][0].title`, { id: `" || true || "` })).toBeNull();
  });

  it("reads a `sanity dataset export` .tar.gz archive", async () => {
    const dir = mkdtempSync(join(tmpdir(), "export-"));
    const exportDir = join(dir, "production-export");
    await import("node:fs/promises").then((fs) => fs.mkdir(join(exportDir, "images"), { recursive: true }));
    writeFileSync(join(exportDir, "data.ndjson"), toNdjson(dataset));
    writeFileSync(join(exportDir, "images", "ignored.png"), "not a document");
    const archive = join(dir, "production.tar.gz");
    await createTar({ gzip: true, file: archive, cwd: dir }, ["production-export"]);
    const { documents } = await readDatasetFile(archive);
    expect(documents.map((doc) => doc._id)).toEqual(dataset.map((doc) => doc._id));
  });

  it("streams a large archive line by line, whole documents across chunk boundaries", async () => {
    const dir = mkdtempSync(join(tmpdir(), "export-"));
    mkdirSync(join(dir, "big"));
    // ~12 MB of documents with multi-byte text: many tar and gzip chunks, lines split across them.
    const many = Array.from({ length: 3000 }, (_, n) => ({
      _id: `doc-${n}`,
      _type: "note",
      text: `Ünïcödé ${n} `.repeat(300),
    }));
    writeFileSync(join(dir, "big", "data.ndjson"), toNdjson(many));
    const archive = join(dir, "big.tar.gz");
    await createTar({ gzip: true, file: archive, cwd: dir }, ["big"]);
    const { documents } = await readDatasetFile(archive);
    expect(documents).toHaveLength(3000);
    expect(documents[2999]).toEqual(many[2999]);
  });

  it("says so when an archive has no data.ndjson, or is not an archive", async () => {
    const dir = mkdtempSync(join(tmpdir(), "export-"));
    mkdirSync(join(dir, "assets-only"));
    writeFileSync(join(dir, "assets-only", "image.png"), "not a document");
    const archive = join(dir, "assets-only.tar.gz");
    await createTar({ gzip: true, file: archive, cwd: dir }, ["assets-only"]);
    await expect(readDatasetFile(archive)).rejects.toThrow(`Dataset archive ${archive} has no data.ndjson`);
    const broken = join(dir, "broken.tar.gz");
    writeFileSync(broken, "this is not gzip");
    await expect(readDatasetFile(broken)).rejects.toThrow(/Cannot read dataset archive .*broken\.tar\.gz/);
  });
});
