import type { APIRoute, GetStaticPaths } from "astro";
import { getFaqsById, readArticle, readFaq } from "../../lib/content.ts";
import { paginate } from "../../lib/pagination.ts";
import { searchItems, type SearchItem } from "../../search/searchItems.ts";
import { articleRecord, faqRecord } from "../../search/searchRecords.ts";

/*
 * The search index's input, written beside the pages and removed by
 * scripts/build.ts once Pagefind has indexed it (scripts/indexSearch.ts).
 * Records come from the content, not from parsing the finished HTML: at
 * 10,000 articles that halves the indexing time. What is indexed:
 * search/searchItems.ts.
 */

/** Documents per file, so no single file holds the whole site's text. */
const RECORDS_PER_FILE = 1000;

export const getStaticPaths = (async () =>
  paginate(await searchItems(), RECORDS_PER_FILE).map((items, index) => ({
    params: { chunk: String(index + 1) },
    props: { items },
  }))) satisfies GetStaticPaths;

interface Props {
  items: SearchItem[];
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const faqsById = await getFaqsById();
  const lines: string[] = [];
  for (const item of props.items) {
    const record =
      item.kind === "article"
        ? articleRecord(
            await readArticle(item.card),
            (item.card.faqIds ?? []).flatMap((id) => faqsById.get(id)?.question ?? []),
          )
        : faqRecord(await readFaq(item.card));
    lines.push(JSON.stringify(record));
  }
  return new Response(`${lines.join("\n")}\n`, { headers: { "Content-Type": "application/x-ndjson" } });
};
