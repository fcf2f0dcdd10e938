import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DatasetFileError, parseNdjson } from "@patient-ed/content";
import { readDatasetFile } from "@patient-ed/content/node";
import { toNdjson, validDataset } from "@patient-ed/testing/fixtures";

function problem(text: string): string {
  try {
    parseNdjson(text, "data.ndjson");
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetFileError);
    return (error as Error).message;
  }
  throw new Error("expected the dataset to be refused");
}

describe("reading a dataset file", () => {
  it("returns every document with the line it came from", () => {
    const { documents, lineOf } = parseNdjson(toNdjson(validDataset), "data.ndjson");
    expect(documents).toHaveLength(validDataset.length);
    expect(lineOf.get("faq-test")).toBe(4);
  });

  it("names the line of a truncated last line", () => {
    const text = toNdjson(validDataset).trimEnd();
    const message = problem(text.slice(0, text.length - 20));
    expect(message).toMatch(/data\.ndjson:4: invalid JSON \(the file may be truncated\)/);
  });

  it("names the line of invalid JSON in the middle", () => {
    const lines = toNdjson(validDataset).split("\n");
    lines[1] = "{not json";
    expect(problem(lines.join("\n"))).toMatch(/data\.ndjson:2: invalid JSON/);
  });

  it("refuses a duplicate _id, naming both lines", () => {
    const text = toNdjson([...validDataset, validDataset[1]!]);
    expect(problem(text)).toContain(`data.ndjson:5: duplicate _id "person-reviewer" (first seen on line 2)`);
  });

  it("refuses a line that is not a document", () => {
    expect(problem(`{"_type":"article"}\n`)).toContain("data.ndjson:1: not a document");
  });

  it("reports every problem at once", () => {
    const message = problem(`{bad\n{"_id":"a","_type":"x"}\n{"_id":"a","_type":"x"}\n`);
    expect(message.split("\n").filter((line) => line.startsWith("  - "))).toHaveLength(2);
  });

  it("says which file could not be read", async () => {
    const missing = join(mkdtempSync(join(tmpdir(), "ds-")), "missing.ndjson");
    await expect(readDatasetFile(missing)).rejects.toThrow(/Cannot read dataset file .*missing\.ndjson/);
  });

  it("reads an NDJSON file from disk", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "ds-")), "data.ndjson");
    writeFileSync(file, toNdjson(validDataset));
    expect((await readDatasetFile(file)).documents).toHaveLength(validDataset.length);
  });
});
