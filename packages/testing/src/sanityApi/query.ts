import { createFileSource, type Perspective, type RawDocument } from "@patient-ed/content";

/** Since API version 2025-02-19 a query without a perspective sees the published perspective; before, raw. */
const PUBLISHED_BY_DEFAULT_FROM = "2025-02-19";

/**
 * The perspective a query asked for. The Studio sends `raw`, `drafts`, or a
 * list of releases ending in `drafts`; releases are not modelled here, so a
 * list reads as `drafts`.
 */
export function perspectiveOf(requested: string | null, apiVersion: string): Perspective {
  const names = (requested ?? "").split(",").filter(Boolean);
  if (names.includes("raw")) return "raw";
  if (names.includes("published")) return "published";
  if (names.length > 0) return "drafts";
  return apiVersion >= PUBLISHED_BY_DEFAULT_FROM ? "published" : "raw";
}

/**
 * The Studio's list search calls `text::query($q)`, which groq-js does not
 * implement; as a plain `match` pattern it finds the same documents for the
 * queries the tests make (`*` and whole words).
 */
function withoutTextQuery(query: string): string {
  return query.replaceAll("text::query(", "(");
}

/** Runs a query as the Content Lake would, through the content contract's own GROQ source. */
export function runQuery(
  documents: readonly RawDocument[],
  query: string,
  params: Record<string, unknown>,
  perspective: string | null,
  apiVersion: string,
): Promise<unknown> {
  return createFileSource(documents, "stand-in Sanity API", perspectiveOf(perspective, apiVersion)).fetch(
    withoutTextQuery(query),
    params,
  );
}
