import { addDays, DUE_SOON_DAYS, type CalendarDate } from "@patient-ed/review";

/** One editorial work list: a GROQ filter over articles and FAQ entries together. */
export interface ReviewList {
  id: string;
  title: string;
  filter: string;
  params: (today: CalendarDate) => Record<string, string>;
}

const REVIEWED_TYPES = `_type in ["article", "faq"]`;

export const reviewLists: ReviewList[] = [
  {
    id: "overdue-for-review",
    title: "Overdue for review",
    filter: `${REVIEWED_TYPES} && nextReviewDue < $today`,
    params: (today) => ({ today }),
  },
  {
    id: "due-within-30-days",
    title: `Due within ${DUE_SOON_DAYS} days`,
    filter: `${REVIEWED_TYPES} && nextReviewDue >= $today && nextReviewDue <= $soon`,
    params: (today) => ({ today, soon: addDays(today, DUE_SOON_DAYS) }),
  },
  {
    id: "missing-references",
    title: "Missing references",
    filter: `${REVIEWED_TYPES} && count(coalesce(references, [])) == 0`,
    params: () => ({}),
  },
];
