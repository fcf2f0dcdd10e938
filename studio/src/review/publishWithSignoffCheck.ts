import { useState } from "react";
import type { DocumentActionComponent, DocumentActionDescription } from "sanity";
import { signoffSummary, studioSignoffState } from "./signoffState.ts";

/**
 * Sanity's own Publish, asking first when the page is not what its reviewer signed off: publishing is allowed
 * (an urgent correction cannot wait for a reviewer), but the editor is told patients will see it as not reviewed.
 */
export function publishWithSignoffCheck(publish: DocumentActionComponent): DocumentActionComponent {
  const Guarded: DocumentActionComponent = (props) => {
    const original = publish(props) as DocumentActionDescription | null;
    const [asking, setAsking] = useState(false);
    const state = studioSignoffState(props.draft ?? props.published);
    if (!original || !state || state.status === "signed-off") return original;
    return {
      ...original,
      onHandle: () => setAsking(true),
      dialog: asking
        ? {
            type: "confirm",
            tone: "caution",
            message: `${signoffSummary(state)} If you publish now, patients will see this page as not reviewed, without "Medically reviewed by", until its clinical reviewer signs it off. Publish anyway?`,
            onCancel: () => setAsking(false),
            onConfirm: () => {
              setAsking(false);
              original.onHandle?.();
            },
          }
        : original.dialog,
    };
  };
  Guarded.action = publish.action;
  Guarded.displayName = "PublishWithSignoffCheck";
  return Guarded;
}
