/**
 * The published perspective hides drafts (`drafts.<id>`) and release versions
 * (`versions.<release>.<id>`). A file source applies the same rule so that a
 * draft's text can never reach a page, whichever source built it.
 */
export function isPublishedId(id: string): boolean {
  return !id.startsWith("drafts.") && !id.startsWith("versions.");
}
