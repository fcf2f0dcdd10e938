import type { RawDocument } from "../../dataset/parseNdjson.ts";
import { createSignoff, withSignoff, type SignoffDetails } from "../../signoff/createSignoff.ts";
import { signingKey } from "../../signoff/signingKeys.ts";
import { DEVELOPMENT_PRIVATE_KEY } from "./developmentSigningKey.ts";

const developmentKey = signingKey(DEVELOPMENT_PRIVATE_KEY);

/**
 * `doc` as signed off by `signedBy` on its own review dates, with the development key: what the embedded dataset,
 * the benchmark's datasets and the tests' datasets carry. Any sign-off it already had is replaced, not kept as
 * history. Never for real content (the development key's private half is public).
 */
export function signWithDevelopmentKey<T extends RawDocument>(
  doc: T,
  signedBy: SignoffDetails["signedBy"],
  note?: string | null,
): T {
  const reviewedOn = String(doc.lastReviewed);
  const unsigned: T = { ...doc, clinicalSignoff: undefined, reviewHistory: undefined };
  const record = createSignoff(
    unsigned,
    { signedBy, signedAt: `${reviewedOn}T12:00:00Z`, reviewedOn, nextReviewDue: String(doc.nextReviewDue), note },
    developmentKey,
  );
  return withSignoff(unsigned, record);
}
