import { fileURLToPath } from "node:url";
import { readDatasetFile } from "./readDatasetFile.ts";
import type { ContentSource } from "../sources/ContentSource.ts";
import { createContentLakeSource } from "../sources/contentLakeSource.ts";
import { createFileSource } from "../sources/fileSource.ts";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { fileMirrorStore } from "./mirrorStore.ts";
import { syncMirror, type SyncResult } from "./syncMirror.ts";

/** The sample content shipped with the repository, in Sanity's export format. */
export const EMBEDDED_DATASET_PATH = fileURLToPath(new URL("../../../../studio/data/seed.ndjson", import.meta.url));

export type SourceEnv = Readonly<Record<string, string | undefined>>;

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
    }
  | { kind: "file"; path: string }
  | { kind: "embedded"; path: string };

/**
 * SANITY_PROJECT_ID with SANITY_DATASET selects the Content Lake,
 * SANITY_DATASET_FILE selects a dataset file, and neither selects the
 * embedded dataset. Half a Content Lake configuration is an error, not a
 * silent fallback to sample content.
 */
export function selectSource(env: SourceEnv = process.env): SourceSelection {
  const projectId = env.SANITY_PROJECT_ID?.trim();
  const dataset = env.SANITY_DATASET?.trim();
  if (projectId || dataset) {
    if (!projectId)
      throw new Error("SANITY_DATASET is set but SANITY_PROJECT_ID is not: set both to read the Content Lake.");
    if (!dataset)
      throw new Error("SANITY_PROJECT_ID is set but SANITY_DATASET is not: set both to read the Content Lake.");
    const token = env.SANITY_API_READ_TOKEN?.trim() || undefined;
    const apiHost = env.SANITY_API_HOST?.trim() || undefined;
    const maxAttempts = positiveInteger(env, "SANITY_MAX_ATTEMPTS");
    const timeoutMs = positiveInteger(env, "SANITY_TIMEOUT_MS");
    return {
      kind: "content-lake",
      projectId,
      dataset,
      ...(token && { token }),
      ...(apiHost && { apiHost }),
      ...(maxAttempts && { maxAttempts }),
      ...(timeoutMs && { timeoutMs }),
    };
  }
  const file = env.SANITY_DATASET_FILE?.trim();
  if (file) return { kind: "file", path: file };
  return { kind: "embedded", path: EMBEDDED_DATASET_PATH };
}

function positiveInteger(env: SourceEnv, name: string): number | undefined {
  const value = env[name]?.trim();
  if (!value) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`${name} must be a whole number above 0, not "${value}".`);
  return number;
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
  const { documents } = await readDatasetFile(selection.path);
  const label = selection.kind === "embedded" ? "embedded dataset" : "dataset file";
  return createFileSource(documents, `${label} ${selection.path}`);
}
