import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { create as createTar } from "tar";
import { describe, expect, it } from "vitest";
import type { RawDocument } from "@patient-ed/content";
import { fileMirrorStore, LineTooLongError, ndjsonLines, readDatasetFile } from "@patient-ed/content/node";
import { article, toNdjson, validDataset, withFields } from "@patient-ed/testing/fixtures";

// Issue "Hostile input and faults, round 2": JSON leaves U+2028, U+2029 and U+0085 unescaped inside strings, and
// node:readline ends a line at the first two, cutting such a document in half wherever NDJSON is read.

const TEXT = "Before\u2028line separator\u2029paragraph separator\u0085next line\rcarriage return";
const separated = withFields(article, { summary: TEXT, title: `Title\u2028${TEXT}` });
const dataset: RawDocument[] = validDataset.map((doc) => (doc._id === article._id ? separated : doc));

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const line of lines) all.push(line);
  return all;
}

async function* chunks(...parts: string[]): AsyncGenerator<string> {
  yield* parts;
}

describe("NDJSON lines", () => {
  it("end at \\n and \\r\\n only, never at U+2028, U+2029 or U+0085", async () => {
    expect(await collect(ndjsonLines(chunks(`a\u2028b\u2029c\u0085d\r\ne\nf`)))).toEqual([
      "a\u2028b\u2029c\u0085d",
      "e",
      "f",
    ]);
  });

  it("are whole however the input is split into chunks", async () => {
    const text = toNdjson(dataset);
    const pieces = Array.from({ length: Math.ceil(text.length / 7) }, (_, n) => text.slice(n * 7, n * 7 + 7));
    const lines = (await collect(ndjsonLines(chunks(...pieces)))).filter(Boolean);
    expect(lines.map((line) => (JSON.parse(line) as RawDocument)._id)).toEqual(dataset.map((doc) => doc._id));
  });

  it("stop at a line longer than the limit, naming where", async () => {
    const read = collect(
      ndjsonLines(chunks("ok\n", "x".repeat(50), "y".repeat(60), "\n"), { maxLineChars: 100, where: "big.ndjson" }),
    );
    await expect(read).rejects.toBeInstanceOf(LineTooLongError);
    await expect(read).rejects.toThrow(/big\.ndjson:2: line longer than 100 characters/);
  });
});

describe("documents holding line and paragraph separators", () => {
  const folder = mkdtempSync(join(tmpdir(), "separators-"));

  it("read whole from a dataset file", async () => {
    const file = join(folder, "data.ndjson");
    writeFileSync(file, toNdjson(dataset));
    const { documents } = await readDatasetFile(file);
    expect(documents.find((doc) => doc._id === article._id)).toEqual(separated);
  });

  it("read whole from an export archive", async () => {
    mkdirSync(join(folder, "export"));
    writeFileSync(join(folder, "export", "data.ndjson"), toNdjson(dataset));
    const archive = join(folder, "export.tar.gz");
    await createTar({ gzip: true, file: archive, cwd: folder }, ["export"]);
    const { documents } = await readDatasetFile(archive);
    expect(documents.find((doc) => doc._id === article._id)).toEqual(separated);
  });

  it("come back whole from the Content Lake mirror", async () => {
    const store = fileMirrorStore(join(folder, "mirror.ndjson"));
    await store.write({ cursor: "2026-01-01T00:00:00Z", documents: dataset });
    const state = await store.read();
    expect(state?.documents).toEqual(dataset);
  });
});
