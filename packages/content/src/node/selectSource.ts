import { fileURLToPath } from "node:url";
import { readDatasetFile } from "./readDatasetFile.ts";
import type { ContentSource } from "../sources/ContentSource.ts";
import { createContentLakeSource } from "../sources/contentLakeSource.ts";
import { createFileSource } from "../sources/fileSource.ts";
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { EnvReader, type Env } from "@patient-ed/env";
import { fileMirrorStore } from "./mirrorStore.ts";
import { syncMirror, type SyncResult } from "./syncMirror.ts";

/** The sample content shipped with the repository, in Sanity's export format. */
export const EMBEDDED_DATASET_PATH = fileURLToPath(new URL("../../../../studio/data/seed.ndjson", import.meta.url));

export type SourceEnv = Env;

/** Which source the environment asks for, before anything is read. */
export type SourceSelection =
  | {
      kind: "content-lake";
      projectId: string;
      dataset: string;
      token?: string;
      apiHost?: string;
      maxAttempts?: number;
      timeoutMs?: number;
      maxAnswerBytes?: number;
    }
  | { kind: "file"; path: string }
  | { kind: "embedded"; path: string };

/**
 * SANITY_PROJECT_ID with SANITY_DATASET selects the Content Lake,
 * SANITY_DATASET_FILE selects a dataset file, and neither selects the
 * embedded dataset. Half a Content Lake configuration is an error, not a
 * silent fallback to sample content. A relative SANITY_DATASET_FILE is
 * relative to where the command was run (INIT_CWD, which pnpm sets), so it
 * names the same file for the build, the report and validation, whichever
 * package folder pnpm runs each in. Throws one ConfigError naming every
 * problem.
 */
export function selectSource(env: SourceEnv = process.env): SourceSelection {
  const reader = new EnvReader(env);
  const projectId = reader.optional("SANITY_PROJECT_ID");
  const dataset = reader.optional("SANITY_DATASET");
  const file = reader.optional("SANITY_DATASET_FILE");
  if (projectId || dataset) {
    if (!projectId)
      reader.problem("SANITY_PROJECT_ID", "is required with SANITY_DATASET: set both to read the Content Lake");
    if (!dataset)
      reader.problem("SANITY_DATASET", "is required with SANITY_PROJECT_ID: set both to read the Content Lake");
    const token = reader.optional("SANITY_API_READ_TOKEN");
    const apiHost = reader.url("SANITY_API_HOST", ["https:", "http:"])?.href.replace(/\/$/, "");
    const maxAttempts = reader.integer("SANITY_MAX_ATTEMPTS", { fallback: 0, min: 1, max: 20 });
    const timeoutMs = reader.integer("SANITY_TIMEOUT_MS", { fallback: 0, min: 1000, max: 600_000 });
    const maxAnswerMb = reader.integer("SANITY_MAX_ANSWER_MB", { fallback: 0, min: 1, max: 16_384 });
    reader.check();
    return {
      kind: "content-lake",
      projectId: projectId ?? "",
      dataset: dataset ?? "",
      ...(token && { token }),
      ...(apiHost && { apiHost }),
      ...(maxAttempts && { maxAttempts }),
      ...(timeoutMs && { timeoutMs }),
      ...(maxAnswerMb && { maxAnswerBytes: maxAnswerMb * 1024 * 1024 }),
    };
  }
  if (file) return { kind: "file", path: resolve(env.INIT_CWD ?? process.cwd(), file) };
  return { kind: "embedded", path: EMBEDDED_DATASET_PATH };
}

export interface OpenOptions {
  /**
   * A folder to keep a mirror of the Content Lake in. With it, a build
   * fetches only what changed since the last one and answers its queries
   * from the mirror; without it, every query goes to the Content Lake.
   */
  mirrorDir?: string;
  /** Told how the mirror was brought up to date. */
  onSync?: (result: SyncResult) => void;
  /** A folder to unpack an export archive's image files into (readDatasetFile). */
  imagesDir?: string;
}

/** Opens the selected source. File sources are read once, here. */
export async function openSource(
  selection: SourceSelection = selectSource(),
  options: OpenOptions = {},
): Promise<ContentSource> {
  if (selection.kind === "content-lake") {
    const lake = createContentLakeSource(selection);
    if (!options.mirrorDir) return lake;
    // One mirror per project, dataset and API host, so sources never mix.
    const key = createHash("sha256")
      .update(`${selection.projectId}\0${selection.dataset}\0${selection.apiHost ?? ""}`)
      .digest("hex")
      .slice(0, 16);
    const result = await syncMirror(lake, fileMirrorStore(join(options.mirrorDir, `content-mirror-${key}.ndjson`)));
    options.onSync?.(result);
    return createFileSource(result.state.documents, `${lake.description}, ${result.kind} sync`);
  }
  const { documents, images } = await readDatasetFile(
    selection.path,
    options.imagesDir ? { extractImagesTo: options.imagesDir } : {},
  );
  const label = selection.kind === "embedded" ? "embedded dataset" : "dataset file";
  return { ...createFileSource(documents, `${label} ${selection.path}`), localImages: images };
}
