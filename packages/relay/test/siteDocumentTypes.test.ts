import { SITE_DOCUMENT_TYPES as CONTRACT_TYPES } from "@patient-ed/content";
import { expect, it } from "vitest";
import { SITE_DOCUMENT_TYPES } from "../src/publishEvent.ts";

// The relay keeps its own copy so the handler runs on edge platforms without the content package.
it("rebuilds for exactly the document types the content contract says the site shows", () => {
  expect([...SITE_DOCUMENT_TYPES].sort()).toEqual([...CONTRACT_TYPES].sort());
});
