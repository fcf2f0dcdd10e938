import { runOptions } from "@patient-ed/testing/property";
import { afterAll, beforeAll, describe, it } from "vitest";
import { createComponentRenderer } from "./astroComponents.ts";
import { everyOutputParses } from "./outputsParse.ts";
import {
  componentsShowDisclaimerAndDates,
  richTextIsInert,
  structuredDataIsInert,
  type ComponentRenderer,
} from "./renderProperties.ts";

/*
 * Property-based drills for rendering (hostile input): a few hundred generated
 * cases each in the test command; `pnpm fuzz` runs the same tests for longer.
 */

let renderer: ComponentRenderer | undefined;

beforeAll(async () => {
  renderer = await createComponentRenderer();
});

afterAll(async () => {
  await renderer?.close();
});

describe("rendering generated valid content", () => {
  it("renders rich text with no executable vector and every text escaped (richTextIsInert)", async () => {
    await richTextIsInert(runOptions(300));
  });

  it("serialises structured data that no text can break out of (structuredDataIsInert)", async () => {
    await structuredDataIsInert(runOptions(200));
  });

  it("writes HTML, JSON-LD, the feed and the sitemap that parse with real parsers of each (everyOutputParses)", async () => {
    await everyOutputParses(runOptions(200));
  });

  it("shows each page's disclaimer, reviewer and both review dates through the .astro components (componentsShowDisclaimerAndDates)", async () => {
    if (!renderer) throw new Error("The component renderer did not start.");
    await componentsShowDisclaimerAndDates(runOptions(200), renderer);
  });
});
