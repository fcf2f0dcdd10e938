import { createFileSource, SANITY_API_VERSION, type RawDocument } from "@patient-ed/content";
import type { SanityClient } from "sanity";

/**
 * Stands in for the Content Lake client inside Sanity's validation rules.
 * Rules that would query the API (slug uniqueness, the settings' review
 * interval) get their answers from the dataset file itself, through the same
 * GROQ engine, so validation needs no network and no project.
 */
export function createDatasetClient(documents: readonly RawDocument[]): SanityClient {
  // The raw perspective: uniqueness must see drafts too, as the Studio does.
  const source = createFileSource(documents, "dataset under validation", "raw");
  const client = {
    fetch: (query: string, params?: Record<string, unknown>) => source.fetch(query, params),
    withConfig: () => client,
    config: () => ({ apiVersion: SANITY_API_VERSION }),
  };
  // Validation rules only call fetch, withConfig and config (checked against sanity's source).
  return client as unknown as SanityClient;
}
