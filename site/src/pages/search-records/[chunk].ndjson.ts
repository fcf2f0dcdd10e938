import type { APIRoute, GetStaticPaths } from "astro";
import {
  getArticles,
  getFaqs,
  getFaqsById,
  readArticle,
  readFaq,
  type ArticleCard,
  type FaqCard,
} from "../../lib/content.ts";
import { paginate } from "../../lib/pagination.ts";
import { articleRecord, faqRecord } from "../../search/searchRecords.ts";

/*
 * The search index's input, written beside the pages and removed by
 * scripts/build.ts once Pagefind has indexed it (scripts/indexSearch.ts).
 * Records come from the content, not from parsing the finished HTML: at
 * 10,000 articles that halves the indexing time. Articles are indexed with
 * the questions they list; a FAQ entry is indexed on its own only when no
 * article lists it, so every page's subject can be found.
 */

/** Documents per file, so no single file holds the whole site's text. */
const RECORDS_PER_FILE = 1000;

type Item = { kind: "article"; card: ArticleCard } | { kind: "faq"; card: FaqCard };

async function searchItems(): Promise<Item[]> {
  const articles = await getArticles();
  const listed = new Set(articles.flatMap((article) => article.faqIds ?? []));
  return [
    ...articles.map((card): Item => ({ kind: "article", card })),
    ...(await getFaqs()).filter((faq) => !listed.has(faq._id)).map((card): Item => ({ kind: "faq", card })),
  ];
}

export const getStaticPaths = (async () =>
  paginate(await searchItems(), RECORDS_PER_FILE).map((items, index) => ({
    params: { chunk: String(index + 1) },
    props: { items },
  }))) satisfies GetStaticPaths;

interface Props {
  items: Item[];
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
