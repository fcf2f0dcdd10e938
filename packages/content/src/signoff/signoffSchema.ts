import { z } from "zod";

/**
 * A stored sign-off as the build reads it: any shape is accepted by the content contract (editors must be able to
 * save), and this schema decides whether it is even a sign-off before its signature is checked.
 */
export const signoffRecordSchema = z.object({
  _type: z.literal("clinicalSignoff"),
  _key: z.string().optional(),
  documentId: z.string(),
  documentType: z.enum(["article", "faq"]),
  reviewer: z.object({ _type: z.string().optional(), _ref: z.string() }),
  signedBy: z.object({
    userId: z.string(),
    name: z.string().nullish(),
    email: z.string().nullish(),
  }),
  signedAt: z.string(),
  reviewedOn: z.string(),
  nextReviewDue: z.string(),
  fingerprint: z.string(),
  fieldFingerprints: z.array(
    z.object({ _key: z.string().optional(), _type: z.string().optional(), field: z.string(), digest: z.string() }),
  ),
  note: z.string().nullish(),
  recordedAtMigration: z.boolean().nullish(),
  keyId: z.string(),
  signature: z.string(),
});
