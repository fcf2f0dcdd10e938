import { reviewedFields } from "@patient-ed/content";
import { useState } from "react";
import { useClient, useDocumentOperation, type DocumentActionComponent } from "sanity";
import { STUDIO_CLIENT_OPTIONS, studioSettings } from "../settings/studioSettings.ts";
import { studioToday } from "./studioToday.ts";

/**
 * "Mark as reviewed": after the clinical reviewer has checked the page, set
 * lastReviewed to today and nextReviewDue one review interval later, then
 * publish. Offered only when a reviewer is set; asks for confirmation first,
 * because it is a clinical sign-off, not a formatting change.
 */
export const MarkAsReviewedAction: DocumentActionComponent = (props) => {
  const { patch, publish } = useDocumentOperation(props.id, props.type);
  const client = useClient(STUDIO_CLIENT_OPTIONS);
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
        const { reviewIntervalMonths } = await studioSettings(client);
        patch.execute([{ set: reviewedFields(studioToday(), reviewIntervalMonths) }]);
        publish.execute();
        finish();
      },
    },
  };
};
