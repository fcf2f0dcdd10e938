import { EyeOpenIcon } from "@sanity/icons/EyeOpen";
import type { DocumentActionComponent } from "sanity";
import { useRouter } from "sanity/router";
import { isPreviewedType, previewPathOf } from "./previewPaths.ts";

/** The Presentation tool's mode for the edit intent: it opens the document beside its page in the draft preview. */
const PRESENTATION_MODE = "presentation";

/**
 * "Open preview": the document beside its page as patients will see it, drafts included, in the Presentation
 * tool (which signs the frame in to the preview server with a one-off secret).
 */
export const OpenPreviewAction: DocumentActionComponent = (props) => {
  const router = useRouter();
  const doc = props.draft ?? props.published;
  const slug = (doc?.slug as { current?: unknown } | undefined)?.current;
  const path = isPreviewedType(props.type) ? previewPathOf(props.type, slug) : null;
  return {
    label: "Open preview",
    icon: EyeOpenIcon,
    disabled: !path,
    title: path
      ? "See this page as patients will, with the draft, before you publish"
      : "Give the page a slug first: the preview shows it at its address",
    onHandle: () =>
      router.navigateIntent("edit", { id: props.id, type: props.type, mode: PRESENTATION_MODE, preview: path ?? "/" }),
  };
};
