import { afterAll, beforeAll, describe, it } from "vitest";
import { createComponentRenderer } from "./astroComponents.ts";
import {
  componentsShowDisclaimerAndDates,
  richTextIsInert,
  structuredDataIsInert,
  type ComponentRenderer,
} from "./renderProperties.ts";

/*
 * Property-based drills for rendering (hostile input, item 2): 700 generated
 * cases here; `pnpm fuzz` runs the same properties for longer.
 */

let renderer: ComponentRenderer | undefined;

beforeAll(async () => {
  renderer = await createComponentRenderer();
});

afterAll(async () => {
  await renderer?.close();
});

describe("rendering generated valid content", () => {
  it("renders rich text with no executable vector and every text escaped (300 cases)", async () => {
    await richTextIsInert({ numRuns: 300 });
  });

  it("serialises structured data that no text can break out of (200 cases)", async () => {
    await structuredDataIsInert({ numRuns: 200 });
  });

  it("shows each page's disclaimer, reviewer and both review dates through the .astro components (200 cases)", async () => {
    if (!renderer) throw new Error("The component renderer did not start.");
    await componentsShowDisclaimerAndDates({ numRuns: 200 }, renderer);
  });
});
