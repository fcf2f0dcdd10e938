import { readFileSync, writeFileSync } from "node:fs";
import { isSignedDocumentType, type RawDocument } from "@patient-ed/content";
import { EMBEDDED_DATASET_PATH, signWithDevelopmentKey } from "@patient-ed/content/node";

/**
 * `pnpm seed:sign`: gives the embedded dataset the sign-offs a real project would have, signed with the
 * development key: every published article and FAQ entry signed off by its reviewer on its last review date, and
 * the ketamine article an earlier sign-off of its first version too, so its review history has two entries.
 * Deterministic: run it again after editing the seed, and only what changed changes.
 */
const REVIEWER_USER = {
  "person-reviewer-samuel-reyes": {
    userId: "user-samuel-reyes",
    name: "Samuel Reyes",
    email: "samuel.reyes@example.org",
  },
} as const;

const KETAMINE = "article-ketamine-neuroplasticity";
function signedBy(doc: RawDocument) {
  const reviewer = (doc.reviewer as { _ref: string })._ref;
  const user = REVIEWER_USER[reviewer as keyof typeof REVIEWER_USER];
  if (!user) throw new Error(`${doc._id}: no Sanity user is known for reviewer ${reviewer}`);
  return user;
}

function signNow(doc: RawDocument): RawDocument {
  if (doc._id !== KETAMINE) return signWithDevelopmentKey(doc, signedBy(doc));
  // Its first version had no closing sections, and was reviewed a year before; the current one keeps that history.
  const first = signWithDevelopmentKey<RawDocument>(
    { ...doc, body: (doc.body as unknown[]).slice(0, -2), lastReviewed: "2025-10-01", nextReviewDue: "2026-10-01" },
    signedBy(doc),
    "First publication.",
  );
  const current = signWithDevelopmentKey(
    doc,
    signedBy(doc),
    "Checked against current evidence; added the closing summary.",
  );
  return {
    ...current,
    reviewHistory: [...(current.reviewHistory as unknown[]), ...(first.reviewHistory as unknown[])],
  };
}

const lines = readFileSync(EMBEDDED_DATASET_PATH, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "");
const signed = new Map<string, RawDocument>();
for (const line of lines) {
  const doc = JSON.parse(line) as RawDocument;
  if (!doc._id.startsWith("drafts.") && isSignedDocumentType(doc._type)) signed.set(doc._id, signNow(doc));
}
const out = lines.map((line) => {
  const doc = JSON.parse(line) as RawDocument;
  const published = signed.get(doc._id);
  if (published) return JSON.stringify(published);
  // A draft is a copy of its published document with edits: it carries the sign-off it has changed since.
  const of = doc._id.startsWith("drafts.") ? signed.get(doc._id.slice("drafts.".length)) : undefined;
  if (of) return JSON.stringify({ ...doc, clinicalSignoff: of.clinicalSignoff, reviewHistory: of.reviewHistory });
  return line;
});
writeFileSync(EMBEDDED_DATASET_PATH, `${out.join("\n")}\n`);
console.log("Signed the embedded dataset's published articles and FAQ entries with the development key.");
