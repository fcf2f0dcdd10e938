import type { APIRoute, GetStaticPaths } from "astro";
import { siteStore } from "../../lib/content.ts";
import { searchPlan } from "../../search/searchPlan.ts";
import { searchRecord } from "../../search/searchRecords.ts";

/*
 * The search index's input, written beside the pages and removed by
 * scripts/build.ts once Pagefind has indexed it (scripts/indexSearch.ts).
 * Records come from the search entries the site index wrote with the
 * content, not from parsing the finished HTML: at 10,000 articles that halves
 * the indexing time. One file per chunk of entries, so no file holds the
 * whole site's text. What is indexed: search/searchPlan.ts.
 */

export const getStaticPaths = (async () =>
  Array.from({ length: (await searchPlan()).chunks }, (_, chunk) => ({
    params: { chunk: String(chunk + 1) },
    props: { chunk },
  }))) satisfies GetStaticPaths;

interface Props {
  chunk: number;
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const lines = (await siteStore()).searchChunk(props.chunk).map((entry) => JSON.stringify(searchRecord(entry)));
  return new Response(lines.length > 0 ? `${lines.join("\n")}\n` : "", {
    headers: { "Content-Type": "application/x-ndjson" },
  });
};
