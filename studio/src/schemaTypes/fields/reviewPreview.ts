interface ReviewPreviewValues {
  title?: string;
  reviewerName?: string;
  nextReviewDue?: string;
}

/** Lists show who signed a document off and when it is next due, at a glance. */
export function reviewPreview(titleField: string) {
  return {
    select: { title: titleField, reviewerName: "reviewer.name", nextReviewDue: "nextReviewDue" },
    prepare: ({ title, reviewerName, nextReviewDue }: ReviewPreviewValues) => ({
      title: title ?? "Untitled",
      subtitle: [
        reviewerName ? `Reviewed by ${reviewerName}` : "No clinical reviewer",
        nextReviewDue ? `review due ${nextReviewDue}` : "no review date",
      ].join(" · "),
    }),
  };
}
