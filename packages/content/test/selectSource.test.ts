import { describe, expect, it } from "vitest";
import { EMBEDDED_DATASET_PATH, selectSource } from "@patient-ed/content/node";

describe("choosing the content source from the environment", () => {
  it("uses the embedded dataset when nothing is configured", () => {
    expect(selectSource({})).toEqual({ kind: "embedded", path: EMBEDDED_DATASET_PATH });
    expect(EMBEDDED_DATASET_PATH).toMatch(/studio\/data\/seed\.ndjson$/);
  });

  it("uses a dataset file from SANITY_DATASET_FILE", () => {
    expect(selectSource({ SANITY_DATASET_FILE: "/tmp/x.ndjson" })).toEqual({ kind: "file", path: "/tmp/x.ndjson" });
  });

  it("reads a relative SANITY_DATASET_FILE from where the command was run (INIT_CWD), not the package folder", () => {
    expect(selectSource({ SANITY_DATASET_FILE: "exports/site.tar.gz", INIT_CWD: "/home/ed/patient-ed" })).toEqual({
      kind: "file",
      path: "/home/ed/patient-ed/exports/site.tar.gz",
    });
  });

  it("uses the Content Lake when a project and dataset are named, with the optional token", () => {
    expect(
      selectSource({ SANITY_PROJECT_ID: "abc", SANITY_DATASET: "production", SANITY_API_READ_TOKEN: "t" }),
    ).toEqual({
      kind: "content-lake",
      projectId: "abc",
      dataset: "production",
      token: "t",
    });
  });

  it("prefers the Content Lake over a file when both are set", () => {
    const selection = selectSource({ SANITY_PROJECT_ID: "abc", SANITY_DATASET: "p", SANITY_DATASET_FILE: "/x" });
    expect(selection.kind).toBe("content-lake");
  });

  it("refuses half a Content Lake configuration, naming the missing variable", () => {
    expect(() => selectSource({ SANITY_PROJECT_ID: "abc" })).toThrow(
      /^SANITY_DATASET is required with SANITY_PROJECT_ID/,
    );
    expect(() => selectSource({ SANITY_DATASET: "production" })).toThrow(/^SANITY_PROJECT_ID is required with/);
  });

  it("names every bad setting at once, without quoting a token", () => {
    const env = {
      SANITY_PROJECT_ID: "abc",
      SANITY_DATASET: "p",
      SANITY_MAX_ATTEMPTS: "lots",
      SANITY_API_HOST: "ftp://x",
    };
    expect(() => selectSource(env)).toThrow(
      'SANITY_API_HOST must be a https or http URL, not "ftp://x"\nSANITY_MAX_ATTEMPTS must be a whole number from 1 to 20, not "lots"',
    );
  });
});
