import { DOCUMENT_PATHS } from "@patient-ed/content";
import { EyeOpenIcon } from "@sanity/icons/EyeOpen";
import type { DocumentActionComponent } from "sanity";
import { useRouter } from "sanity/router";

/** The Presentation tool's mode for the edit intent: it opens the document beside its page in the draft preview. */
const PRESENTATION_MODE = "presentation";

/** The page a document is shown on, from its current (draft or published) slug. */
function pagePath(type: string, doc: Record<string, unknown> | null): string | null {
  const slug = (doc?.slug as { current?: unknown } | undefined)?.current;
  if (typeof slug !== "string" || slug === "") return null;
  return type === "faq" ? DOCUMENT_PATHS.faq(slug) : type === "article" ? DOCUMENT_PATHS.article(slug) : null;
}

/**
 * "Open preview": the document beside its page as patients will see it, drafts included, in the Presentation
 * tool (which signs the frame in to the preview server with a one-off secret).
 */
export const OpenPreviewAction: DocumentActionComponent = (props) => {
  const router = useRouter();
  const path = pagePath(props.type, props.draft ?? props.published);
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
