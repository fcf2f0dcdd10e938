import type { RawDocument } from "@patient-ed/content";
import { EMBEDDED_DATASET_PATH, readDatasetFile } from "@patient-ed/content/node";
import { signedOff } from "@patient-ed/testing/signoff";

/** The date the editor tests pin the browser's clock to. */
export const PINNED_TODAY = "2027-09-15";
/** Settings in the editor tests use a review interval the default (12) cannot be mistaken for. */
export const TEST_REVIEW_INTERVAL_MONTHS = 6;

/** What each review work list must hold on PINNED_TODAY, by document id. */
export const EXPECTED_WORK_LISTS = {
  "Overdue for review": ["faq-insurance"],
  "Due within 30 days": ["faq-driving", "article-ketamine-neuroplasticity"],
  "Missing references": ["faq-number-of-treatments"],
};

/** The title the Studio shows for a document: its draft's, when it has a draft. */
export function shownTitle(documents: readonly RawDocument[], id: string): string {
  const doc = documents.find((candidate) => candidate._id === `drafts.${id}`) ?? documents.find((d) => d._id === id);
  return String(doc?.title ?? doc?.question);
}

const LATER = { lastReviewed: "2027-03-01", nextReviewDue: "2028-03-01" };

/** Per document id: the fields the editor tests change in the embedded dataset. */
const CHANGES: Record<string, Record<string, unknown>> = {
  siteSettings: { reviewIntervalMonths: TEST_REVIEW_INTERVAL_MONTHS },
  // The article (due 2027-10-01) is due within 30 days of the pinned date, and so is this one:
  "faq-driving": { lastReviewed: "2026-10-01", nextReviewDue: "2027-09-30" },
  // Overdue since the end of August:
  "faq-insurance": { lastReviewed: "2025-09-01", nextReviewDue: "2027-08-31" },
  // Cites nothing:
  "faq-number-of-treatments": { ...LATER, references: [] },
};

/** A sentence of 32 words: the readability rule warns about sentences over 25. */
export const LONG_SENTENCE =
  "Before your first session the clinic team will talk with you about your health, your medicines, your past treatments and how you are feeling now so that they can plan your care.";

/** An unpublished edit of one FAQ entry that adds LONG_SENTENCE to its answer, and nothing else wrong. */
function draftWithLongSentence(published: RawDocument): RawDocument {
  const paragraph = {
    _type: "block",
    _key: "longsentence",
    style: "normal",
    markDefs: [],
    children: [{ _type: "span", _key: "longsentence0", text: LONG_SENTENCE, marks: [] }],
  };
  return { ...published, _id: `drafts.${published._id}`, answer: [...(published.answer as object[]), paragraph] };
}

export const DRAFT_WITH_LONG_SENTENCE = "faq-session";

/**
 * The embedded dataset as the Studio tests see it: every FAQ entry current
 * on PINNED_TODAY except the ones named above, so each work list holds
 * documents for one reason only, and a draft with a readability warning.
 */
export async function editorDataset(): Promise<RawDocument[]> {
  const { documents } = await readDatasetFile(EMBEDDED_DATASET_PATH);
  const changed = documents.map((doc) => {
    const publishedId = doc._id.replace(/^drafts\./, "");
    const changes = CHANGES[publishedId] ?? (doc._type === "faq" ? LATER : {});
    return { ...doc, ...changes };
  });
  const withWarning = changed.find((doc) => doc._id === DRAFT_WITH_LONG_SENTENCE);
  if (!withWarning) throw new Error(`The embedded dataset has no ${DRAFT_WITH_LONG_SENTENCE}`);
  // Published pages signed off as they now are (their review dates changed above); the draft is a change since.
  return signedOff([...changed, draftWithLongSentence(withWarning)]);
}
