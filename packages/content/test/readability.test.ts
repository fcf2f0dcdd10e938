import { describe, expect, it } from "vitest";
import { estimateReadability } from "@patient-ed/content";

// Graded passages: short everyday sentences read at an early grade; dense academic prose far above 12.
const easy =
  "The cat sat on the mat. It was a warm day. The sun was out. The dog came to play. They ran in the park. " +
  "Then they had a nap. It was a good day for them. They went home at six. Mum made tea. We all sat down to eat.";
const hard =
  "Pharmacological antagonism of N-methyl-D-aspartate receptors precipitates downstream intracellular signalling " +
  "cascades, culminating in mammalian target of rapamycin activation, brain-derived neurotrophic factor " +
  "translation and consequent synaptogenesis within prefrontal cortical microcircuitry, thereby potentially " +
  "ameliorating depressive symptomatology. Contemporaneous investigations substantiate considerable " +
  "interindividual heterogeneity regarding therapeutic responsiveness and the durability of antidepressant efficacy.";

describe("readability estimate", () => {
  it("grades simple everyday text at an early school grade", () => {
    const { grade } = estimateReadability(easy);
    expect(grade).not.toBeNull();
    expect(grade!).toBeLessThan(3);
  });

  it("grades dense academic prose far above the target of 8", () => {
    expect(estimateReadability(hard).grade!).toBeGreaterThan(16);
  });

  it("lists sentences over 25 words", () => {
    const { longSentences } = estimateReadability(`${easy} ${hard}`);
    expect(longSentences).toHaveLength(1);
    expect(longSentences[0]).toMatch(/^Pharmacological antagonism/);
  });

  it("does not grade text too short to judge", () => {
    expect(estimateReadability("Call 999.").grade).toBeNull();
  });
});
