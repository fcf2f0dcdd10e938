import type { Env } from "@patient-ed/env";
import type { CalendarDate } from "../../calendar/calendarDate.ts";
import { streamSiteContent } from "../../load/streamSiteContent.ts";
import { ReviewGate, type OverdueDocument, type UnsignedDocument } from "../../review/reviewGate.ts";
import { judgePage } from "../../signoff/pageSignoff.ts";
import type { TrustedKey } from "../../signoff/signingKeys.ts";
import { clockFromEnv, reviewToday, type ReviewPolicy } from "../../review/reviewPolicy.ts";
import { reviewStatus } from "../../review/reviewStatus.ts";
import type { Article } from "../../schemas/article.ts";
import type { Faq } from "../../schemas/faq.ts";
import type { Page } from "../../schemas/page.ts";
import type { Person } from "../../schemas/person.ts";
import type { SiteSettings } from "../../schemas/siteSettings.ts";
import type { ContentSource } from "../../sources/ContentSource.ts";
import type { LocalImages } from "../../sources/ContentSource.ts";
import { placeholdersFromAssets, type ImagePlaceholders } from "../../images/placeholders.ts";
import { imagePlaceholdersQuery } from "../../queries.ts";
import type { IssueList } from "../../errors/issueList.ts";
import { articleCard, faqCard, type ArticleCard, type FaqCard } from "./cards.ts";
import { DocumentStoreWriter, type StoreLocation } from "./documentStore.ts";
import { articleEntry, faqEntry, SearchEntryWriter } from "./searchEntries.ts";

/** Everything the site is built from: what lists need in memory, and where the full documents are. */
export interface SiteIndex {
  settings: SiteSettings;
  people: Person[];
  pages: Page[];
  articles: ArticleCard[];
  faqs: FaqCard[];
  /** The date review status was judged on, where the publisher is. */
  today: CalendarDate;
  /** Every overdue article and FAQ entry, whatever the policy did with it. */
  overdue: OverdueDocument[];
  /** Every article and FAQ entry not signed off for what it shows, whatever the policy did with it. */
  unsigned: UnsignedDocument[];
  /** How many review history entries were left out because their signature did not hold. */
  untrustedHistoryEntries: number;
  /** The full documents and the search entries, opened with openDocumentStore. */
  store: StoreLocation;
  /** How many chunks of search entries the store holds (readable one at a time). */
  searchChunks: number;
  /** The Content Lake sync cursor (newest _updatedAt), when content came from the Content Lake. */
  cursor: string | null;
  /** Image files the dataset file brought, by asset reference, for the build to resize (none from a Content Lake). */
  images: LocalImages;
  /** Each image's blurred placeholder, by asset reference, where Sanity made one. */
  placeholders: ImagePlaceholders;
}

export interface SiteIndexOptions {
  policy: ReviewPolicy;
  /** A new folder for the store (it is created). */
  storeDir: string;
  /** SITE_NOW and SITE_TIMEZONE, which pin and place today's date. */
  env: Env;
  cursor?: string | null;
  /** Articles or FAQ entries per query (default 5,000). */
  sliceSize?: number;
  /** The public keys a sign-off may be signed with (signoffTrustFromEnv). */
  signoffKeys: readonly TrustedKey[];
  /** For the draft preview: collects content problems here and leaves those documents out (streamSiteContent). */
  tolerate?: IssueList;
}

/** Placeholders from the asset documents the source holds, and from the images a dataset file brought. */
async function placeholdersOf(source: ContentSource): Promise<ImagePlaceholders> {
  const placeholders = placeholdersFromAssets(await source.fetch(imagePlaceholdersQuery));
  for (const [ref, image] of Object.entries(source.localImages ?? {})) if (image.lqip) placeholders[ref] = image.lqip;
  return placeholders;
}

/**
 * Builds the site's index in one pass over the content: streams and
 * validates every document, applies the review policy, writes each admitted
 * article and FAQ entry in full to the store with its search entry, and keeps
 * only its card. Throws ContentError or ReviewPolicyError once everything is
 * read, leaving no store behind. The build (in a child process, see
 * loadSiteIndex) and the tests both go through here.
 */
export async function buildSiteIndex(source: ContentSource, options: SiteIndexOptions): Promise<SiteIndex> {
  const documents = new DocumentStoreWriter(options.storeDir);
  const search = new SearchEntryWriter(options.storeDir);
  const articles: ArticleCard[] = [];
  const faqs: FaqCard[] = [];
  let gate: ReviewGate | undefined;
  let untrustedHistoryEntries = 0;
  try {
    const frame = await streamSiteContent(
      source,
      (settings) => {
        gate = new ReviewGate(options.policy, reviewToday(settings?.timeZone ?? "UTC", options.env));
        const admitted = gate;
        const admit = <T extends Article | Faq>(doc: T) => {
          const { state, page, untrustedHistory } = judgePage(doc, options.signoffKeys);
          untrustedHistoryEntries += untrustedHistory;
          if (!admitted.admit(doc, state)) return null;
          return { ...page, reviewStatus: reviewStatus(doc.nextReviewDue, admitted.today) };
        };
        return {
          article(doc) {
            const reviewed = admit(doc);
            if (!reviewed) return;
            documents.add(doc._id, reviewed);
            search.add(articleEntry(doc));
            articles.push(articleCard(reviewed));
          },
          faq(doc) {
            const reviewed = admit(doc);
            if (!reviewed) return;
            documents.add(doc._id, reviewed);
            search.add(faqEntry(doc));
            faqs.push(faqCard(reviewed));
          },
        };
      },
      {
        now: clockFromEnv(options.env)(),
        ...(options.sliceSize !== undefined && { sliceSize: options.sliceSize }),
        ...(options.tolerate && { tolerate: options.tolerate }),
      },
    );
    if (!gate) throw new Error("The content was read without a review policy.");
    gate.finish();
    const searchChunks = search.close();
    const store = documents.close();
    return {
      ...frame,
      articles,
      faqs,
      today: gate.today,
      overdue: gate.overdue,
      unsigned: gate.unsigned,
      untrustedHistoryEntries,
      store,
      searchChunks,
      cursor: options.cursor ?? null,
      images: source.localImages ?? {},
      placeholders: await placeholdersOf(source),
    };
  } catch (error) {
    search.close();
    documents.abandon();
    throw error;
  }
}
