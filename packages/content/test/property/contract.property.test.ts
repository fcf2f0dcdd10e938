import { describe, it } from "vitest";
import { brokenDocumentsAreNamed, ndjsonNeverCrashes, validDatasetsLoad } from "./properties.ts";

/*
 * Property-based drills for the content contract (hostile input, item 2).
 * 1,200 generated cases here; `pnpm fuzz` runs the same properties for longer.
 * A failure prints fast-check's seed and path: pass them to `pnpm fuzz --seed`.
 */

describe("the content contract on generated documents", () => {
  it("loads every valid dataset with each disclaimer, reviewer and review date intact (400 cases)", async () => {
    await validDatasetsLoad({ numRuns: 400 });
  });

  it("names the document and field of any one broken document, in a ContentError (500 cases)", async () => {
    await brokenDocumentsAreNamed({ numRuns: 500 });
  });

  it("reads any text as a dataset or refuses it with a DatasetFileError naming file and line (300 cases)", () => {
    ndjsonNeverCrashes({ numRuns: 300 });
  });
});
