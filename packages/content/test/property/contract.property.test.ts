import { runOptions } from "@patient-ed/testing/property";
import { describe, it } from "vitest";
import { brokenDocumentsAreNamed, ndjsonNeverCrashes, validDatasetsLoad } from "./properties.ts";

/*
 * Property-based drills for the content contract (hostile input). A few
 * hundred generated cases each in the test command; `pnpm fuzz` runs the
 * same tests with many more (FUZZ_RUNS). A failure prints fast-check's seed
 * and path: `pnpm fuzz --seed S --path P` replays it.
 */

describe("the content contract on generated documents", () => {
  it("loads every valid dataset with each disclaimer, reviewer and review date intact (validDatasetsLoad)", async () => {
    await validDatasetsLoad(runOptions(400));
  });

  it("names the document and field of any one broken document, in a ContentError (brokenDocumentsAreNamed)", async () => {
    await brokenDocumentsAreNamed(runOptions(500));
  });

  it("reads any text as a dataset or refuses it with a DatasetFileError naming file and line (ndjsonNeverCrashes)", () => {
    ndjsonNeverCrashes(runOptions(300));
  });
});
