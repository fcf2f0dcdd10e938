import { addDays, DUE_SOON_DAYS, REVIEWED_TYPES, type CalendarDate } from "@patient-ed/content";

/** One editorial work list: a GROQ filter over articles and FAQ entries together. */
export interface ReviewList {
  id: string;
  title: string;
  filter: string;
  params: (today: CalendarDate) => Record<string, unknown>;
}

const types = [...REVIEWED_TYPES];

export const reviewLists: ReviewList[] = [
  {
    id: "overdue-for-review",
    title: "Overdue for review",
    filter: `_type in $types && nextReviewDue < $today`,
    params: (today) => ({ types, today }),
  },
  {
    id: "due-within-30-days",
    title: `Due within ${DUE_SOON_DAYS} days`,
    filter: `_type in $types && nextReviewDue >= $today && nextReviewDue <= $soon`,
    params: (today) => ({ types, today, soon: addDays(today, DUE_SOON_DAYS) }),
  },
  {
    id: "missing-references",
    title: "Missing references",
    filter: `_type in $types && count(coalesce(references, [])) == 0`,
    params: () => ({ types }),
  },
];
