import { EyeOpenIcon } from "@sanity/icons";
import type { DocumentActionComponent } from "sanity";
import { useRouter } from "sanity/router";

/** The Presentation tool's mode for the edit intent: it opens the document beside its page in the draft preview. */
const PRESENTATION_MODE = "presentation";

/**
 * "Open preview": the document beside its page as patients will see it, drafts included, in the Presentation
 * tool (which signs the frame in to the preview server with a one-off secret).
 */
export const OpenPreviewAction: DocumentActionComponent = (props) => {
  const router = useRouter();
  return {
    label: "Open preview",
    icon: EyeOpenIcon,
    disabled: !props.draft && !props.published,
    title: "See this page as patients will, with the draft, before you publish",
    onHandle: () => router.navigateIntent("edit", { id: props.id, type: props.type, mode: PRESENTATION_MODE }),
  };
};
