import { DEFAULT_REVIEW_INTERVAL_MONTHS, reviewedFields } from "@patient-ed/review";
import { useState } from "react";
import { useClient, useDocumentOperation, type DocumentActionComponent } from "sanity";
import { SETTINGS_API_VERSION, SITE_SETTINGS_ID } from "../settings.ts";
import { studioToday } from "./studioToday.ts";

/**
 * "Mark as reviewed": after the clinical reviewer has checked the page, set
 * lastReviewed to today and nextReviewDue one review interval later, then
 * publish. Offered only when a reviewer is set; asks for confirmation first,
 * because it is a clinical sign-off, not a formatting change.
 */
export const MarkAsReviewedAction: DocumentActionComponent = (props) => {
  const { patch, publish } = useDocumentOperation(props.id, props.type);
  const client = useClient({ apiVersion: SETTINGS_API_VERSION });
  const [confirming, setConfirming] = useState(false);
  const document = props.draft ?? props.published;
  if (!document?.reviewer) return null;

  const finish = () => {
    setConfirming(false);
    props.onComplete();
  };
  return {
    label: "Mark as reviewed",
    tone: "positive",
    disabled: Boolean(patch.disabled),
    title: "Record today's clinical review and publish",
    onHandle: () => setConfirming(true),
    dialog: confirming && {
      type: "confirm",
      tone: "positive",
      message:
        "Confirm that the clinical reviewer has checked this whole page today. The last review date becomes today, the next review is scheduled, and the page is published.",
      onCancel: finish,
      onConfirm: async () => {
        const months = await client.fetch<number | null>(`*[_id == $id][0].reviewIntervalMonths`, {
          id: SITE_SETTINGS_ID,
        });
        patch.execute([{ set: reviewedFields(studioToday(), months ?? DEFAULT_REVIEW_INTERVAL_MONTHS) }]);
        publish.execute();
        finish();
      },
    },
  };
};
