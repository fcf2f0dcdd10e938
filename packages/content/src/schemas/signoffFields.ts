import { z } from "zod";

/** The query fields a page's clinical sign-off is judged from (signoff/judgeSignoff.ts). */
export type SignoffFieldName = "signedContent" | "clinicalSignoff" | "reviewHistory";

/**
 * Passed through as stored, whatever their shape: a sign-off that is missing, malformed or forged makes a page
 * "not signed off" (the review policy decides what that means), never invalid content, because editors must be
 * able to save drafts and the Studio cannot stop anyone writing these fields through the API.
 */
export const signoffFields = {
  signedContent: z.record(z.string(), z.unknown()),
  clinicalSignoff: z.unknown(),
  reviewHistory: z.unknown(),
};
