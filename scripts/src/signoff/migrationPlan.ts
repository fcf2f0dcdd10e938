import {
  createSignoff,
  isCalendarDate,
  isSignedDocumentType,
  judgeSignoff,
  signableOf,
  type SignedDocumentType,
  type SignoffRecord,
  type SigningKey,
  type TrustedKey,
  type RawDocument,
} from "@patient-ed/content";

/** What the migration does, or would do, with one published article or FAQ entry. */
export type MigrationOutcome =
  | { kind: "record"; record: SignoffRecord }
  | { kind: "signed off"; signedOn: string }
  | { kind: "changed"; signedOn: string; changed: string[] }
  | { kind: "left alone"; reason: string }
  /** Planned, but the write failed (the Content Lake only). */
  | { kind: "failed"; reason: string };

export interface MigrationStep {
  id: string;
  type: SignedDocumentType;
  title: string;
  outcome: MigrationOutcome;
}

export interface MigrationContext {
  key: SigningKey;
  /** The keys an existing sign-off is trusted under: the builds' and the migration key itself. */
  trusted: readonly TrustedKey[];
  /** Who ran the migration: named in each sign-off's note. */
  operator: string;
  now: Date;
  /** Person names by document id, so a sign-off names its reviewer. */
  names: ReadonlyMap<string, string>;
}

/** Published articles and FAQ entries: a draft or a release version is signed off when it is published. */
export function isMigratable(doc: RawDocument): boolean {
  return isSignedDocumentType(doc._type) && !doc._id.startsWith("drafts.") && !doc._id.startsWith("versions.");
}

const titleOf = (doc: RawDocument) =>
  [doc.title, doc.question].find((text): text is string => typeof text === "string" && text !== "") ?? "(untitled)";

/**
 * Why a page with no trusted sign-off is still not one published before sign-offs existed, or null when it is.
 * A page that carries a sign-off or a review history was signed off once: whatever happened since (an edit, a key
 * the build does not trust, a record written by hand) only its reviewer can vouch for, so the migration must not.
 */
function notFromBeforeSignoffs(doc: RawDocument, reason: string): string | null {
  if (doc.clinicalSignoff !== undefined && doc.clinicalSignoff !== null)
    return `${reason}; it was signed off before, so only its reviewer can sign it off again`;
  if (Array.isArray(doc.reviewHistory) && doc.reviewHistory.length > 0)
    return "it has a review history but no current sign-off: only its reviewer can sign it off again";
  return null;
}

/** What cannot be recorded for want of a reviewer or review dates, or null when everything is there. */
function missingDetails(doc: RawDocument): string | null {
  const reviewer = doc.reviewer as { _ref?: unknown } | undefined;
  if (typeof reviewer?._ref !== "string") return "it names no clinical reviewer, so no one can have signed it off";
  if (!isCalendarDate(doc.lastReviewed) || !isCalendarDate(doc.nextReviewDue))
    return "its last review or next review date is missing or not a date";
  return null;
}

/**
 * Decides for one published article or FAQ entry, and signs the record when it is to be recorded. Only a page with
 * no sign-off at all is recorded, as its reviewer signed it off on its last review date: re-signing a page changed
 * since its sign-off would pass an unreviewed edit off as reviewed.
 */
export function planMigration(doc: RawDocument, context: MigrationContext): MigrationStep {
  const step = (outcome: MigrationOutcome): MigrationStep => ({
    id: doc._id,
    type: doc._type as SignedDocumentType,
    title: titleOf(doc),
    outcome,
  });
  const state = judgeSignoff(signableOf(doc), context.trusted);
  if (state.status === "signed-off") return step({ kind: "signed off", signedOn: state.signoff.reviewedOn });
  if (state.status === "changed")
    return step({ kind: "changed", signedOn: state.signoff.reviewedOn, changed: state.changed });
  const refusal = notFromBeforeSignoffs(doc, state.reason) ?? missingDetails(doc);
  if (refusal) return step({ kind: "left alone", reason: refusal });
  const reviewerId = (doc.reviewer as { _ref: string })._ref;
  const record = createSignoff(
    doc,
    {
      // No Sanity user signed in: the id says so, and the name is the reviewer the page has named all along.
      signedBy: { userId: `migration:${reviewerId}`, name: context.names.get(reviewerId) ?? null, email: null },
      signedAt: context.now.toISOString(),
      reviewedOn: String(doc.lastReviewed),
      nextReviewDue: String(doc.nextReviewDue),
      note: `Recorded at migration by ${context.operator}, from the review dates the page already carried.`,
      recordedAtMigration: true,
    },
    context.key,
  );
  return step({ kind: "record", record });
}

/** Person names by id, from whatever documents were read. */
export function personNames(documents: readonly RawDocument[]): Map<string, string> {
  return new Map(
    documents
      .filter((doc) => doc._type === "person" && typeof doc.name === "string")
      .map((doc) => [doc._id, String(doc.name)]),
  );
}
