import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFileSource, signoffTrustFromEnv, type RawDocument, type ReviewPolicy } from "@patient-ed/content";
import { buildSiteIndex, openDocumentStore, type DocumentStore, type SiteIndex } from "@patient-ed/content/node";

export interface IndexedSite {
  index: SiteIndex;
  store: DocumentStore;
  /** Removes the store's folder. */
  dispose(): void;
}

/**
 * The site index of `documents`, built the way the build builds it (in
 * process here), in a new temporary folder. Review dates are judged on
 * SITE_NOW from `env` (or the real date); sign-offs are trusted as a build
 * from the embedded dataset trusts them (SIGNOFF_TRUSTED_KEYS from `env`, else the development key: test
 * datasets are signed with it).
 */
export async function indexDocuments(
  documents: readonly RawDocument[],
  options: { policy?: ReviewPolicy; env?: Record<string, string>; sliceSize?: number; description?: string } = {},
): Promise<IndexedSite> {
  const dir = mkdtempSync(join(tmpdir(), "site-index-"));
  try {
    const index = await buildSiteIndex(createFileSource(documents, options.description ?? "test dataset"), {
      policy: options.policy ?? "warn",
      storeDir: join(dir, "store"),
      env: options.env ?? {},
      signoffKeys: signoffTrustFromEnv(options.env ?? {}, "embedded").keys,
      ...(options.sliceSize === undefined ? {} : { sliceSize: options.sliceSize }),
    });
    const store = openDocumentStore(index.store);
    return {
      index,
      store,
      dispose: () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
