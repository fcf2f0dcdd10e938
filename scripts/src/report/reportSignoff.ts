import { isSignedDocumentType, judgeSignoff, type TrustedKey } from "@patient-ed/content";

export type SignoffLabel = "signed off" | "changed since sign-off" | "not signed off";

/** What the report says about a document's clinical sign-off. */
export interface ReportSignoff {
  signoff: SignoffLabel;
  /** The date of the sign-off the document carries, changed since or not. */
  signedOn: string | null;
  /** The fields that differ from what the reviewer signed off (empty unless changed). */
  changedFields: string[];
  /** Why there is no trusted sign-off (null unless not signed off). */
  signoffProblem: string | null;
}

/** The fields of a governanceQuery row that a sign-off is judged from. */
export interface SignoffInputs {
  _id: string;
  _type: string;
  reviewerId: string | null;
  lastReviewed: string | null;
  nextReviewDue: string | null;
  signedContent: Record<string, unknown> | null;
  clinicalSignoff: unknown;
}

/** Judged with judgeSignoff, the one function the build, validation and the migration use too. */
export function reportSignoff(record: SignoffInputs, keys: readonly TrustedKey[]): ReportSignoff {
  const type = record._type;
  if (!isSignedDocumentType(type))
    return { signoff: "not signed off", signedOn: null, changedFields: [], signoffProblem: `a ${type} is not signed` };
  const state = judgeSignoff(
    {
      _id: record._id,
      _type: type,
      reviewerId: record.reviewerId,
      lastReviewed: record.lastReviewed,
      nextReviewDue: record.nextReviewDue,
      content: record.signedContent ?? {},
      clinicalSignoff: record.clinicalSignoff,
    },
    keys,
  );
  switch (state.status) {
    case "signed-off":
      return { signoff: "signed off", signedOn: state.signoff.reviewedOn, changedFields: [], signoffProblem: null };
    case "changed":
      return {
        signoff: "changed since sign-off",
        signedOn: state.signoff.reviewedOn,
        changedFields: state.changed,
        signoffProblem: null,
      };
    case "not-signed-off":
      return { signoff: "not signed off", signedOn: null, changedFields: [], signoffProblem: state.reason };
  }
}

/** The changed fields, or why there is no sign-off: one cell of the table. */
export function signoffDetail(row: ReportSignoff): string {
  return row.changedFields.length > 0 ? row.changedFields.join(", ") : (row.signoffProblem ?? "");
}
