import { DOCUMENT_PATHS, LIST_PATHS } from "@patient-ed/content";
import { previewUrl } from "../project.ts";

/** The preview's base path without its final slash: "" at a domain's root, "/repo" on a project site. */
const base = new URL(previewUrl).pathname.replace(/\/$/, "");

export type PreviewedType = keyof typeof LIST_PATHS;

export const isPreviewedType = (type: string): type is PreviewedType => Object.hasOwn(LIST_PATHS, type);

/** A document's page in the draft preview, or null while it has no slug. */
export function previewPathOf(type: PreviewedType, slug: unknown): string | null {
  return typeof slug === "string" && slug !== "" ? `${base}${DOCUMENT_PATHS[type](slug)}` : null;
}

/** The list a document's page appears in, in the draft preview. */
export const previewListPath = (type: PreviewedType) => `${base}${LIST_PATHS[type]}`;
