import type { RawDocument } from "@patient-ed/content";
import { beforeAll, describe, expect, it } from "vitest";
import { contractRefuses, studioRefuses } from "./helpers/refusals.ts";
import { DOCUMENT_IDS, maximalDataset, offeredFields } from "./helpers/maximalDocuments.ts";

/*
 * What the Studio offers, the contract accepts, and what the Studio refuses,
 * the contract refuses too. A document the Studio lets an editor publish but
 * the build refuses breaks every build (a reviewer's photo once did); a
 * document the Studio refuses but the build accepts would publish content no
 * editor could have made valid.
 */

/**
 * Settings the Studio asks an editor for but the contract fills with the
 * documented defaults (rules.ts) when missing: a dataset from before the
 * field existed still builds.
 */
const CONTRACT_DEFAULTS = new Set(["siteSettings → reviewIntervalMonths", "siteSettings → maxReviewIntervalMonths"]);

let dataset: RawDocument[];

beforeAll(() => {
  dataset = maximalDataset();
});

describe("the Studio schema and the content contract agree", () => {
  it("accepts a document of each patient-facing type with every field the Studio offers filled in", async () => {
    expect(await studioRefuses(dataset), "the generated documents must be valid in the Studio").toEqual([]);
    expect(await contractRefuses(dataset)).toEqual([]);
  });

  const removals = Object.entries(DOCUMENT_IDS).flatMap(([type, id]) =>
    offeredFields(type as keyof typeof DOCUMENT_IDS).map((field) => [type, field, id] as const),
  );

  it.each(removals)("%s without %s: the contract refuses exactly what the Studio refuses", async (_type, field, id) => {
    const without = dataset.map((doc) => {
      if (doc._id !== id) return doc;
      const { [field]: _removed, ...rest } = doc;
      return rest as RawDocument;
    });
    const studio = (await studioRefuses(without)).filter((place) => !CONTRACT_DEFAULTS.has(place));
    let contract = await contractRefuses(without);
    // A document the Studio refuses cannot be published; the contract also names the pages that reference it,
    // which is only more help. Those consequences aside, the two must agree.
    if (contract.some((place) => place.startsWith(`${id} → `)))
      contract = contract.filter((place) => place.startsWith(`${id} → `));
    expect(contract).toEqual(studio);
  });
});
