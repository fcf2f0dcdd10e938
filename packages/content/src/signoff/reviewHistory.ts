import { verifiedSignoff } from "./judgeSignoff.ts";
import type { TrustedKey } from "./signingKeys.ts";
import type { SignedDocumentType } from "./signedFields.ts";

/** One past sign-off as patients see it in "Review history". */
export interface ReviewHistoryEntry {
  reviewedOn: string;
  reviewerName: string | null;
  reviewerCredentials: string | null;
  note: string | null;
  recordedAtMigration: boolean;
}

/**
 * The document's review history, newest first, keeping only entries whose signature holds for this document:
 * an entry written by hand into the dataset is not history. The query adds each entry's reviewer name and
 * credentials (`reviewerName`, `reviewerCredentials`) beside the signed fields.
 */
export function trustedHistory(
  entries: unknown,
  doc: { _id: string; _type: SignedDocumentType },
  keys: readonly TrustedKey[],
): { entries: ReviewHistoryEntry[]; untrusted: number; newestSignedAt: string | null } {
  const list = Array.isArray(entries) ? (entries as unknown[]) : [];
  const trusted: (ReviewHistoryEntry & { signedAt: string })[] = [];
  for (const entry of list) {
    const verified = verifiedSignoff(entry, doc, keys);
    if ("problem" in verified) continue;
    const names = entry as { reviewerName?: unknown; reviewerCredentials?: unknown };
    trusted.push({
      signedAt: verified.signoff.signedAt,
      reviewedOn: verified.signoff.reviewedOn,
      reviewerName: typeof names.reviewerName === "string" ? names.reviewerName : null,
      reviewerCredentials: typeof names.reviewerCredentials === "string" ? names.reviewerCredentials : null,
      note: verified.signoff.note?.trim() || null,
      recordedAtMigration: verified.signoff.recordedAtMigration === true,
    });
  }
  trusted.sort((a, b) => b.signedAt.localeCompare(a.signedAt));
  return {
    entries: trusted.map(({ signedAt: _signedAt, ...entry }) => entry),
    untrusted: list.length - trusted.length,
    newestSignedAt: trusted[0]?.signedAt ?? null,
  };
}
