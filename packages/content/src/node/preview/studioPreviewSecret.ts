import { createClient } from "@sanity/client";
import { validatePreviewUrl } from "@sanity/preview-url-secret";
import { SANITY_API_VERSION } from "../../rules.ts";
import type { SourceSelection } from "../selectSource.ts";

/**
 * Checks the secret the Studio's Presentation tool put in a preview address against the secret document it
 * wrote to the Content Lake (@sanity/preview-url-secret reads it with the viewer token). Returns the path to
 * show, or null when the secret is not valid.
 */
export async function checkStudioPreviewSecret(
  selection: Extract<SourceSelection, { kind: "content-lake" }>,
  previewUrl: string,
): Promise<{ redirectTo: string } | null> {
  const client = createClient({
    projectId: selection.projectId,
    dataset: selection.dataset,
    apiVersion: SANITY_API_VERSION,
    useCdn: false,
    ...(selection.token && { token: selection.token }),
    ...(selection.apiHost && { apiHost: selection.apiHost, useProjectHostname: false }),
  });
  const result = await validatePreviewUrl(client, previewUrl);
  return result.isValid ? { redirectTo: result.redirectTo ?? "/" } : null;
}
