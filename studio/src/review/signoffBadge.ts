import type { DocumentBadgeComponent, DocumentBadgeDescription } from "sanity";
import { signoffSummary, studioSignoffState, type StudioDocument } from "./signoffState.ts";

/** "Changed since sign-off" or "Not signed off", judged from the draft when there is one. */
export function signoffBadgeFor(doc: StudioDocument | null | undefined): DocumentBadgeDescription | null {
  const state = studioSignoffState(doc);
  if (!state || state.status === "signed-off") return null;
  return {
    label: state.status === "changed" ? "Changed since sign-off" : "Not signed off",
    color: "danger",
    title: `${signoffSummary(state)} Patients will see it as not reviewed until its clinical reviewer signs it off.`,
  };
}

export const SignoffBadge: DocumentBadgeComponent = (props) => signoffBadgeFor(props.draft ?? props.published);
