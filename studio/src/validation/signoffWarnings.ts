import {
  isSignedDocumentType,
  judgeSignoff,
  signableOf,
  type RawDocument,
  type SignoffState,
  type TrustedKey,
} from "@patient-ed/content";
import type { ValidationProblem } from "./validateDataset.ts";

const CONSEQUENCE = "patients will see it as not reviewed";

function describe(state: Exclude<SignoffState, { status: "signed-off" }>): Pick<ValidationProblem, "path" | "message"> {
  if (state.status === "changed")
    return {
      path: state.changed.join(", "),
      message: `Changed since its clinical sign-off on ${state.signoff.reviewedOn}: ${CONSEQUENCE}`,
    };
  return { path: "clinicalSignoff", message: `Not signed off (${state.reason}): ${CONSEQUENCE}` };
}

/**
 * A warning for each published article and FAQ entry that is not signed off for what it shows: no sign-off, one
 * the keys do not vouch for, or content changed since. A warning and never an error: it is a state of the content,
 * not invalid content, and editors must be able to save drafts (drafts are not judged: a draft differs from its
 * sign-off until the reviewer signs it). The build applies REVIEW_POLICY to the same verdict (judgeSignoff).
 */
export function signoffWarnings(
  documents: readonly RawDocument[],
  keys: readonly TrustedKey[],
  lineOf?: ReadonlyMap<string, number>,
): ValidationProblem[] {
  const warnings: ValidationProblem[] = [];
  for (const doc of documents) {
    if (doc._id.startsWith("drafts.") || !isSignedDocumentType(doc._type)) continue;
    const state = judgeSignoff(signableOf(doc), keys);
    if (state.status === "signed-off") continue;
    const line = lineOf?.get(doc._id);
    warnings.push({
      documentId: doc._id,
      documentType: doc._type,
      level: "warning",
      ...describe(state),
      ...(line !== undefined && { line }),
    });
  }
  return warnings;
}
