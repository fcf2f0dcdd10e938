import { personCredentialsQuery } from "@patient-ed/content";
import type { Reference, ValidationContext } from "sanity";
import { STUDIO_CLIENT_OPTIONS } from "../../settings/studioSettings.ts";

/**
 * Patients see "Medically reviewed by <name>, <credentials>", so the build
 * refuses a page whose reviewer has none. The Studio says so here, on the
 * page, before an editor publishes it; the person is read as published,
 * which is what the build reads.
 */
export async function reviewerRule(value: Reference | undefined, context: ValidationContext): Promise<true | string> {
  if (!value?._ref) return true;
  const client = context.getClient(STUDIO_CLIENT_OPTIONS).withConfig({ perspective: "published" });
  const credentials = await client.fetch<string | null>(personCredentialsQuery, { id: value._ref });
  return credentials?.trim()
    ? true
    : "The clinical reviewer has no credentials: add them to their person document (patients see them on the page).";
}
